import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;

beforeAll(async () => {
  t = await createTestApp();
  alice = await apiCaller(t);
});
afterAll(() => t.close());

const htmlOf = async (text: string): Promise<string> => {
  const posted = await alice.post('/api/comments', { text }).expect(201);
  const read = await alice.get(`/api/comments/${posted.body.id}`).expect(200);
  expect(read.body.html).toBe(posted.body.html);
  expect(read.body.text).toBe(text);
  return posted.body.html;
};

describe('comment html over the API', () => {
  it('when a comment uses Markdown, then html renders it and a bare URL is a nofollow link', async () => {
    const html = await htmlOf('**bold** and `code`\n\nsee https://example.com/a?b=1');
    expect(html).toBe(
      '<p><strong>bold</strong> and <code>code</code></p>\n<p>see <a href="https://example.com/a?b=1" rel="nofollow ugc noopener noreferrer">https://example.com/a?b=1</a></p>',
    );
  });

  it.each([
    ['raw script', '<script>alert(1)</script>', '<script'],
    ['img onerror', '<img src=x onerror=alert(1)>', '<img'],
    ['javascript: link', '[click](javascript:alert(1))', 'href="javascript'],
    ['entity-spelled javascript: link', '[x](jav&#x61;script:alert(1))', 'href='],
    ['data: URL', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'href='],
    ['image', '![pixel](https://tracker.example/p.png)', '<img'],
    ['autolink with javascript:', '<javascript:alert(1)>', 'href='],
  ])(
    'when the text holds a %s, then html keeps it as visible text, never markup',
    async (_, text, forbidden) => {
      const html = await htmlOf(text);
      expect(html).not.toContain(forbidden);
      expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/); // no event handler inside a real tag
      expect(html.startsWith('<p>')).toBe(true);
    },
  );

  it('when nested emphasis tricks are used, then only well-formed tags come out', async () => {
    const html = await htmlOf('***a* b** _c __d__ e_ <em>f</em>');
    expect(html).toContain('&lt;em&gt;f&lt;/em&gt;');
    const tags = [...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['p', 'em', 'strong']));
  });
});
