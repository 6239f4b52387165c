import { randomBytes, randomUUID } from 'node:crypto';
import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminSetUserPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createApiClient } from './api-client';
import type { SmokeHttp } from './smoke-http';
import { expectThat as expect, type SmokeCheck } from './smoke-run';
import { createUserRequests, generatePassword } from './user-commands';

/** The typed API client (types from the OpenAPI document) against the site's URL. */
const apiOf = (site: SmokeHttp) => createApiClient(site.baseUrl);

/** A user's journey: a throw-away user signs in both ways, posts and lists. */
export const JOURNEY_CHECKS: SmokeCheck[] = [
  {
    name: 'create a throw-away user (admin API)',
    async run({ target, made }) {
      const username = `smoke-${randomBytes(4).toString('hex')}`;
      const user = { username, password: generatePassword(), email: `${username}@example.com` };
      const requests = createUserRequests(target.userPoolId, user);
      await target.cognito.send(new AdminCreateUserCommand(requests.create));
      made.user = user;
      await target.cognito.send(new AdminSetUserPasswordCommand(requests.setPassword));
      return username;
    },
  },
  {
    name: 'sign in through the API',
    needs: 'user',
    async run({ site, made }) {
      const { username, password } = made.user!;
      const { data, response } = await apiOf(site).POST('/api/auth/login', {
        body: { username, password },
      });
      expect(data !== undefined, `POST /api/auth/login answered ${response.status}`);
      made.accessToken = data!.accessToken;
      return `${response.status}, ${data!.tokenType} token`;
    },
  },
  {
    name: 'sign in through the page (form + CSRF)',
    needs: 'user',
    async run({ site, made }) {
      const form = await site.send('/login');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
      expect(form.status === 200 && Boolean(csrf), `GET /login answered ${form.status}, no form`);
      const { username, password } = made.user!;
      const res = await site.send('/login', { form: { _csrf: csrf!, username, password } });
      const to = res.headers.get('location') ?? '';
      expect(res.status === 303 && !to.startsWith('/login'), `POST /login answered ${res.status}`);
      return `303 to ${to}`;
    },
  },
  {
    name: 'post a comment',
    needs: 'accessToken',
    async run({ site, made }) {
      const text = `Smoke test ${new Date().toISOString()}`;
      const { data, response } = await apiOf(site).POST('/api/comments', {
        body: { text },
        headers: { authorization: `Bearer ${made.accessToken}` },
        params: { header: { 'idempotency-key': randomUUID() } },
      });
      expect(data !== undefined, `POST /api/comments answered ${response.status}`);
      made.comment = { id: data!.id, text };
      return `${response.status}, ${made.comment.id}`;
    },
  },
  {
    name: 'list comments (API and board page)',
    needs: 'comment',
    async run({ site, made }) {
      const { data, response } = await apiOf(site).GET('/api/comments', {
        headers: { authorization: `Bearer ${made.accessToken}` },
      });
      expect(
        (data?.items ?? []).some((c) => c.id === made.comment!.id),
        `not in GET /api/comments (${response.status})`,
      );
      const page = await site.send('/comments');
      expect((await page.text()).includes(made.comment!.text), `not on /comments (${page.status})`);
      return 'on both';
    },
  },
];

/** The clean-up: runs whatever failed before it, for what was made. */
export const CLEANUP_CHECKS: SmokeCheck[] = [
  {
    name: 'delete the comment',
    needs: 'comment',
    async run({ site, made }) {
      const { response } = await apiOf(site).DELETE('/api/comments/{id}', {
        params: { path: { id: made.comment!.id } },
        headers: { authorization: `Bearer ${made.accessToken}` },
      });
      expect(
        response.status === 204,
        `DELETE /api/comments/${made.comment!.id} answered ${response.status}`,
      );
      return '204';
    },
  },
  {
    name: 'delete the user (admin API)',
    needs: 'user',
    async run({ target, made }) {
      await target.cognito.send(
        new AdminDeleteUserCommand({
          UserPoolId: target.userPoolId,
          Username: made.user!.username,
        }),
      );
      return made.user!.username;
    },
  },
];
