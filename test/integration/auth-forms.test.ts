import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { csrfFieldOf } from '../helpers/auth-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PASSWORD = 'Str0ng-Passw0rd';
const newName = () => `form-${randomUUID().slice(0, 8)}`;

/** A fresh browser on `page` that posts that page's form with `fields`. */
async function submit(page: string, fields: Record<string, string>) {
  const agent = request.agent(t.app);
  const form = await agent.get(page);
  return agent
    .post(page)
    .type('form')
    .send({ _csrf: csrfFieldOf(form.text), ...fields });
}

/** The opening tag of the input with this id. */
const inputTag = (html: string, id: string): string =>
  new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? '';

describe('auth forms show every problem at once', () => {
  it('when sign-up is sent with every field wrong, then each problem is next to its field, all marked, focus on the first', async () => {
    const res = await submit('/signup', { username: '', email: 'not-an-email', password: 'weak' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/role="alert"[^>]*>[^<]*3 marked fields/);
    expect(res.text).toMatch(/id="username-error" class="field-error">Please enter a username/);
    expect(res.text).toMatch(/id="email-error" class="field-error">Please enter a valid email/);
    expect(res.text).toMatch(/id="password-error" class="field-error">That password is too weak/);
    for (const id of ['username', 'email', 'password']) {
      expect(inputTag(res.text, id)).toContain('aria-invalid="true"');
      expect(inputTag(res.text, id)).toMatch(new RegExp(`aria-describedby="[^"]*${id}-error"`));
    }
    expect(inputTag(res.text, 'username')).toContain('autofocus');
    expect(res.text.match(/autofocus/g)).toHaveLength(1);
    expect(res.text).toContain('value="not-an-email"');
  });

  it('when sign-in is sent empty, then both fields say what is missing and the first has the focus', async () => {
    const res = await submit('/login', { username: '', password: '' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('id="username-error"');
    expect(res.text).toContain('id="password-error"');
    expect(inputTag(res.text, 'username')).toMatch(/aria-invalid="true".*autofocus/);
    expect(inputTag(res.text, 'password')).toContain('aria-invalid="true"');
  });

  it('when confirm is sent with only a username, then the code field alone is marked and focused', async () => {
    const res = await submit('/confirm', { username: 'someone', code: '' });
    expect(res.status).toBe(400);
    expect(inputTag(res.text, 'username')).not.toContain('aria-invalid');
    expect(inputTag(res.text, 'code')).toMatch(/aria-describedby="code-where code-error"/);
    expect(inputTag(res.text, 'code')).toMatch(/aria-invalid="true" autofocus/);
  });

  it('when the JSON sign-up has several problems, then one 400 validation_error lists them all', async () => {
    const res = await request(t.app)
      .post('/api/auth/signup')
      .send({ username: '', email: 'nope', password: 'weak' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_error');
    expect(res.body.error.message).toMatch(/username.*email.*too weak/);
  });
});

describe('usernames follow Cognito’s rule locally too', () => {
  it.each([
    ['a space', 'two words'],
    ['a tab', 'tab\tname'],
    ['a zero-width space (U+200B)', 'zero\u200bwidth'],
    ['a right-to-left override (U+202E)', '\u202eevil'],
    ['a line separator (U+2028)', 'line\u2028sep'],
    ['a no-break space (U+00A0)', 'no\u00a0break'],
    ['a control character (BEL)', 'bell\u0007'],
    ['129 characters', 'x'.repeat(129)],
  ])(
    'when the JSON sign-up username has %s, then 400 invalid_username saying what is allowed',
    async (_name, username) => {
      const res = await request(t.app)
        .post('/api/auth/signup')
        .send({ username, email: 'a@example.com', password: PASSWORD });
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({
        code: 'invalid_username',
        message: expect.stringMatching(/letters, numbers, punctuation or symbols, up to 128/),
      });
    },
  );

  it('when the sign-up page username has an invisible character, then 400 with the rule next to it', async () => {
    const res = await submit('/signup', {
      username: 'zero\u200bwidth',
      email: 'a@example.com',
      password: PASSWORD,
    });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/id="username-error" class="field-error">Use letters, numbers/);
    expect(inputTag(res.text, 'username')).toContain('aria-invalid="true"');
  });

  it('when the sign-up page is opened, then the rule is stated before typing and linked to the field', async () => {
    const res = await request(t.app).get('/signup');
    expect(inputTag(res.text, 'username')).toContain('aria-describedby="username-hint"');
    expect(res.text).toMatch(/id="username-hint"[^>]*>[^<]*no spaces or invisible characters/);
  });

  it.each([
    ['accents and punctuation', () => `Zoë.O'Brien-${randomUUID().slice(0, 4)}`],
    ['CJK letters', () => `名前${randomUUID().slice(0, 4)}`],
    ['128 characters', () => `${newName()}`.padEnd(128, 'y')],
  ])('when the username has %s, then sign-up is accepted', async (_name, username) => {
    const name = username();
    const res = await request(t.app)
      .post('/api/auth/signup')
      .send({ username: name, email: 'ok@example.com', password: PASSWORD });
    expect(res.status).toBe(201);
  });
});
