/** What a client needs to call protected routes over HTTP: a bearer token and a signed-in browser's cookies. */
export interface HttpSession {
  accessToken: string;
  cookie: string;
}

/** Merges a response's Set-Cookie headers into a Cookie header value. */
export function cookieHeader(response: Response, previous = ''): string {
  const jar = new Map(
    previous
      .split('; ')
      .filter(Boolean)
      .map((pair) => [pair.split('=')[0], pair] as const),
  );
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0];
    jar.set(pair.split('=')[0], pair);
  }
  return [...jar.values()].join('; ');
}

/** Signs in over real HTTP: the JSON API (bearer token) and the login form with its CSRF token (cookies). */
export async function signIn(
  baseUrl: string,
  user: { username: string; password: string },
): Promise<HttpSession> {
  const api = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user.username, password: user.password }),
  });
  if (api.status !== 200) throw new Error(`API login failed: ${api.status} ${await api.text()}`);
  const { accessToken } = (await api.json()) as { accessToken: string };

  const form = await fetch(`${baseUrl}/login`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const formCookie = cookieHeader(form);
  const posted = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: formCookie },
    body: new URLSearchParams({ ...user, _csrf: csrf }).toString(),
  });
  if (posted.status !== 303) throw new Error(`Form login failed: ${posted.status}`);
  return { accessToken, cookie: cookieHeader(posted, formCookie) };
}
