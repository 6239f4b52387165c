import type { Page } from 'playwright-core';
import { useBrowserApp } from '../helpers/browser-app';
import { DEMO_USER, newContext, submitLoginForm, VIEWPORTS } from '../helpers/browser-session';
import { horizontalOverflow, seriousAxeViolations } from '../helpers/page-checks';
import { runScript } from '../helpers/run-script';

const LONG_LINK = `https://example.com/${'segment'.repeat(30)}?q=${'x'.repeat(80)}`;
const WIDE_CODE = ['```', `const line = '${'code'.repeat(50)}';`, '```'].join('\n');

/** Clicks (or presses) something that loads a new page, and waits for it. */
async function go(page: Page, act: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForNavigation(), act()]);
}
/** No serious axe finding, and nothing wider than a 375 px screen, on the page as it is. */
async function checkPage(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.setViewportSize(VIEWPORTS.phone);
  const overflow = await horizontalOverflow(page);
  await page.setViewportSize(VIEWPORTS.desktop);
  expect(overflow).toMatchObject({ overflows: false });
}
const bodies = (page: Page, list: string) =>
  page.locator(`${list} > li > .comment__body`).allTextContents();

describe('conversations in a browser: boards, replies, editing, preview, sort', () => {
  const session = useBrowserApp();
  beforeAll(async () => {
    // The demo user becomes a moderator before any sign-in (groups travel in the token).
    const promoted = await runScript(
      'user-promote',
      ['--local', '--username', 'demo'],
      session.app.dataDir,
    );
    expect(promoted.code).toBe(0);
  });

  describe.each([
    ['with JavaScript', true],
    ['with JavaScript disabled', false],
  ])('%s', (_name, javaScript) => {
    let page: Page;
    const slug = `desk-${javaScript ? 'js' : 'nojs'}`;
    const title = `Help desk ${javaScript ? 'with' : 'without'} scripts`;
    const at = (path: string) => `${session.app.baseUrl}${path}`;
    // axe and the overflow measure run as scripts in the page: only where scripts run (same markup).
    const check = (on: Page) => (javaScript ? checkPage(on) : Promise.resolve());
    beforeAll(async () => {
      page = await (await newContext(session.browser, { javaScript })).newPage();
    });
    afterAll(() => page.context().close());

    it('when a moderator signs in at /, then the board index shows and its form creates a board', async () => {
      await page.goto(at('/'));
      // Signed out, the index lists the public boards (none yet) and links sign-in back to it.
      await go(page, () => page.getByRole('link', { name: 'Sign in', exact: true }).click());
      await submitLoginForm(page, DEMO_USER);
      expect(page.url()).toBe(at('/?notice=signed-in'));
      await expect(page.getByRole('link', { name: 'Main board' }).count()).resolves.toBe(1);
      await check(page);

      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Address').fill(slug);
      await page.getByLabel('Description (optional)').fill('Ask anything here');
      await go(page, () => page.getByRole('button', { name: 'Create board' }).click());

      expect(page.url()).toBe(at(`/b/${slug}`));
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    });

    it('when a comment with a long link and a wide code block is previewed, then it shows rendered and is posted only by "Post comment"', async () => {
      const text = `Look at ${LONG_LINK}\n\n${WIDE_CODE}`;
      await page.getByLabel('Your comment', { exact: true }).fill(text);
      await go(page, () => page.getByRole('button', { name: 'Preview' }).click());

      await expect(page.locator('.preview a').getAttribute('href')).resolves.toBe(LONG_LINK);
      await expect(page.getByLabel('Your comment', { exact: true }).inputValue()).resolves.toBe(
        text,
      );
      await expect(page.locator('.comment-list > li').count()).resolves.toBe(0);
      await check(page);

      await go(page, () => page.getByRole('button', { name: 'Post comment' }).click());
      expect(page.url()).toBe(at(`/b/${slug}`));
      await expect(page.locator('.comment-list > li').count()).resolves.toBe(1);
      await expect(page.locator('.comment-list .comment__body pre').count()).resolves.toBe(1);
      await check(page);
    });

    it('when "Reply" is followed, then the thread page posts a reply, and a reply to that reply lands in the same thread', async () => {
      await go(page, () => page.getByRole('link', { name: /^Reply to demo/ }).click());
      expect(page.url()).toMatch(new RegExp(`/b/${slug}/c/[0-9A-Z]{26}#compose-form$`));
      await page.getByLabel('Your reply').fill('A first reply');
      await go(page, () => page.getByRole('button', { name: 'Post reply' }).click());
      expect(page.url()).toMatch(/#comment-[0-9A-Z]{26}$/);

      await go(page, () =>
        page
          .locator('.reply-list')
          .getByRole('link', { name: /^Reply to demo/ })
          .click(),
      );
      await expect(page.locator('#reply-title').textContent()).resolves.toBe('Reply to demo');
      await page.getByLabel('Your reply').fill('A reply to the reply');
      await go(page, () => page.getByRole('button', { name: 'Post reply' }).click());

      expect(await bodies(page, '.reply-list')).toEqual(['A first reply', 'A reply to the reply']);
      await expect(page.locator('#replies-title').textContent()).resolves.toBe('2 replies');
      await check(page);
    });

    it('when the author edits a reply with a preview first, then the thread shows the new text marked "edited"', async () => {
      await go(page, () =>
        page
          .getByRole('link', { name: /^Edit comment by demo/ })
          .nth(1)
          .click(),
      );
      await expect(page.getByLabel('Your comment', { exact: true }).inputValue()).resolves.toBe(
        'A first reply',
      );
      await check(page);
      await page.getByLabel('Your comment', { exact: true }).fill('A *better* first reply');
      await go(page, () => page.getByRole('button', { name: 'Preview' }).click());
      await expect(page.locator('.preview em').textContent()).resolves.toBe('better');
      await go(page, () => page.getByRole('button', { name: 'Save' }).click());

      expect(await bodies(page, '.reply-list')).toEqual([
        'A better first reply',
        'A reply to the reply',
      ]);
      await expect(page.locator('.reply-list .comment__edited').count()).resolves.toBe(1);
    });

    it('when the reader switches board and sorts oldest first, then the links carry them there', async () => {
      await go(page, () => page.getByRole('link', { name: 'All boards' }).click());
      await go(page, () => page.getByRole('link', { name: 'Main board' }).click());
      expect(page.url()).toBe(at('/comments'));
      await go(page, () => page.getByRole('link', { name: 'All boards' }).click());
      await go(page, () => page.getByRole('link', { name: title, exact: true }).click());
      expect(page.url()).toBe(at(`/b/${slug}`));

      await page.getByLabel('Your comment', { exact: true }).fill('A later comment');
      await go(page, () => page.getByRole('button', { name: 'Post comment' }).click());
      const newest = await bodies(page, '.comment-list');
      await go(page, () => page.getByRole('link', { name: 'Oldest first' }).click());

      expect(page.url()).toBe(at(`/b/${slug}?sort=oldest`));
      expect(newest[0]).toBe('A later comment');
      expect((await bodies(page, '.comment-list')).at(-1)).toBe('A later comment');
      await check(page);
    });
  });
});
