import type { Page } from 'playwright-core';
import { useBrowserApp } from '../helpers/browser-app';
import {
  DEMO_USER,
  newContext,
  postCommentsViaApi,
  submitLoginForm,
  VIEWPORTS,
} from '../helpers/browser-session';
import { horizontalOverflow, seriousAxeViolations } from '../helpers/page-checks';
import { runScript } from '../helpers/run-script';

const AUTHOR = { username: 'troll', password: 'Troll-Passw0rd1' };
const READER = { username: 'reader', password: 'Reader-Passw0rd1' };
const TEXTS = ['Buy cheap watches', 'A fair point, badly put', 'You are all idiots'];

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
/** The queue item of the comment with `text` on the moderation page. */
const queued = (page: Page, text: string) => page.locator('li.report', { hasText: text });

describe('reports and moderation in a browser', () => {
  const session = useBrowserApp();
  const at = (path: string) => `${session.app.baseUrl}${path}`;
  let reader: Page;
  let moderator: Page;

  beforeAll(async () => {
    // The demo user becomes a moderator before any sign-in (groups travel in the token).
    const dir = session.app.dataDir;
    expect((await runScript('user-promote', ['--local', '--username', 'demo'], dir)).code).toBe(0);
    for (const user of [AUTHOR, READER]) {
      const email = `${user.username}@example.com`;
      const args = ['--local', '--username', user.username, '--email', email];
      expect(
        (await runScript('user-create', [...args, '--password', user.password], dir)).code,
      ).toBe(0);
    }
    await postCommentsViaApi(session.app.baseUrl, AUTHOR, TEXTS);
    reader = await (await newContext(session.browser)).newPage();
    moderator = await (await newContext(session.browser)).newPage();
  });

  it('when a reader reports a comment from the board, then the form takes a reason and they are back at the comment with a thank-you', async () => {
    await reader.goto(at('/comments'));
    await submitLoginForm(reader, READER);
    await reader.goto(at('/comments'));
    await expect(reader.locator('a[href="/moderation"]').count()).resolves.toBe(0);

    for (const text of TEXTS) {
      const item = reader.locator('.comment-list > li', { hasText: text });
      await go(reader, () => item.getByRole('link', { name: /^Report comment by troll/ }).click());
      if (text === TEXTS[0]) {
        // Sent empty first: the error shows at the field and nothing is lost.
        await go(reader, () => reader.getByRole('button', { name: 'Send report' }).click());
        await expect(reader.locator('#report-reason-error').textContent()).resolves.toContain(
          'Please say what is wrong',
        );
        await checkPage(reader);
      }
      await reader.getByLabel('Reason').fill(`Reported: ${text}`);
      await go(reader, () => reader.getByRole('button', { name: 'Send report' }).click());
      await expect(reader.getByRole('status').textContent()).resolves.toContain(
        'Your report was sent to the moderators.',
      );
      await reader.goto(at('/comments'));
    }
  });

  it('when a moderator opens the moderation page from the header, then the queue lists the reports and passes axe at 375 px', async () => {
    await moderator.goto(at('/comments'));
    await submitLoginForm(moderator, DEMO_USER);
    await go(moderator, () => moderator.getByRole('link', { name: 'Moderation' }).click());

    expect(moderator.url()).toBe(at('/moderation'));
    for (const text of TEXTS) {
      await expect(queued(moderator, text).textContent()).resolves.toContain(`Reported: ${text}`);
    }
    await checkPage(moderator);
  });

  it('when the moderator hides one and dismisses another, then each leaves the queue with a notice', async () => {
    await go(moderator, () =>
      queued(moderator, TEXTS[2]).getByRole('button', { name: /^Hide/ }).click(),
    );
    await expect(moderator.getByRole('status').textContent()).resolves.toContain('hidden');
    await expect(queued(moderator, TEXTS[2]).count()).resolves.toBe(0);

    await go(moderator, () =>
      queued(moderator, TEXTS[1])
        .getByRole('button', { name: /^Dismiss/ })
        .click(),
    );
    await expect(moderator.getByRole('status').textContent()).resolves.toContain('dismissed');
    await expect(queued(moderator, TEXTS[1]).count()).resolves.toBe(0);

    await moderator.goto(at('/comments'));
    await expect(moderator.getByText(TEXTS[2]).count()).resolves.toBe(0);
    await expect(moderator.getByText(TEXTS[1]).count()).resolves.toBe(1);
  });

  it('when the moderator bans the author, then the ban is listed and the author’s next post shows the ban in words', async () => {
    // Signed in before the ban: a banned user cannot sign in, but an open session is refused too.
    const author = await (await newContext(session.browser)).newPage();
    await author.goto(at('/comments'));
    await submitLoginForm(author, AUTHOR);
    await moderator.goto(at('/moderation'));
    await go(moderator, () =>
      queued(moderator, TEXTS[0]).getByRole('link', { name: 'Ban author troll' }).click(),
    );
    await checkPage(moderator);
    await moderator.getByLabel('Reason').fill('Spam, again and again');
    await moderator.getByLabel('Days (optional)').fill('7');
    await go(moderator, () => moderator.getByRole('button', { name: 'Ban' }).click());

    await expect(moderator.getByRole('status').textContent()).resolves.toContain('banned');
    await expect(moderator.locator('.ban-list').textContent()).resolves.toContain('troll');

    await author.goto(at('/comments'));
    await author.getByLabel('Your comment', { exact: true }).fill('Still here');
    await go(author, () => author.getByRole('button', { name: 'Post comment' }).click());
    await expect(author.getByRole('alert').textContent()).resolves.toContain(
      'Your account is banned until',
    );
    await expect(author.getByLabel('Your comment', { exact: true }).inputValue()).resolves.toBe(
      'Still here',
    );
    await author.context().close();
  });
});
