import type { Page } from 'playwright-core';
import type { LocalAppProcess } from '../helpers/local-app-process';
import { useBrowserApp } from '../helpers/browser-app';
import { screenshotBothWidths, seriousAxeViolations } from '../helpers/page-checks';

describe('error page in a real browser', () => {
  const session = useBrowserApp();
  let app: LocalAppProcess;
  let page: Page;
  beforeAll(() => ({ app, page } = session));

  it('when a page does not exist, then the 404 page is accessible and fits a phone', async () => {
    const response = await page.goto(`${app.baseUrl}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const overflow = await screenshotBothWidths(page, 'error-404');
    expect(overflow).toMatchObject({ overflows: false });
  });
});
