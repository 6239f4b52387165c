import request from 'supertest';
import type { Express } from 'express';
import { csrfFieldOf } from './auth-helpers';
import { cookieHeader, setCookies } from './set-cookies';

/** A browser session as raw cookies, so a test can keep a copy after the browser signs out. */
export interface PageSession {
  cookies: Record<string, string>;
  csrf: string;
  /** The `Cookie` header these cookies make. */
  readonly header: string;
}

/** Signs in through the real `/login` form and returns the session's cookies (a copy a thief could hold). */
export async function pageSession(
  app: Express,
  user: { username: string; password: string },
): Promise<PageSession> {
  const page = await request(app).get('/login');
  const csrf = csrfFieldOf(page.text);
  const formCookies = Object.fromEntries(
    Object.entries(setCookies(page)).map(([name, cookie]) => [name, cookie.value]),
  );
  const res = await request(app)
    .post('/login')
    .set('Cookie', cookieHeader(formCookies))
    .type('form')
    .send({ _csrf: csrf, ...user });
  if (res.status !== 303) throw new Error(`Form login failed: ${res.status}`);
  const cookies = { ...formCookies };
  for (const [name, cookie] of Object.entries(setCookies(res))) cookies[name] = cookie.value;
  return {
    cookies,
    csrf: cookies.csrf ?? csrf,
    get header() {
      return cookieHeader(cookies);
    },
  };
}

/** Applies a response's Set-Cookie headers to a session (what a browser would keep). */
export function keepCookies(session: PageSession, res: request.Response): void {
  for (const [name, cookie] of Object.entries(setCookies(res))) {
    if (cookie.value) session.cookies[name] = cookie.value;
    else delete session.cookies[name];
  }
}

/** Waits until the clock is in a later whole second than now (JWT `iat` has whole seconds). */
export async function nextSecond(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1050 - (Date.now() % 1000)));
}
