import type { Page } from 'playwright-core';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { LOCAL_CLIENT, LOCAL_NAMES } from '../../src/local/local-stack';
import { ensureUserPool } from '../../src/local/provision';
import type { LocalAppProcess } from '../helpers/local-app-process';
import { useBrowserApp } from '../helpers/browser-app';
import { DEMO_USER, postCommentsViaApi, submitLoginForm } from '../helpers/browser-session';
import { screenshotBothWidths, seriousAxeViolations } from '../helpers/page-checks';

/** Page script: makes the tab report hidden or shown, as switching tabs would. */
const SET_HIDDEN = (hidden: boolean) =>
  `Object.defineProperty(document, 'hidden', { configurable: true, get: () => ${hidden} });` +
  `document.dispatchEvent(new Event('visibilitychange'));`;

const OTHER = { username: 'live-other', password: 'Other-Passw0rd1' };

/** A second confirmed user in `npm start`'s pool (admin API), who posts through the JSON API. */
async function createOtherUser(app: LocalAppProcess): Promise<void> {
  const admin = new CognitoIdentityProviderClient({
    ...LOCAL_CLIENT,
    endpoint: app.cognitoEndpoint,
  });
  try {
    const { userPoolId: UserPoolId } = await ensureUserPool(admin, LOCAL_NAMES.poolName);
    await admin.send(
      new AdminCreateUserCommand({
        UserPoolId,
        Username: OTHER.username,
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: 'live-other@example.com' }],
      }),
    );
    await admin.send(
      new AdminSetUserPasswordCommand({
        UserPoolId,
        Username: OTHER.username,
        Password: OTHER.password,
        Permanent: true,
      }),
    );
  } finally {
    admin.destroy();
  }
}

describe('the live "new comments" notice in a real browser', () => {
  // Polls every second instead of 15 so the test waits seconds, not minutes.
  const session = useBrowserApp({
    env: { LIVE_POLL_SECONDS: '1' },
    seedComments: ['Already here before the reader came'],
  });
  let app: LocalAppProcess;
  let page: Page;
  beforeAll(async () => {
    ({ app, page } = session);
    await createOtherUser(app);
  });

  it('when another user posts, then the notice appears without moving the page, and "show" loads the comment', async () => {
    await page.goto(`${app.baseUrl}/login?next=%2Fcomments`);
    await submitLoginForm(page, DEMO_USER);
    const notice = page.locator('.live-notice');
    const first = page.locator('.comment-list > li').first();
    expect(await notice.textContent()).toBe('');
    const before = await first.boundingBox();

    await postCommentsViaApi(app.baseUrl, OTHER, ['Fresh from someone else']);
    const show = notice.getByRole('link', { name: 'show' });
    await show.waitFor({ timeout: 15_000 });

    expect(await notice.textContent()).toBe('1 new comment — show');
    expect(await first.boundingBox()).toEqual(before); // nothing moved under the reader
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect((await screenshotBothWidths(page, 'live-notice')).overflows).toBe(false);

    await Promise.all([page.waitForNavigation(), show.click()]);
    expect(await first.locator('.comment__body').textContent()).toContain(
      'Fresh from someone else',
    );
    expect(await notice.textContent()).toBe('');
  });

  it('when the tab is hidden, then it asks nothing; shown again, it asks at once, then ever more slowly while nothing arrives', async () => {
    const asked: number[] = [];
    const other = await page.context().newPage();
    other.on('request', (r) => {
      if (r.url().includes('/new-count')) asked.push(Date.now());
    });
    await other.goto(`${app.baseUrl}/comments`);
    await other.evaluate(SET_HIDDEN(true));
    const hiddenAt = Date.now();
    await other.waitForTimeout(3000);
    expect(asked.filter((at) => at > hiddenAt + 300)).toEqual([]);

    const shownAt = Date.now();
    await other.evaluate(SET_HIDDEN(false));
    await other.waitForTimeout(7500);
    const after = asked.filter((at) => at >= shownAt);
    // At once, then after 2 s, then after 4 s more (1 s interval, doubled after each empty answer).
    expect(after[0]! - shownAt).toBeLessThan(500);
    expect(after.length).toBeGreaterThanOrEqual(3);
    expect(after.length).toBeLessThanOrEqual(4);
    expect(after[2]! - after[1]!).toBeGreaterThan((after[1]! - after[0]!) * 1.5);
    await other.close();
  });

  it('when a thread gets a reply from another user, then its page says so too', async () => {
    await page.goto(`${app.baseUrl}/comments`);
    const link = page.getByRole('link', { name: /^Reply to / }).first();
    await Promise.all([page.waitForNavigation(), link.click()]);
    const threadId = new URL(page.url()).pathname.split('/').pop()!;
    const login = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(OTHER),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const reply = await fetch(`${app.baseUrl}/api/comments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'A live reply', parentId: threadId }),
    });
    expect(reply.status).toBe(201);
    const notice = page.locator('.live-notice');
    await notice.getByRole('link', { name: 'show' }).waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toBe('1 new comment — show');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
