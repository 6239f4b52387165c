import request from 'supertest';
import { apiTokens, createConfirmedUser } from './auth-helpers';
import type { TestApp } from './test-app';

/** A signed-in API caller: its access token and JSON requests carrying it. */
export interface ApiCaller {
  token: string;
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  patch(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
  del(path: string): request.Test;
}

/** Creates a confirmed user (in `groups`), signs them in and returns an API caller. */
export async function apiCaller(t: TestApp, groups: string[] = []): Promise<ApiCaller> {
  const user = await createConfirmedUser(t, { groups });
  const { accessToken: token } = await apiTokens(t, user.username, user.password);
  const auth = { Authorization: `Bearer ${token}` };
  return {
    token,
    get: (path) => request(t.app).get(path).set(auth),
    post: (path, body = {}) => request(t.app).post(path).set(auth).send(body),
    patch: (path, body = {}) => request(t.app).patch(path).set(auth).send(body),
    put: (path, body = {}) => request(t.app).put(path).set(auth).send(body),
    del: (path) => request(t.app).delete(path).set(auth),
  };
}
