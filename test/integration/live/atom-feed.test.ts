import request from 'supertest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { atomSchemaErrors } from '../../helpers/atom-validation';
import { createTestApp, type TestApp } from '../../helpers/test-app';

const SITE = 'https://comments.example.org';

let t: TestApp;
let alice: ApiCaller;
let moderator: ApiCaller;

beforeAll(async () => {
  t = await createTestApp({ SITE_URL: SITE });
  [alice, moderator] = await Promise.all([apiCaller(t), apiCaller(t, ['moderators'])]);
  await moderator
    .post('/api/boards', {
      slug: 'news',
      title: 'News & notes',
      description: 'Everything <new>',
      visibility: 'public',
    })
    .expect(201);
  await moderator.post('/api/boards', { slug: 'inner', title: 'Inner' }).expect(201);
});
afterAll(() => t.close());

const post = async (slug: string, text: string, parentId?: string) =>
  (await alice.post(`/api/boards/${slug}/comments`, { text, parentId }).expect(201)).body as {
    id: string;
    username: string;
  };

describe('GET /b/:slug/feed.atom', () => {
  it('when a public board has comments and replies, then the feed parses, passes the Atom schema and links from SITE_URL', async () => {
    const top = await post('news', 'Hello **world** & <script>alert(1)</script>');
    const reply = await post('news', 'A _reply_', top.id);
    const hidden = await post('news', 'to be hidden');
    await moderator.del(`/api/comments/${hidden.id}`).expect(204);

    const res = await request(t.app)
      .get('/b/news/feed.atom')
      .set('Host', 'evil.example')
      .set('X-Forwarded-Host', 'evil.example')
      .set('X-Forwarded-Proto', 'http')
      .expect(200);

    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(await atomSchemaErrors(res.text)).toEqual([]);
    expect(res.text).not.toContain('evil.example');
    const feed = parseFeed(res.text);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('News & notes');
    expect(feed.description).toBe('Everything <new>');
    expect(feed.url).toBe(`${SITE}/b/news`);
    expect(feed.items.map((item) => item.title)).toEqual([
      `Reply by ${reply.username}`,
      `Comment by ${top.username}`,
    ]);
    const [replyItem, topItem] = feed.items;
    expect(topItem!.url).toBe(`${SITE}/b/news/c/${top.id}`);
    expect(replyItem!.url).toBe(`${SITE}/b/news/c/${top.id}#comment-${reply.id}`);
    expect(topItem!.authors.map((a) => a.name)).toEqual([top.username]);
    expect(topItem!.content).toContain('<strong>world</strong>');
    // The comment's html escaped once more for XML: the typed <script> stays text, never markup.
    // (The parser decodes entities twice, leniently, so this is checked on the document itself.)
    expect(res.text).toContain(
      '&lt;strong&gt;world&lt;/strong&gt; &amp;amp; &amp;lt;script&amp;gt;',
    );
    expect(topItem!.updated).toBeInstanceOf(Date);
    expect(replyItem!.content).toContain('<em>reply</em>');
  });

  it('when the board has more than 50 comments, then the feed holds the newest 50', async () => {
    await moderator
      .post('/api/boards', { slug: 'busy', title: 'Busy', visibility: 'public' })
      .expect(201);
    const ids: string[] = [];
    for (let i = 0; i < 52; i += 1) ids.push((await post('busy', `n${i}`)).id);
    const res = await request(t.app).get('/b/busy/feed.atom').expect(200);
    const feed = parseFeed(res.text);
    expect(feed.items).toHaveLength(50);
    expect(feed.items[0]!.url).toBe(`${SITE}/b/busy/c/${ids[51]}`);
    expect(await atomSchemaErrors(res.text)).toEqual([]);
  });

  it('when the board is empty, then the feed is valid with no entries', async () => {
    await moderator
      .post('/api/boards', { slug: 'quiet', title: 'Quiet', visibility: 'public' })
      .expect(201);
    const res = await request(t.app).get('/b/quiet/feed.atom').expect(200);
    expect(await atomSchemaErrors(res.text)).toEqual([]);
    expect(parseFeed(res.text).items).toEqual([]);
  });

  it('when the ETag is sent back unchanged, then 304 with no body', async () => {
    const first = await request(t.app).get('/b/news/feed.atom').expect(200);
    const again = await request(t.app)
      .get('/b/news/feed.atom')
      .set('If-None-Match', first.headers.etag as string)
      .expect(304);
    expect(again.text).toBe('');
  });

  it('when the board is members-only or unknown, then 404 (signed in too)', async () => {
    await post('inner', 'members only');
    await request(t.app).get('/b/inner/feed.atom').expect(404);
    await alice.get('/b/inner/feed.atom').expect(404);
    await request(t.app).get('/b/nowhere/feed.atom').expect(404);
  });

  it('when no SITE_URL is set (a local run), then links use the local URL the server listens on', async () => {
    const local = await createTestApp();
    try {
      const mod = await apiCaller(local, ['moderators']);
      await mod.post('/api/boards', { slug: 'here', title: 'Here', visibility: 'public' });
      const feed = parseFeed((await request(local.app).get('/b/here/feed.atom').expect(200)).text);
      expect(feed.url).toBe(`http://localhost:${local.config.port}/b/here`);
    } finally {
      local.close();
    }
  });

  it('when a feed is not well-formed Atom, then the schema check says so (the check can fail)', async () => {
    const broken = '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>';
    expect(await atomSchemaErrors(broken)).not.toEqual([]);
  });
});
