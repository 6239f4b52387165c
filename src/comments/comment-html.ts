/**
 * Until the Markdown renderer (comment-markdown.ts, another branch) is wired in as the service's
 * `render`: the text escaped, in one paragraph.
 */
export function plainTextHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<p>${escaped}</p>`;
}
