import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createConfirmedUser, csrfFieldOf, type TestUser } from '../helpers/auth-helpers';
import { KNOWN_OPEN_REDIRECTS, fuzzNextValues, isSitePath } from '../helpers/redirect-fuzz';

let t: TestApp;
let user: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  user = await createConfirmedUser(t);
});
afterAll(() => t.close());

/** Signs in through the real form with `next` and returns the redirect's Location. */
async function locationAfterSignIn(next: string): Promise<string> {
  const agent = request.agent(t.app);
  const page = await agent.get('/login');
  const res = await agent
    .post('/login')
    .type('form')
    .send({ _csrf: csrfFieldOf(page.text), ...user, next });
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status} for next=${next}`);
  return String(res.headers.location);
}

/** The value the login page puts into its hidden `next` field, decoded from the HTML. */
function hiddenNext(html: string): string {
  const raw = /name="next" value="([^"]*)"/.exec(html)?.[1] ?? '';
  return raw.replace(/&#(\d+);|&(amp|lt|gt|quot|#39);/g, (_m, code: string, name: string) =>
    code
      ? String.fromCharCode(Number(code))
      : ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" } as Record<string, string>)[name],
  );
}

describe('sign-in redirect (next)', () => {
  it.each(KNOWN_OPEN_REDIRECTS)(
    'when next is %j, then the Location after sign-in is the board',
    async (next) => {
      expect(await locationAfterSignIn(next)).toBe('/comments?notice=signed-in');
    },
  );

  it('when next is any of 200 fuzzed values, then every Location after sign-in is a path on this site', async () => {
    const offSite: Array<{ next: string; location: string }> = [];
    for (const next of fuzzNextValues(200, 2026)) {
      const location = await locationAfterSignIn(next);
      if (!isSitePath(location)) offSite.push({ next, location });
    }
    expect(offSite).toEqual([]);
  }, 60000);

  it.each([...KNOWN_OPEN_REDIRECTS, ...fuzzNextValues(100, 7)])(
    'when GET /login has next=%j, then the form carries only a path on this site (or nothing)',
    async (next) => {
      const page = await request(t.app).get(`/login?next=${encodeURIComponent(next)}`);
      const carried = hiddenNext(page.text);
      expect(carried === '' || isSitePath(carried)).toBe(true);
    },
  );
});
