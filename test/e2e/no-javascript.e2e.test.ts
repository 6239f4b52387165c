import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DEMO_USER, submitLoginForm } from '../helpers/browser-session';
import type { LocalAppProcess } from '../helpers/local-app-process';
import { useBrowserApp } from '../helpers/browser-app';

describe('the board with JavaScript disabled', () => {
  const session = useBrowserApp({ javaScript: false });
  let app: LocalAppProcess;
  let page: Page;
  beforeAll(() => ({ app, page } = session));

  it('when a user signs in and posts with JavaScript off, then the comment is listed first', async () => {
    const text = `Posted without JavaScript ${randomUUID().slice(0, 8)}`;

    await page.goto(`${app.baseUrl}/comments`);
    expect(page.url()).toBe(`${app.baseUrl}/login?next=%2Fcomments`);
    await submitLoginForm(page, DEMO_USER);
    expect(page.url()).toBe(`${app.baseUrl}/comments?notice=signed-in`);
    expect(await page.locator('#comment-text-count').textContent()).toBe('Up to 2,000 characters.');

    await page.getByLabel('Your comment').fill(text);
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Post comment' }).click(),
    ]);
    expect(page.url()).toBe(`${app.baseUrl}/comments`);
    const first = page.locator('.comment-list > li').first();
    await expect(first.locator('.comment__body').textContent()).resolves.toBe(text);
    await expect(first.locator('.comment__author').textContent()).resolves.toBe(DEMO_USER.username);
  });
});
