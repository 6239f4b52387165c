import { COMMENT_LINK_REL, createMarkdownRenderer } from '../../../src/comments/comment-markdown';

const { render } = createMarkdownRenderer();
const REL = `rel="${COMMENT_LINK_REL}"`;

const ALLOWED_TAGS = new Set(
  ['p', 'br', 'em', 'strong', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a'].map(String),
);
const ALLOWED_HREF = /^(?:https?:\/\/[^/?#\s]|mailto:\S)/i;

/**
 * Every `<` that markdown-it leaves unescaped starts a tag: the html is safe when each tag is on the
 * allow-list and carries only known attributes (an http(s)/mailto href, the fixed rel, a title, a
 * `language-` class) — no event handler, style, src or other scheme can hide anywhere.
 */
function expectOnlySafeMarkup(html: string): void {
  for (const [, name, rest] of html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)) {
    expect(ALLOWED_TAGS).toContain(name);
    const attributes = [...rest.matchAll(/\s([a-z-]+)="([^"<>]*)"/g)];
    expect(rest.replace(/\s([a-z-]+)="([^"<>]*)"/g, '').replace(/\s*\/?$/, '')).toBe('');
    for (const [, attribute, value] of attributes) {
      if (attribute === 'href') expect(value).toMatch(ALLOWED_HREF);
      else if (attribute === 'rel') expect(value).toBe(COMMENT_LINK_REL);
      else if (attribute === 'class') expect(value).toMatch(/^language-[^\s]*$/);
      else if (attribute === 'tabindex') expect(`${name} ${value}`).toBe('pre 0');
      else expect(attribute).toBe('title');
    }
  }
}

describe('comment Markdown: what renders', () => {
  it.each([
    ['two paragraphs', 'one\n\ntwo', '<p>one</p>\n<p>two</p>'],
    ['a single newline', 'one\ntwo', '<p>one<br>\ntwo</p>'],
    [
      'emphasis and strong',
      '*soft* and **loud**',
      '<p><em>soft</em> and <strong>loud</strong></p>',
    ],
    ['underscore emphasis', '_soft_ __loud__', '<p><em>soft</em> <strong>loud</strong></p>'],
    ['strikethrough', '~~gone~~', '<p><s>gone</s></p>'],
    [
      'inline code, escaped',
      'use `a<b && c>d`',
      '<p>use <code>a&lt;b &amp;&amp; c&gt;d</code></p>',
    ],
    [
      'a fenced code block',
      '```js\nif (a < b) {}\n```',
      '<pre tabindex="0"><code class="language-js">if (a &lt; b) {}\n</code></pre>',
    ],
    [
      'an indented code block',
      '    x = 1\n    y = 2',
      '<pre tabindex="0"><code>x = 1\ny = 2\n</code></pre>',
    ],
    [
      'a blockquote',
      '> quoted\n\nreply',
      '<blockquote>\n<p>quoted</p>\n</blockquote>\n<p>reply</p>',
    ],
    ['a bullet list', '- a\n- b', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>'],
    ['a numbered list', '1. a\n2. b', '<ol>\n<li>a</li>\n<li>b</li>\n</ol>'],
  ])('when the text has %s, then it renders as Markdown', (_name, text, html) => {
    expect(render(text)).toBe(html);
  });

  it('when the text has an https link, then it is a link with the comment rel and no target', () => {
    const html = render('[docs](https://example.com/a?b=1#c)');

    expect(html).toBe(`<p><a href="https://example.com/a?b=1#c" ${REL}>docs</a></p>`);
    expect(html).not.toContain('target=');
  });

  it.each([
    ['http link', '[x](http://example.com)', `<a href="http://example.com" ${REL}>x</a>`],
    [
      'mailto link',
      '[mail me](mailto:a@example.com)',
      `<a href="mailto:a@example.com" ${REL}>mail me</a>`,
    ],
    [
      'bare https URL',
      'see https://example.com/x',
      `see <a href="https://example.com/x" ${REL}>https://example.com/x</a>`,
    ],
    [
      'bare e-mail address',
      'write to a@example.com',
      `write to <a href="mailto:a@example.com" ${REL}>a@example.com</a>`,
    ],
    [
      'angle-bracket autolink',
      '<https://example.com>',
      `<a href="https://example.com" ${REL}>https://example.com</a>`,
    ],
  ])('when the text has a %s, then it becomes a link', (_name, text, link) => {
    expect(render(text)).toBe(`<p>${link}</p>`);
  });

  it('when a link has a title with quotes, then the title is escaped inside its attribute', () => {
    const html = render('[x](https://example.com "say \\"hi\\" onmouseover=\'alert(1)\'")');

    expect(html).toBe(
      `<p><a href="https://example.com" title="say &quot;hi&quot; onmouseover='alert(1)'" ${REL}>x</a></p>`,
    );
    expectOnlySafeMarkup(html);
  });

  it('when a bare URL is very long, then it is one link holding the whole URL', () => {
    const url = `https://example.com/${'a'.repeat(1900)}?q=${'b'.repeat(50)}`;

    const html = render(`look: ${url} end`);

    expect(html).toBe(`<p>look: <a href="${url}" ${REL}>${url}</a> end</p>`);
  });

  it('when the text is empty, then the html is empty', () => {
    expect(render('')).toBe('');
  });
});

describe('comment Markdown: what stays text', () => {
  it.each([
    ['a heading', '# Big news', '<p># Big news</p>'],
    ['a setext heading', 'Big news\n===', '<p>Big news<br>\n===</p>'],
    ['a thematic break', 'a\n\n---', '<p>a</p>\n<p>---</p>'],
    [
      'a table',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '<p>| a | b |<br>\n|---|---|<br>\n| 1 | 2 |</p>',
    ],
    ['a bare www address', 'www.example.com', '<p>www.example.com</p>'],
    ['a file name that looks like a domain', 'see readme.md', '<p>see readme.md</p>'],
    ['an ftp URL', 'ftp://example.com/f', '<p>ftp://example.com/f</p>'],
    ['a relative link', '[x](/auth/sign-out)', '<p>[x](/auth/sign-out)</p>'],
    ['a protocol-relative link', '[x](//evil.example)', '<p>[x](//evil.example)</p>'],
    ['a fragment link', '[x](#top)', '<p>[x](#top)</p>'],
    [
      'an http image',
      '![cat](https://example.com/cat.png)',
      '<p>![cat](https://example.com/cat.png)</p>',
    ],
    ['raw html', '<b>bold</b>', '<p>&lt;b&gt;bold&lt;/b&gt;</p>'],
  ])('when the text has %s, then it shows as text', (_name, text, html) => {
    expect(render(text)).toBe(html);
  });
});

describe('comment Markdown: unsafe input is escaped', () => {
  it.each([
    ['a javascript: link', '[x](javascript:alert(1))'],
    ['a javascript: link in mixed case', '[x](JaVaScRiPt:alert(1))'],
    ['a javascript: link spelled with a hex entity', '[x](jav&#x61;script:alert(1))'],
    ['a javascript: link spelled with a decimal entity', '[x](&#106;avascript:alert(1))'],
    ['a javascript: link with a named entity colon', '[x](javascript&colon;alert(1))'],
    ['a javascript: link with leading spaces', '[x](   javascript:alert(1))'],
    ['a javascript: link with a tab in the scheme', '[x](<java\tscript:alert(1)>)'],
    ['a javascript: link with an encoded newline', '[x](java%0Ascript:alert(1))'],
    ['a javascript: link with a backslash escape', '[x](javascript\\:alert(1))'],
    ['a javascript: reference link', '[x][evil]\n\n[evil]: javascript:alert(1)'],
    ['a javascript: autolink', '<javascript:alert(1)>'],
    ['a javascript: autolink in upper case', '<JAVASCRIPT:alert(1)>'],
    ['a vbscript: link', '[x](vbscript:msgbox(1))'],
    ['a file: link', '[x](file:///etc/passwd)'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a data: image', '![x](data:image/png;base64,iVBORw0KGgo=)'],
    ['a data: autolink', '<data:text/html,<script>alert(1)</script>>'],
    ['an img with onerror', '<img src=x onerror=alert(1)>'],
    ['a script element', '<script>alert(1)</script>'],
    ['a script element across lines', '<script>\nalert(1)\n</script>'],
    ['a raw link with javascript:', '<a href="javascript:alert(1)">x</a>'],
    ['a style element', '<style>body{display:none}</style>'],
    ['an svg with onload', '<svg onload=alert(1)>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['html in emphasis', '***<img src=x onerror=alert(1)>***'],
    ['a javascript: link in strong', '**[x](javascript:alert(1))**'],
    ['emphasis spilling into a link text', '*[a*](javascript:alert(1))'],
    ['nested emphasis around a script', '_*__<script>__*_'],
    ['a link text that holds html', '[<img src=x onerror=alert(1)>](https://example.com)'],
    [
      'a link URL that breaks out of the attribute',
      '[x](https://example.com/"onmouseover="alert(1))',
    ],
    ['an image alt that breaks out', '![" onerror="alert(1)](https://example.com/x.png)'],
    ['a code fence info that breaks out', '```js" onclick="alert(1)\nx\n```'],
    ['html inside inline code', '`<script>alert(1)</script>`'],
  ])('when the text has %s, then no active markup comes out', (_name, text) => {
    const html = render(text);

    expectOnlySafeMarkup(html);
    expect(html).not.toMatch(/<(script|img|style|svg|iframe)\b/i);
    expect(html).not.toMatch(/href="(?!https?:|mailto:)/i);
  });

  it('when a javascript: link is refused, then its text stays visible', () => {
    expect(render('[click](javascript:alert(1))')).toBe('<p>[click](javascript:alert(1))</p>');
  });

  it('when raw html is typed, then the reader sees it as typed', () => {
    expect(render('<img src=x onerror=alert(1)>')).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;</p>',
    );
  });

  it('when an image alt holds quotes and markup, then the text shown is escaped', () => {
    const html = render('![<b>"x"</b>](https://example.com/x.png)');

    expect(html).toBe('<p>![&lt;b&gt;&quot;x&quot;&lt;/b&gt;](https://example.com/x.png)</p>');
  });

  it('when a bare URL has user info, then the link goes only to the host shown before the @', () => {
    expect(render('https://bank.example@evil.example/')).toBe(
      `<p><a href="https://bank.example" ${REL}>https://bank.example</a>@evil.example/</p>`,
    );
  });
});
