import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); playwright never downloads a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Desktop and phone viewports the screenshots and overflow checks use. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 740 },
} as const;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium through playwright-core, with the flags STACK-NOTES.md lists. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

/**
 * A fresh browser context (own cookies) on the desktop viewport; `javaScript: false` for no-JS
 * runs, `timezoneId` for a reader elsewhere than UTC.
 */
export function newContext(
  browser: Browser,
  options: { javaScript?: boolean; timezoneId?: string } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORTS.desktop,
    javaScriptEnabled: options.javaScript ?? true,
    locale: 'en-GB',
    timezoneId: options.timezoneId ?? 'UTC',
  });
}

/** The demo user `npm start` seeds. */
export const DEMO_USER = { username: 'demo', password: 'Demo-Passw0rd!' };

/** Fills and submits the login form the page is showing, then waits for the next page. */
export async function submitLoginForm(
  page: Page,
  user: { username: string; password: string },
): Promise<void> {
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

/** Posts one comment per text as `user` through the JSON API (test data, not part of what is tested). */
export async function postCommentsViaApi(
  baseUrl: string,
  user: { username: string; password: string },
  texts: string[],
): Promise<void> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  for (const text of texts) {
    const res = await fetch(`${baseUrl}/api/comments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    if (res.status !== 201) throw new Error(`Seeding a comment failed: ${res.status}`);
  }
}
