import type { Page } from 'playwright-core';
import { DEMO_USER, VIEWPORTS, newContext, submitLoginForm } from '../helpers/browser-session';
import type { LocalAppProcess } from '../helpers/local-app-process';
import { useBrowserApp } from '../helpers/browser-app';
import { screenshotBothWidths, seriousAxeViolations } from '../helpers/page-checks';

// Page-side scripts are strings: this project compiles without the DOM library.
const FOCUSED_ID = 'document.activeElement && document.activeElement.id';
const FOCUSED_LABEL = "document.activeElement && document.activeElement.getAttribute('aria-label')";
const TEXT_BOX_BORDER = "getComputedStyle(document.getElementById('comment-text')).borderTopColor";

describe('the board pages a person uses', () => {
  const session = useBrowserApp({
    seedComments: Array.from({ length: 65 }, (_, i) => `Board page seed ${i + 1}`),
  });
  let app: LocalAppProcess;
  let page: Page;
  beforeAll(async () => {
    ({ app, page } = session);
    await page.goto(`${app.baseUrl}/login?next=%2Fcomments`);
    await submitLoginForm(page, DEMO_USER);
  });

  const at = (path: string) => `${app.baseUrl}${path}`;
  const submit = async (on: Page, click: () => Promise<void>) => {
    await Promise.all([on.waitForNavigation(), click()]);
  };
  const texts = (on: Page) => on.locator('.comment-list .comment__body').allTextContents();
  /** Logs a fresh browser (own cookies, chosen JS and time zone) in as the demo user on the board. */
  async function signedInPage(options: { javaScript?: boolean; timezoneId?: string }) {
    const other = await (await newContext(session.browser, options)).newPage();
    await other.goto(at('/login?next=%2Fcomments'));
    await submitLoginForm(other, DEMO_USER);
    return other;
  }

  it('when the compose box is shown with JavaScript, then the hint says the limit once and counts emoji as one', async () => {
    await page.goto(at('/comments'));
    const hint = page.locator('#comment-text-hint');
    expect(await hint.innerText()).toBe('2,000 characters left');
    await page.getByLabel('Your comment').fill('😀 ok');
    expect(await hint.innerText()).toBe('1,996 characters left');
  });

  it('when a post fails validation, then the error sits by the field, the field is marked and focused, and the text stays', async () => {
    await page.goto(at('/comments'));
    const typed = '\u200B\u2800\u3164';
    await page.getByLabel('Your comment').fill(typed);
    await submit(page, () => page.getByRole('button', { name: 'Post comment' }).click());
    const box = page.getByLabel('Your comment');
    expect(await page.evaluate(FOCUSED_ID)).toBe('comment-text');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await box.inputValue()).toBe(typed);
    expect(await page.locator('#comment-text-error').innerText()).toMatch(/invisible or blank/);
    const border = await page.evaluate(TEXT_BOX_BORDER);
    expect(border).toMatch(/^rgb/);
    expect(border).not.toBe('rgb(138, 147, 163)'); // the unmarked border colour
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('when a reader pages back from the third page, then Newer leads to the page seen before', async () => {
    await page.goto(at('/comments'));
    expect(await page.getByRole('link', { name: 'Newer comments' }).count()).toBe(0);
    await submit(page, () => page.getByRole('link', { name: 'Older comments' }).click());
    const second = await texts(page);
    await submit(page, () => page.getByRole('link', { name: 'Older comments' }).click());
    for (const name of ['Newest comments', 'Newer comments', 'Older comments']) {
      expect(await page.getByRole('link', { name }).count()).toBe(1);
    }
    expect((await screenshotBothWidths(page, 'comments-third-page')).overflows).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await submit(page, () => page.getByRole('link', { name: 'Newer comments' }).click());
    expect(await texts(page)).toEqual(second);
    await submit(page, () => page.getByRole('link', { name: 'Newer comments' }).click());
    expect(await page.getByRole('link', { name: 'Newer comments' }).count()).toBe(0);
  });

  it('when a reader in Tokyo hovers a time, then the title shows their local time', async () => {
    const tokyo = await signedInPage({ timezoneId: 'Asia/Tokyo' });
    const time = tokyo.locator('.comment time').first();
    const utc = new Date(String(await time.getAttribute('datetime')));
    const local = new Date(utc.getTime() + 9 * 3600 * 1000);
    const hhmm = local.toISOString().slice(11, 16);
    const title = String(await time.getAttribute('title'));
    expect(title).toContain(hhmm);
    expect(title).not.toMatch(/UTC$/);
    await tokyo.context().close();
  });

  it('when a comment is deleted without JavaScript, then a confirmation page comes first and the board says it is deleted', async () => {
    const noJs = await signedInPage({ javaScript: false });
    await noJs.getByLabel('Your comment').fill('Delete me without scripts');
    await submit(noJs, () => noJs.getByRole('button', { name: 'Post comment' }).click());
    const first = noJs.locator('.comment-list > li').first();
    await submit(noJs, () => first.getByRole('link', { name: /^Delete comment by/ }).click());
    const confirmUrl = noJs.url();
    expect(confirmUrl).toMatch(/\/comments\/[0-9A-Z]{26}\/delete$/);
    expect(await noJs.getByRole('heading', { level: 1 }).innerText()).toBe('Delete your comment?');
    expect(await noJs.locator('.comment__body').innerText()).toBe('Delete me without scripts');
    await submit(noJs, () => noJs.getByRole('button', { name: 'Delete comment' }).click());
    expect(noJs.url()).toBe(at('/comments?notice=comment-deleted'));
    expect(await noJs.getByRole('status').innerText()).toBe('Comment deleted.');
    expect(await texts(noJs)).not.toContain('Delete me without scripts');

    await noJs.goto(confirmUrl);
    expect(noJs.url()).toBe(at('/comments?notice=comment-already-deleted'));
    expect(await noJs.getByRole('status').innerText()).toBe(
      'That comment had already been deleted.',
    );
    await noJs.context().close();
  });

  it('when the delete confirmation and the notice are checked, then axe finds nothing serious and nothing overflows at 375 px', async () => {
    await page.goto(at('/comments'));
    await page.getByLabel('Your comment').fill(`A long word to wrap: ${'unbroken'.repeat(20)}`);
    await submit(page, () => page.getByRole('button', { name: 'Post comment' }).click());
    const first = page.locator('.comment-list > li').first();
    const href = await first.getByRole('link', { name: /^Delete comment by/ }).getAttribute('href');
    await page.goto(at(String(href)));
    const results = [];
    for (const name of ['delete-confirm', 'delete-notice']) {
      results.push({
        name,
        violations: await seriousAxeViolations(page),
        overflows: (await screenshotBothWidths(page, name)).overflows,
      });
      if (name === 'delete-confirm') {
        await submit(page, () => page.getByRole('button', { name: 'Delete comment' }).click());
        expect(await page.getByRole('status').innerText()).toBe('Comment deleted.');
      }
    }
    expect(results).toEqual(
      results.map(({ name }) => ({ name, violations: [], overflows: false })),
    );
  });

  it('when Delete is clicked with JavaScript, then a dialog confirms: Escape keeps the comment, the button deletes it', async () => {
    await page.goto(at('/comments'));
    await page.getByLabel('Your comment').fill('Delete me in a dialog');
    await submit(page, () => page.getByRole('button', { name: 'Post comment' }).click());
    const link = page
      .locator('.comment-list > li')
      .first()
      .getByRole('link', {
        name: /^Delete comment by/,
      });
    await link.click();
    const dialog = page.getByRole('dialog', { name: 'Delete your comment?' });
    expect(await dialog.locator('.comment__text').innerText()).toBe('Delete me in a dialog');
    expect(page.url()).toBe(at('/comments'));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize(VIEWPORTS.phone);
    const box = await dialog.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await page.setViewportSize(VIEWPORTS.desktop);

    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    expect(await page.evaluate(FOCUSED_LABEL)).toBe(await link.getAttribute('aria-label'));
    expect(await texts(page)).toContain('Delete me in a dialog');

    await link.click();
    await submit(page, () => dialog.getByRole('button', { name: 'Delete comment' }).click());
    expect(page.url()).toBe(at('/comments?notice=comment-deleted'));
    expect(await page.getByRole('status').innerText()).toBe('Comment deleted.');
    expect(await texts(page)).not.toContain('Delete me in a dialog');
  });

  it('when a page error is shown in the browser, then it speaks to people', async () => {
    await page.goto(at('/comments?cursor=tampered'));
    const words = await page.locator('main').innerText();
    expect(words).not.toMatch(/cursor|nextCursor|\bPOST\b|\blimit\b/i);
    expect(words).toContain('newest comments');
  });
});
