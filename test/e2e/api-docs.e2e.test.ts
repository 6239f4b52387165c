import type { Page } from 'playwright-core';
import type { LocalAppProcess } from '../helpers/local-app-process';
import { useBrowserApp } from '../helpers/browser-app';
import { screenshotBothWidths, seriousAxeViolations } from '../helpers/page-checks';

describe('the API reference page', () => {
  const session = useBrowserApp();
  let app: LocalAppProcess;
  let page: Page;
  beforeAll(() => ({ app, page } = session));

  it('when /api/docs is opened, then it lists the operations, axe finds nothing serious and nothing overflows at 375 px', async () => {
    const response = await page.goto(`${app.baseUrl}/api/docs`);

    expect(response?.status()).toBe(200);
    await expect(
      page.getByRole('heading', { name: 'POST /api/comments', exact: true }).count(),
    ).resolves.toBe(1);
    const violations = await seriousAxeViolations(page);
    const overflow = await screenshotBothWidths(page, 'api-docs');
    expect({ violations, overflow: overflow.overflows ? overflow : false }).toEqual({
      violations: [],
      overflow: false,
    });
  });
});
