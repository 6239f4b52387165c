import request from 'supertest';
import {
  apiTokens,
  createConfirmedUser,
  signInAgent,
  type SignedInAgent,
} from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let token: string;
let browser: SignedInAgent;

const CJK = '漢';
const EMOJI = '😀';
/** JSON with every UTF-16 unit written as a `\uXXXX` escape (what some clients send). */
const escapedJson = (text: string) =>
  `{"text":"${[...text]
    .map((c) => c.split('').map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`))
    .flat()
    .join('')}"}`;
const postJson = (raw: string) =>
  request(t.app)
    .post('/api/comments')
    .set('Authorization', `Bearer ${token}`)
    .set('Content-Type', 'application/json')
    .send(raw);
/** A urlencoded body as a browser sends it (every non-ASCII byte percent-encoded). */
const postForm = (fields: Record<string, string>) =>
  browser.agent
    .post('/comments')
    .set('Content-Type', 'application/x-www-form-urlencoded')
    .send(new URLSearchParams({ _csrf: browser.csrfToken, ...fields }).toString());

beforeAll(async () => {
  t = await createTestApp();
  const user = await createConfirmedUser(t);
  token = (await apiTokens(t, user.username, user.password)).accessToken;
  browser = await signInAgent(t, user.username, user.password);
});
afterAll(() => t.close());

describe('comment text made only of invisible characters', () => {
  const invisible = [
    '\u200B',
    '\u2800',
    '\u3164',
    '\u202E',
    '\uFEFF',
    '\u115F',
    '\u1160',
    '\uFFA0',
    '\u00AD',
    '\u2060\u3000\u00A0',
  ];

  it.each(invisible.map((text) => [text.codePointAt(0)!.toString(16), text]))(
    'when the API gets only U+%s, then it is 400 validation_error',
    async (_name, text) => {
      const res = await postJson(JSON.stringify({ text: `${text}${text} ${text}` }));
      expect([res.status, res.body.error.code]).toEqual([400, 'validation_error']);
    },
  );

  it('when the form gets only invisible characters, then the page is 400 with the form error and the text kept', async () => {
    const typed = '\u200B\u2800\u3164\u202E';
    const res = await postForm({ text: typed });
    expect(res.status).toBe(400);
    expect(res.text).toContain('aria-invalid="true"');
    expect(res.text).toContain(`>${typed}</textarea>`);
  });

  it('when visible text is wrapped in invisible characters, then it is accepted', async () => {
    const res = await postJson(JSON.stringify({ text: '\u200Bhello\u2800' }));
    expect(res.status).toBe(201);
  });
});

describe('body size limits', () => {
  it('when 2,000 emoji are sent as \\u-escaped JSON (about 24 KB), then the API stores them', async () => {
    const body = escapedJson(EMOJI.repeat(2000));
    expect(Buffer.byteLength(body)).toBeGreaterThan(24_000);
    const res = await postJson(body);
    expect(res.status).toBe(201);
    expect([...res.body.text]).toHaveLength(2000);
  });

  it('when 2,000 CJK characters with CRLF line breaks are sent as \\u-escaped JSON, then the API stores them', async () => {
    const res = await postJson(escapedJson(`${CJK.repeat(999)}\r\n`.repeat(2).trim()));
    expect(res.status).toBe(201);
  });

  it.each([
    ['CJK', CJK],
    ['emoji', EMOJI],
  ])('when 2,000 %s characters are posted from the form, then they are stored', async (_n, c) => {
    const res = await postForm({ text: c.repeat(2000) });
    expect(res.status).toBe(303);
    const page = await browser.agent.get('/comments');
    expect(page.text).toContain(c.repeat(2000));
  });

  it('when the form sends as much as the textarea allows but too many characters, then it is a 400 with the text kept, not a 413', async () => {
    const typed = CJK.repeat(4000);
    const res = await postForm({ text: typed });
    expect(res.status).toBe(400);
    expect(res.text).toContain(`>${typed}</textarea>`);
  });

  it('when a body really is too large, then both the API and the form answer 413', async () => {
    const api = await postJson(JSON.stringify({ text: 'x'.repeat(200_000) }));
    expect([api.status, api.body.error.code]).toEqual([413, 'payload_too_large']);
    const form = await postForm({ text: EMOJI.repeat(20_000) });
    expect(form.status).toBe(413);
    expect(form.headers['content-type']).toMatch(/text\/html/);
    expect(form.text).toContain('Back');
  });
});
