import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createMarkdownRenderer } from '../../src/comments/comment-markdown';
import { launchChromium, VIEWPORTS } from '../helpers/browser-session';
import { horizontalOverflow, seriousAxeViolations } from '../helpers/page-checks';

const SITE_CSS = readFileSync(path.resolve(__dirname, '../../public/css/site.css'), 'utf8');

const LONG_TEXT = [
  `A long link: https://example.com/${'segment'.repeat(40)}?query=${'x'.repeat(120)}`,
  '',
  `[a link whose text is one long word ${'w'.repeat(150)}](https://example.com/a)`,
  '',
  '```',
  `const line = '${'code'.repeat(60)}';`,
  '```',
  '',
  `> quoted ${'q'.repeat(200)} and \`inline${'c'.repeat(150)}\``,
  '',
  `- item ${'i'.repeat(200)}`,
  `1. **strong ${'s'.repeat(200)}** and ~~struck~~`,
].join('\n');

/** The board page's comment markup around rendered html, styled by the site's real stylesheet. */
function commentPage(html: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Comment layout</title></head><body><main class="container"><h1>Comments</h1>',
    '<ol class="comment-list"><li class="comment"><div class="comment__meta">',
    '<span class="comment__author">demo</span></div>',
    `<div class="comment__body">${html}</div></li></ol></main></body></html>`,
  ].join('');
}

describe('rendered comment Markdown in a 375 px browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: VIEWPORTS.phone });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('when a comment has long links, long words and a wide code block, then the page does not scroll sideways and the code block scrolls inside itself', async () => {
    await page.setContent(commentPage(createMarkdownRenderer().render(LONG_TEXT)));
    await page.addStyleTag({ content: SITE_CSS });

    const overflow = await horizontalOverflow(page);
    const pre = await page.evaluate<{ scrollWidth: number; clientWidth: number }>(
      `(() => { const pre = document.querySelector('.comment__body pre');
        return { scrollWidth: pre.scrollWidth, clientWidth: pre.clientWidth }; })()`,
    );

    expect(overflow).toMatchObject({ overflows: false });
    expect(pre.scrollWidth).toBeGreaterThan(pre.clientWidth);
  });

  it('when a comment has every Markdown feature, then axe finds nothing serious', async () => {
    await page.setContent(commentPage(createMarkdownRenderer().render(LONG_TEXT)));
    await page.addStyleTag({ content: SITE_CSS });

    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
