/** What the bench needs to call protected routes: a bearer token and a signed-in browser's cookies. */
export interface BenchSession {
  accessToken: string;
  cookie: string;
}

function cookieHeader(response: Response, previous = ''): string {
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

/** Signs in through the JSON API (bearer token) and through the real login form (session cookies). */
export async function signIn(
  baseUrl: string,
  user: { username: string; password: string },
): Promise<BenchSession> {
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

/** Posts `count` comments through the API, a few at a time. */
export async function seedComments(baseUrl: string, token: string, count: number): Promise<void> {
  const post = async (i: number) => {
    const res = await fetch(`${baseUrl}/api/comments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        text: `Seed comment ${i}: a sentence of ordinary length for the bench.`,
      }),
    });
    if (res.status !== 201) throw new Error(`Seeding failed: ${res.status} ${await res.text()}`);
  };
  for (let i = 0; i < count; i += 5) {
    await Promise.all([0, 1, 2, 3, 4].filter((j) => i + j < count).map((j) => post(i + j)));
  }
}
