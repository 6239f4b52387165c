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

describe('deleting an account in a real browser', () => {
  const session = useBrowserApp();
  let app: LocalAppProcess;
  let page: Page;
  beforeAll(() => ({ app, page } = session));

  const expectAccessibleAndNarrow = async (name: string) => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect((await screenshotBothWidths(page, name)).overflows).toBe(false);
  };
  const submit = (button: string) =>
    Promise.all([page.waitForNavigation(), page.getByRole('button', { name: button }).click()]);

  /** A confirmed user with a permanent password in `npm start`'s pool. */
  async function createUser(username: string, password: string): Promise<void> {
    const admin = new CognitoIdentityProviderClient({
      ...LOCAL_CLIENT,
      endpoint: app.cognitoEndpoint,
    });
    try {
      const { userPoolId: UserPoolId } = await ensureUserPool(admin, LOCAL_NAMES.poolName);
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
    } finally {
      admin.destroy();
    }
  }

  it('when a user confirms with the password, then the account and its comments are gone and signing in again fails', async () => {
    const user = { username: `leaving-${randomUUID().slice(0, 6)}`, password: 'Leaving-Passw0rd' };
    await createUser(user.username, user.password);
    const words = `goodbye from ${user.username}`;
    await postCommentsViaApi(app.baseUrl, user, [words]);

    await page.goto(`${app.baseUrl}/login?next=%2Faccount%2Fdelete`);
    await submitLoginForm(page, user);
    await expect(page.locator('h1').textContent()).resolves.toBe('Delete your account');
    await expectAccessibleAndNarrow('delete-account');

    await page.getByLabel('Your password').fill('Not-My-Passw0rd');
    await submit('Delete my account');
    await expect(page.locator('#password-error').textContent()).resolves.toContain(
      'That password is not right.',
    );
    await expect(page.getByLabel('Your password').inputValue()).resolves.toBe('');
    await expectAccessibleAndNarrow('delete-account-wrong-password');

    await page.getByLabel('Your password').fill(user.password);
    await submit('Delete my account');

    expect(new URL(page.url()).pathname).toBe('/login');
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'Your account was deleted.',
    );
    await page.goto(`${app.baseUrl}/comments`);
    await expect(page.locator('body').textContent()).resolves.not.toContain(words);
    await page.goto(`${app.baseUrl}/login`);
    await submitLoginForm(page, user);
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Incorrect username or password',
    );
  });
});
