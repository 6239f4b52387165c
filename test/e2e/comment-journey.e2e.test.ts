import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { LocalAppProcess } from '../helpers/local-app-process';
import { useBrowserApp } from '../helpers/browser-app';
import { screenshotBothWidths } from '../helpers/page-checks';

const PASSWORD = 'Journey-Passw0rd!';

describe('a new user in a real browser', () => {
  const session = useBrowserApp({
    seedComments: Array.from({ length: 25 }, (_, i) => `Seeded comment ${i + 1}`),
  });
  let app: LocalAppProcess;
  let page: Page;
  const problems: string[] = [];

  beforeAll(() => {
    ({ app, page } = session);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
  });

  const comments = () => page.locator('.comment-list > li');
  /** Clicks and waits for the page it leads to (also when the URL stays the same, as after a post). */
  const submit = async (click: () => Promise<void>) => {
    await Promise.all([page.waitForNavigation(), click()]);
  };
  const at = (path: string) => `${app.baseUrl}${path}`;

  it('when they sign up, confirm, sign in, post, page, delete and sign out, then each step shows what it should', async () => {
    const username = `e2e-${randomUUID().slice(0, 8)}`;
    const text = `Hello from Chromium ${randomUUID().slice(0, 8)}`;

    await page.goto(at('/signup'));
    await screenshotBothWidths(page, 'journey-signup');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Email').fill(`${username}@example.com`);
    await page.getByLabel('Password').fill(PASSWORD);
    await submit(() => page.getByRole('button', { name: 'Create account' }).click());
    expect(page.url()).toMatch(/\/confirm\?username=/);
    await screenshotBothWidths(page, 'journey-confirm');

    const code = await app.confirmationCode(username);
    await page.getByLabel('Confirmation code').fill(code);
    await submit(() => page.getByRole('button', { name: 'Confirm' }).click());
    expect(page.url()).toMatch(/\/login\?username=[^&]+&notice=confirmed$/);
    expect(await page.getByRole('status').textContent()).toContain('confirmed');
    await screenshotBothWidths(page, 'journey-login');

    expect(await page.getByLabel('Username').inputValue()).toBe(username);
    await page.getByLabel('Password').fill(PASSWORD);
    await submit(() => page.getByRole('button', { name: 'Sign in' }).click());
    expect(page.url()).toBe(at('/comments?notice=signed-in'));
    expect(await page.locator('.who').textContent()).toContain(username);

    await page.getByLabel('Your comment').fill(text);
    expect(await page.locator('#comment-text-count').textContent()).toMatch(
      /^[\d,]+ characters left$/,
    );
    await submit(() => page.getByRole('button', { name: 'Post comment' }).click());
    expect(page.url()).toBe(at('/comments'));
    await expect(comments().first().locator('.comment__body').textContent()).resolves.toBe(text);
    await expect(comments().first().locator('.comment__author').textContent()).resolves.toBe(
      username,
    );
    expect(await comments().count()).toBe(20);
    await screenshotBothWidths(page, 'journey-comments');

    await submit(() => page.getByRole('link', { name: 'Older comments' }).click());
    expect(page.url()).toMatch(/\/comments\?cursor=/);
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Older comments');
    const older = await comments().locator('.comment__body').allTextContents();
    expect(older).toEqual([
      'Seeded comment 6',
      'Seeded comment 5',
      'Seeded comment 4',
      'Seeded comment 3',
      'Seeded comment 2',
      'Seeded comment 1',
    ]);
    await screenshotBothWidths(page, 'journey-comments-older');
    await submit(() => page.getByRole('link', { name: 'Newest comments' }).click());
    expect(page.url()).toBe(at('/comments'));
    await expect(comments().first().locator('.comment__body').textContent()).resolves.toBe(text);

    const deleteLink = comments()
      .first()
      .getByRole('link', { name: /^Delete comment by/ });
    await deleteLink.click();
    const dialog = page.getByRole('dialog', { name: 'Delete your comment?' });
    expect(await dialog.locator('.comment__text').textContent()).toBe(text);
    await submit(() => dialog.getByRole('button', { name: 'Delete comment' }).click());
    expect(page.url()).toBe(at('/comments?notice=comment-deleted'));
    expect(await page.getByRole('status').textContent()).toBe('Comment deleted.');
    await expect(comments().first().locator('.comment__body').textContent()).resolves.toBe(
      'Seeded comment 25',
    );
    expect(await page.getByText(text).count()).toBe(0);

    await submit(() => page.getByRole('button', { name: 'Sign out' }).click());
    expect(page.url()).toMatch(/\/login\?notice=signed-out$/);
    await page.goto(at('/comments'));
    expect(page.url()).toBe(at('/login?next=%2Fcomments'));
    expect(problems).toEqual([]);
  });
});
