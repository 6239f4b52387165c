import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createConfirmedUser, signInAgent, type SignedInAgent } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let reader: SignedInAgent;

beforeAll(async () => {
  t = await createTestApp({ LIVE_POLL_SECONDS: '7' });
  const moderator = await apiCaller(t, ['moderators']);
  alice = await apiCaller(t);
  const user = await createConfirmedUser(t);
  reader = await signInAgent(t, user.username, user.password);
  await moderator.post('/api/boards', { slug: 'live', title: 'Live' }).expect(201);
});
afterAll(() => t.close());

/** The attributes of the page's live notice element. */
function noticeOf(html: string): Record<string, string> {
  const tag = /<div class="live-notice"[^>]*>/.exec(html)?.[0] ?? '';
  return Object.fromEntries(
    [...tag.matchAll(/(data-[\w-]+|aria-live)="([^"]*)"/g)].map((m) => [
      m[1],
      m[2].replace(/&amp;/g, '&'),
    ]),
  );
}

describe('the live notice on pages', () => {
  it("when a board page is shown, then its notice counts from the board's newest id (a reply on an older comment too)", async () => {
    const older = (await alice.post('/api/boards/live/comments', { text: 'older' })).body;
    await alice.post('/api/boards/live/comments', { text: 'newer' }).expect(201);
    const reply = (
      await alice.post('/api/boards/live/comments', { text: 'reply', parentId: older.id })
    ).body;
    const page = await reader.agent.get('/b/live?sort=oldest').expect(200);
    expect(noticeOf(page.text)).toEqual({
      'data-live-url': `/b/live/new-count?after=${reply.id}`,
      'data-live-show': '/b/live?sort=oldest',
      'data-live-interval-ms': '7000',
      'data-live-max': '60',
      'aria-live': 'polite',
    });
    expect(page.text).toContain('js/live-notice.js');
  });

  it('when a thread page is shown, then its notice counts that thread only and shows the thread again', async () => {
    const top = (await alice.post('/api/boards/live/comments', { text: 'thread' })).body;
    const page = await reader.agent.get(`/b/live/c/${top.id}`).expect(200);
    const notice = noticeOf(page.text);
    expect(notice['data-live-url']).toBe(`/b/live/new-count?after=${top.id}&thread=${top.id}`);
    expect(notice['data-live-show']).toBe(`/b/live/c/${top.id}`);
  });

  it('when the board has no comments yet, then the notice counts every comment', async () => {
    const page = await reader.agent.get('/comments').expect(200);
    expect(noticeOf(page.text)['data-live-url']).toBe('/b/main/new-count');
  });
});
