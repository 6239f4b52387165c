import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from '../helpers/browser-session';
import { startLocalAppProcess, type LocalAppProcess } from '../helpers/local-app-process';
import { screenshotBothWidths, seriousAxeViolations } from '../helpers/page-checks';

describe('error page in a real browser', () => {
  let app: LocalAppProcess;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startLocalAppProcess(), launchChromium()]);
    page = await (await newContext(browser)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('when a page does not exist, then the 404 page is accessible and fits a phone', async () => {
    const response = await page.goto(`${app.baseUrl}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const overflow = await screenshotBothWidths(page, 'error-404');
    expect(overflow).toMatchObject({ overflows: false });
  });
});
