import type { Browser, Page } from 'playwright-core';
import { DEMO_USER, launchChromium, newContext, postCommentsViaApi } from './browser-session';
import { startLocalAppProcess, type LocalAppProcess } from './local-app-process';

/** What a browser test file works with: `npm start`'s stack, Chromium, and one page. */
export interface BrowserApp {
  app: LocalAppProcess;
  browser: Browser;
  page: Page;
}

/**
 * Starts the stack and Chromium in `beforeAll` (seeding comments as the demo user when asked) and
 * stops both in `afterAll`; the returned object is filled in once `beforeAll` has run.
 */
export function useBrowserApp(
  options: { javaScript?: boolean; seedComments?: string[]; env?: Record<string, string> } = {},
): BrowserApp {
  const session = {} as BrowserApp;
  beforeAll(async () => {
    [session.app, session.browser] = await Promise.all([
      startLocalAppProcess({ POST_RATE_PER_MINUTE: '1000', ...options.env }),
      launchChromium(),
    ]);
    if (options.seedComments) {
      await postCommentsViaApi(session.app.baseUrl, DEMO_USER, options.seedComments);
    }
    session.page = await (await newContext(session.browser, options)).newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.app?.stop();
  });
  return session;
}
