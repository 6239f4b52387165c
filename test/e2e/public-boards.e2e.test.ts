import type { Page } from 'playwright-core';
import type { LocalAppProcess } from '../helpers/local-app-process';
import { useBrowserApp } from '../helpers/browser-app';
import { DEMO_USER, newContext, submitLoginForm } from '../helpers/browser-session';
import { createLocalUser, localApi } from '../helpers/local-users';
import { screenshotBothWidths, seriousAxeViolations } from '../helpers/page-checks';

const MODERATOR = { username: 'open-mod', password: 'Open-Mod-Passw0rd' };
const FAN = { username: 'open-fan', password: 'Open-Fan-Passw0rd' };
const SLUG = 'open-house';

describe('public boards and likes in a real browser', () => {
  const session = useBrowserApp();
  let app: LocalAppProcess;
  let page: Page;
  let topId: string;

  const at = (path: string) => `${app.baseUrl}${path}`;
  const navigate = (on: Page, click: () => Promise<void>) =>
    Promise.all([on.waitForNavigation(), click()]);
  const expectAccessibleAndNarrow = async (on: Page, name: string) => {
    expect(await seriousAxeViolations(on)).toEqual([]);
    expect((await screenshotBothWidths(on, name)).overflows).toBe(false);
  };

  beforeAll(async () => {
    ({ app, page } = session);
    await createLocalUser(app, MODERATOR, ['moderators']);
    await createLocalUser(app, FAN);
    const mod = await localApi(app, MODERATOR);
    const board = { slug: SLUG, title: 'Open house', visibility: 'public' };
    expect((await mod('POST', '/api/boards', board)).status).toBe(201);
    const demo = await localApi(app, DEMO_USER);
    const top = await demo('POST', `/api/boards/${SLUG}/comments`, { text: 'Welcome, everyone' });
    topId = String(top.body.id);
    await mod('POST', `/api/boards/${SLUG}/comments`, { text: 'Glad to be here', parentId: topId });
  });

  it('when a visitor who is not signed in opens the site, then the public board and its thread read, with "Sign in to comment"', async () => {
    await page.goto(at('/'));
    await navigate(page, () => page.getByRole('link', { name: 'Open house' }).click());
    expect(page.url()).toBe(at(`/b/${SLUG}`));
    expect(await page.locator('.comment__body').allTextContents()).toEqual(
      expect.arrayContaining(['Welcome, everyone', 'Glad to be here']),
    );
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Like/ }).count()).toBe(0);
    await expectAccessibleAndNarrow(page, 'public-board-signed-out');

    await navigate(page, () =>
      page
        .getByRole('link', { name: /View all|Reply to demo/ })
        .first()
        .click(),
    );
    expect(page.url()).toContain(`/b/${SLUG}/c/${topId}`);
    expect(await page.locator('h1').textContent()).toBe('Comment by demo');
    await expectAccessibleAndNarrow(page, 'public-thread-signed-out');

    await navigate(page, () => page.getByRole('link', { name: 'Sign in to comment' }).click());
    await submitLoginForm(page, FAN);
    // Back on the thread it came from (the sign-in notice rides along in the query).
    expect(page.url().split('?')[0]).toBe(at(`/b/${SLUG}/c/${topId}`));
    expect(await page.getByLabel('Your reply').count()).toBe(1);
  });

  it('when a signed-in reader presses Like and then again, then the count and pressed state follow', async () => {
    const fan = await (await newContext(session.browser)).newPage();
    await fan.goto(at(`/login?next=${encodeURIComponent(`/b/${SLUG}`)}`));
    await submitLoginForm(fan, FAN);
    const like = fan.locator(`#comment-${topId} > form.like button`);
    expect(await like.getAttribute('aria-pressed')).toBe('false');
    expect(await like.innerText()).toMatch(/0 likes$/);

    await navigate(fan, () => like.click());
    expect(fan.url()).toBe(at(`/b/${SLUG}#comment-${topId}`));
    expect(await like.getAttribute('aria-pressed')).toBe('true');
    expect(await like.innerText()).toMatch(/1 like$/);
    await expectAccessibleAndNarrow(fan, 'public-board-liked');

    await navigate(fan, () => like.click());
    expect(await like.getAttribute('aria-pressed')).toBe('false');
    expect(await like.innerText()).toMatch(/0 likes$/);
  });

  it('when the author looks at their own comment, then it has no Like button', async () => {
    const demo = await (await newContext(session.browser)).newPage();
    await demo.goto(at(`/login?next=${encodeURIComponent(`/b/${SLUG}`)}`));
    await submitLoginForm(demo, DEMO_USER);
    expect(await demo.locator(`#comment-${topId} > form.like`).count()).toBe(0);
    expect(await demo.getByRole('button', { name: /^Like comment by open-mod/ }).count()).toBe(1);
  });
});
