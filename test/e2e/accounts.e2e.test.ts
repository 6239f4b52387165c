import { randomUUID } from 'node:crypto';
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
import { postCommentsViaApi, submitLoginForm } from '../helpers/browser-session';
import { screenshotBothWidths, seriousAxeViolations } from '../helpers/page-checks';

describe('account recovery and first sign-in in a real browser', () => {
  const session = useBrowserApp();
  let app: LocalAppProcess;
  let page: Page;
  beforeAll(() => ({ app, page } = session));

  /** axe clean and no sideways scrolling at 375 px, on the page the browser is showing. */
  const expectAccessibleAndNarrow = async (name: string) => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect((await screenshotBothWidths(page, name)).overflows).toBe(false);
  };
  const submit = (button: string) =>
    Promise.all([page.waitForNavigation(), page.getByRole('button', { name: button }).click()]);
  const withAdmin = async <T>(
    run: (admin: CognitoIdentityProviderClient, poolId: string) => Promise<T>,
  ) => {
    const admin = new CognitoIdentityProviderClient({
      ...LOCAL_CLIENT,
      endpoint: app.cognitoEndpoint,
    });
    try {
      return await run(admin, (await ensureUserPool(admin, LOCAL_NAMES.poolName)).userPoolId);
    } finally {
      admin.destroy();
    }
  };

  it('when a user forgets the password, then the code read from /_local/mail resets it and the new one signs in', async () => {
    const username = `forgetful-${randomUUID().slice(0, 6)}`;
    await withAdmin((admin, UserPoolId) =>
      admin.send(
        new AdminCreateUserCommand({
          UserPoolId,
          Username: username,
          TemporaryPassword: 'Temp-Passw0rd1',
          MessageAction: 'SUPPRESS',
          UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
        }),
      ),
    );

    await page.goto(`${app.baseUrl}/login`);
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('link', { name: 'Forgot your password?' }).click(),
    ]);
    await expectAccessibleAndNarrow('forgot-password');
    await page.getByLabel('Username').fill(username);
    await submit('Send me a code');
    expect(new URL(page.url()).pathname).toBe('/reset-password');
    await expectAccessibleAndNarrow('reset-password');
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('link', { name: 'local mailbox' }).click(),
    ]);
    await expectAccessibleAndNarrow('local-mail');
    const newest = page.locator('.mail-item').first();
    await expect(newest.textContent()).resolves.toContain(username);
    const code = (await newest.locator('.mail-code').textContent())!.trim();
    await page.goBack();
    await page.getByLabel('Code from the email').fill(code);
    await page.getByLabel('New password', { exact: true }).fill('Reset-Passw0rd');
    await submit('Change password');

    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'Your password was changed. Please sign in.',
    );
    await submitLoginForm(page, { username, password: 'Reset-Passw0rd' });
    await expect(page.getByRole('status').textContent()).resolves.toContain('You are signed in.');
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Sign out' }).click(),
    ]);
  });

  it('when an admin-created user signs in with the temporary password, then they choose a new one and land where they were going', async () => {
    const username = `newcomer-${randomUUID().slice(0, 6)}`;
    await withAdmin((admin, UserPoolId) =>
      admin.send(
        new AdminCreateUserCommand({
          UserPoolId,
          Username: username,
          TemporaryPassword: 'Temp-Passw0rd1',
          MessageAction: 'SUPPRESS',
          UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
        }),
      ),
    );

    await page.goto(`${app.baseUrl}/login?next=%2Fcomments`);
    await submitLoginForm(page, { username, password: 'Temp-Passw0rd1' });
    await expect(page.locator('h1').textContent()).resolves.toBe('Choose a new password');
    expect(page.url()).not.toContain('session');
    await expectAccessibleAndNarrow('new-password');
    await page.getByLabel('New password', { exact: true }).fill('My-Own-Passw0rd');
    await submit('Set password and sign in');

    expect(new URL(page.url()).pathname).toBe('/comments');
    await expect(page.getByRole('status').textContent()).resolves.toContain('You are signed in.');
    await expect(page.locator('.who').textContent()).resolves.toContain(username);
  });

  it('when a signed-in user changes the password on the account page, then the page says so and only the new password signs in', async () => {
    const username = `changer-${randomUUID().slice(0, 6)}`;
    const password = 'First-Passw0rd';
    await withAdmin(async (admin, UserPoolId) => {
      await admin.send(
        new AdminCreateUserCommand({
          UserPoolId,
          Username: username,
          MessageAction: 'SUPPRESS',
          UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
        }),
      );
      await admin.send(
        new AdminSetUserPasswordCommand({
          UserPoolId,
          Username: username,
          Password: password,
          Permanent: true,
        }),
      );
    });
    await postCommentsViaApi(app.baseUrl, { username, password }, [
      `A long comment without spaces: ${'x'.repeat(200)}`,
    ]);
    await page.context().clearCookies();
    await page.goto(`${app.baseUrl}/login`);
    await submitLoginForm(page, { username, password });

    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('link', { name: 'Account' }).click(),
    ]);
    expect(new URL(page.url()).pathname).toBe('/account');
    await expect(page.locator('.account-details').textContent()).resolves.toContain(
      `${username}@example.com`,
    );
    await expectAccessibleAndNarrow('account');
    await page.getByLabel('Current password').fill('Wrong-Passw0rd');
    await page.getByLabel('New password', { exact: true }).fill('weak');
    await submit('Change password');
    await expect(page.locator('#newPassword-error').textContent()).resolves.toContain('too weak');
    await expectAccessibleAndNarrow('account-password-errors');
    await page.getByLabel('Current password').fill(password);
    await page.getByLabel('New password', { exact: true }).fill('Second-Passw0rd');
    await submit('Change password');

    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'Your password was changed.',
    );
    await submit('Sign out');
    await page.goto(`${app.baseUrl}/login`);
    await submitLoginForm(page, { username, password });
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Incorrect username or password',
    );
    await submitLoginForm(page, { username, password: 'Second-Passw0rd' });
    await expect(page.getByRole('status').textContent()).resolves.toContain('You are signed in.');
  });
});
