import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let bob: ApiCaller;
let moderator: ApiCaller;

beforeAll(async () => {
  t = await createTestApp();
  [alice, bob, moderator] = await Promise.all([
    apiCaller(t),
    apiCaller(t),
    apiCaller(t, ['moderators']),
  ]);
  await moderator.post('/api/boards', { slug: 'tags', title: 'Tags' }).expect(201);
});
afterAll(() => t.close());

const LISTINGS = ['/api/comments', '/api/boards/tags/comments'];
const boardOf = (path: string) => (path === '/api/comments' ? 'main' : 'tags');

/** The listing's ETag as `reader` sees it now. */
async function etagOf(path: string, reader: ApiCaller = bob): Promise<string> {
  const res = await reader.get(path).expect(200);
  const etag = res.headers.etag as string;
  expect(etag).toMatch(/^"[^"]+"$/); // strong: no W/ prefix (Express's own are weak)
  return etag;
}

describe.each(LISTINGS)('ETag of %s', (path) => {
  const postText = async (text: string) =>
    (await alice.post(`/api/boards/${boardOf(path)}/comments`, { text }).expect(201)).body as {
      id: string;
    };

  it('when the page has not changed, then If-None-Match gets 304 with no body', async () => {
    await postText('steady');
    const etag = await etagOf(path);
    const res = await bob.get(path).set('If-None-Match', etag).expect(304);
    expect(res.text).toBe('');
    expect(res.headers.etag).toBe(etag);
  });

  it('when a comment is added, then the ETag changes and the old one gets the page', async () => {
    const before = await etagOf(path);
    await postText('added');
    const res = await bob.get(path).set('If-None-Match', before).expect(200);
    expect(res.headers.etag).not.toBe(before);
    expect(res.body.items[0].text).toBe('added');
  });

  it('when a comment is edited, then the ETag changes', async () => {
    const comment = await postText('draft');
    const before = await etagOf(path);
    await alice.patch(`/api/comments/${comment.id}`, { text: 'final' }).expect(200);
    expect(await etagOf(path)).not.toBe(before);
  });

  it('when a comment is hidden, then the ETag changes', async () => {
    const comment = await postText('to hide');
    const before = await etagOf(path);
    await moderator.del(`/api/comments/${comment.id}`).expect(204);
    expect(await etagOf(path)).not.toBe(before);
  });

  it('when a comment is liked, then the ETag changes (for the liker and for others)', async () => {
    const comment = await postText('likeable');
    const before = await etagOf(path);
    const beforeForLiker = await etagOf(path, moderator);
    await bob.put(`/api/comments/${comment.id}/like`).expect(200);
    expect(await etagOf(path)).not.toBe(before);
    expect(await etagOf(path, moderator)).not.toBe(beforeForLiker);
  });
});
