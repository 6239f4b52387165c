import type { Page } from 'playwright-core';
import { DEMO_USER, submitLoginForm } from '../helpers/browser-session';
import type { LocalAppProcess } from '../helpers/local-app-process';
import { useBrowserApp } from '../helpers/browser-app';
import { screenshotBothWidths, seriousAxeViolations } from '../helpers/page-checks';

const LONG_WORD = `https://example.com/${'a-very-long-unbroken-path-segment'.repeat(6)}`;

describe('accessibility and small screens', () => {
  const session = useBrowserApp({
    seedComments: [
      'A short comment.',
      `A comment with a long link that must wrap on a phone: ${LONG_WORD}`,
      'Line one\nLine two\n\nA paragraph after a blank line.',
    ],
  });
  let app: LocalAppProcess;
  let page: Page;
  beforeAll(() => ({ app, page } = session));

  /** Axe (serious and critical only), then screenshots at both widths and the 375 px overflow check. */
  async function check(name: string) {
    const violations = await seriousAxeViolations(page);
    const overflow = await screenshotBothWidths(page, name);
    return { name, violations, overflow: overflow.overflows ? overflow : false };
  }

  it('when the login, sign-up, confirm and comments pages are checked, then axe finds nothing serious and nothing overflows at 375 px', async () => {
    const results = [];
    await page.goto(`${app.baseUrl}/login`);
    results.push(await check('login'));
    await page.getByLabel('Username').fill('nobody');
    await page.getByLabel('Password').fill('wrong-password');
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    results.push(await check('login-error'));

    await page.goto(`${app.baseUrl}/signup`);
    results.push(await check('signup'));
    await page.getByLabel('Username').fill(DEMO_USER.username);
    await page.getByLabel('Email').fill('taken@example.com');
    await page.getByLabel('Password').fill('Taken-Passw0rd!');
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Create account' }).click(),
    ]);
    results.push(await check('signup-error'));

    await page.goto(`${app.baseUrl}/confirm?username=someone`);
    results.push(await check('confirm'));

    await page.goto(`${app.baseUrl}/login`);
    await submitLoginForm(page, DEMO_USER);
    expect(page.url()).toBe(`${app.baseUrl}/comments?notice=signed-in`);
    results.push(await check('comments'));
    await page.getByLabel('Your comment').fill('   ');
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Post comment' }).click(),
    ]);
    results.push(await check('comments-error'));

    expect(results).toEqual(results.map(({ name }) => ({ name, violations: [], overflow: false })));
  });
});
