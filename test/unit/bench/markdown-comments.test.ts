import { markdownComment, plainComment } from '../../../bench/markdown-comments';
import { createMarkdownRenderer } from '../../../src/comments/comment-markdown';

describe('bench comments for the Markdown rows', () => {
  const markdown = createMarkdownRenderer();

  it('when a Markdown comment is rendered, then it has emphasis, links, code, a code block and nested lists, within the 1-2 KB the bench claims', () => {
    const text = markdownComment(7);

    const html = markdown.render(text);

    expect(text.length).toBeGreaterThanOrEqual(1000);
    expect(text.length).toBeLessThanOrEqual(2000);
    for (const tag of ['<strong>', '<em>', '<s>', '<a href="https://', '<code>', '<pre', '<ol>']) {
      expect(html).toContain(tag);
    }
    expect(html).toMatch(/<ul>[\s\S]*<ul>/);
  });

  it('when the plain twin is built, then it has exactly the Markdown comment length and renders to paragraphs only', () => {
    const length = markdownComment(12).length;

    const text = plainComment(12, length);
    const html = markdown.render(text);

    expect(text).toHaveLength(length);
    expect(text).not.toMatch(/[*_`[\]#>~<]|https?:/);
    expect(html.replace(/<\/?p>/g, '')).not.toContain('<');
    expect(html.match(/<p>/g)).toHaveLength(3);
  });
});
