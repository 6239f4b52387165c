import request from 'supertest';
import { createConfirmedUser, signInAgent, type SignedInAgent } from '../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let alice: SignedInAgent;
let bob: SignedInAgent;

/** Words of API clients that must not reach a person's page. */
const API_WORDS = [
  /cursor/i,
  /\bPOST\b/,
  /\bGET\b/,
  /\blimit\b/i,
  /\b[a-z]+_[a-z_]+\b/, // error codes such as invalid_cursor
  /\btext (must|is)\b/,
  /idempotency/i,
  /\bJSON\b/,
  /\bcharset\b/i,
];

/** What a person reads: the page without its head, scripts, tags and attributes. */
function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#34;|&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const form = (who: SignedInAgent, fields: Record<string, string>) =>
  who.agent
    .post('/comments')
    .type('form')
    .send({ _csrf: who.csrfToken, ...fields });

beforeAll(async () => {
  t = await createTestApp();
  const [a, b] = await Promise.all([createConfirmedUser(t), createConfirmedUser(t)]);
  [alice, bob] = await Promise.all([
    signInAgent(t, a.username, a.password),
    signInAgent(t, b.username, b.password),
  ]);
});
afterAll(() => t.close());

describe('error pages speak to people', () => {
  it('when every page error path is crawled, then none shows API words (cursor, POST, limit, codes, field names)', async () => {
    const posted = await form(alice, { text: 'to be protected' });
    expect(posted.status).toBe(303);
    const id = /id="comment-([0-9A-Z]{26})"/.exec((await alice.agent.get('/comments')).text)![1];
    const foreignCursor = Buffer.from(JSON.stringify({ v: 1, b: 'other', id })).toString(
      'base64url',
    );
    const key = /name="idempotencyKey" value="([^"]+)"/.exec(
      (await alice.agent.get('/comments')).text,
    )![1];
    await form(alice, { text: 'first', idempotencyKey: key });

    const crawl: Array<[string, () => Promise<request.Response>]> = [
      ['tampered cursor', () => alice.agent.get('/comments?cursor=garbage!')],
      ['foreign cursor', () => alice.agent.get(`/comments?cursor=${foreignCursor}`)],
      ['405 on the board', () => alice.agent.put('/comments')],
      ['405 on delete', () => alice.agent.delete(`/comments/${id}/delete`)],
      ['405 on healthz', () => request(t.app).post('/healthz')],
      ['405 on login', () => request(t.app).put('/login')],
      ['404 page', () => alice.agent.get('/nowhere')],
      ['404 asset', () => request(t.app).get('/public/missing.js')],
      ['too long text', () => form(alice, { text: 'x'.repeat(2100) })],
      ['empty text', () => form(alice, { text: '  ' })],
      ['missing text', () => form(alice, {})],
      ['invisible text', () => form(alice, { text: '\u200B\u3164' })],
      ['control character', () => form(alice, { text: 'bell \u0007' })],
      ['reused form key', () => form(alice, { text: 'second', idempotencyKey: key })],
      ['413 form', () => form(alice, { text: '😀'.repeat(20_000) })],
      [
        'unsupported charset',
        () =>
          alice.agent
            .post('/comments')
            .set('Content-Type', 'application/x-www-form-urlencoded; charset=koi8-r')
            .send(`_csrf=${alice.csrfToken}&text=hi`),
      ],
      ['JSON sent to a page', () => alice.agent.post('/comments').send({ text: 'hi' })],
      ['CSRF missing', () => alice.agent.post('/comments').type('form').send({ text: 'x' })],
      ['not the author', () => bob.agent.get(`/comments/${id}/delete`)],
      [
        'not the author posting',
        () => bob.agent.post(`/comments/${id}/delete`).type('form').send({ _csrf: bob.csrfToken }),
      ],
    ];
    const findings: string[] = [];
    for (const [name, run] of crawl) {
      const res = await run();
      if (res.status < 400) findings.push(`${name}: expected an error, got ${res.status}`);
      if (!/text\/html/.test(String(res.headers['content-type']))) {
        findings.push(`${name}: not a page (${res.headers['content-type']})`);
        continue;
      }
      const text = visibleText(res.text);
      for (const word of API_WORDS) {
        const hit = word.exec(text);
        if (hit) findings.push(`${name} (${res.status}): "${hit[0]}" in "${text.trim()}"`);
      }
    }
    expect(findings).toEqual([]);
  });
});
