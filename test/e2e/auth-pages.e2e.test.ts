import type { Page } from 'playwright-core';
import type { LocalAppProcess } from '../helpers/local-app-process';
import { useBrowserApp } from '../helpers/browser-app';
import { DEMO_USER, submitLoginForm } from '../helpers/browser-session';
import { seriousAxeViolations } from '../helpers/page-checks';

describe('sign-in pages in a real browser', () => {
  const session = useBrowserApp();
  let app: LocalAppProcess;
  let page: Page;
  beforeAll(() => ({ app, page } = session));

  // Strings, as in keyboard.e2e.test.ts: evaluated in the page, where the DOM exists.
  const focusedId = () =>
    page.evaluate<string>('document.activeElement && document.activeElement.id');
  const borderWidth = (id: string) =>
    page.evaluate<string>(`getComputedStyle(document.getElementById('${id}')).borderTopWidth`);

  it('when sign-up is sent with every field wrong, then all problems show at once, marked, focus on the first', async () => {
    await page.goto(`${app.baseUrl}/signup`);
    const validBorder = await borderWidth('username');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password').fill('weak');
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Create account' }).click(),
    ]);
    for (const id of ['username', 'email', 'password']) {
      await expect(page.locator(`#${id}`).getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.locator(`#${id}-error`).isVisible()).resolves.toBe(true);
      expect(await borderWidth(id)).not.toBe(validBorder);
    }
    expect(await focusedId()).toBe('username');
    await expect(page.getByLabel('Email').inputValue()).resolves.toBe('not-an-email');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('when a user signs in and out, then each next page says so', async () => {
    await page.goto(`${app.baseUrl}/login`);
    await submitLoginForm(page, DEMO_USER);
    await expect(page.getByRole('status').textContent()).resolves.toContain('You are signed in.');
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Sign out' }).click(),
    ]);
    expect(new URL(page.url()).pathname).toBe('/login');
    await expect(page.getByRole('status').textContent()).resolves.toContain('You are signed out.');
  });

  it('when a signed-in user opens a missing page, then it has the signed-in header and Sign out works', async () => {
    await page.goto(`${app.baseUrl}/login`);
    await submitLoginForm(page, DEMO_USER);
    const response = await page.goto(`${app.baseUrl}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('.who').textContent()).resolves.toMatch(/Signed in as\s+demo/);
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Sign out' }).click(),
    ]);
    await expect(page.getByRole('status').textContent()).resolves.toContain('You are signed out.');
  });

  it('when the session ends while a comment is typed, then the text survives sign-in and can be posted', async () => {
    await page.goto(`${app.baseUrl}/login`);
    await submitLoginForm(page, DEMO_USER);
    const text = `Typed before the session ended ${Date.now()}`;
    await page.getByLabel('Your comment').fill(text);
    await page.context().clearCookies({ name: 'session' });
    await page.context().clearCookies({ name: 'refresh' });
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Post comment' }).click(),
    ]);
    await expect(page.getByRole('status').textContent()).resolves.toContain('not posted yet');
    await submitLoginForm(page, DEMO_USER);
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'Your comment has not been posted yet',
    );
    await expect(page.getByLabel('Your comment', { exact: true }).inputValue()).resolves.toBe(text);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Post comment' }).click(),
    ]);
    expect(new URL(page.url()).pathname).toBe('/comments');
    await expect(page.locator('.comment__body').first().textContent()).resolves.toBe(text);
  });
});
