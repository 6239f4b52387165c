import MarkdownIt from 'markdown-it';

/** The `rel` every link in a comment carries: no ranking credit, no opener, no referrer. */
export const COMMENT_LINK_REL = 'nofollow ugc noopener noreferrer';

// Checked after markdown-it has decoded entities and percent-encoded the destination, so tricks
// such as `jav&#x61;script:` or a tab inside the scheme arrive here already spelled out. Anything
// that is not an absolute http(s) URL with a host or a mailto: address is refused, which also
// refuses relative and protocol-relative links: the same html is shown on pages at other paths and
// by API clients, where a relative link would point somewhere the author did not mean.
const ALLOWED_LINK = /^(?:https?:\/\/[^/?#\s]|mailto:[^\s])/i;

// Block rules a comment does not get. Headings: a comment must not out-rank the page's own <h1>/<h2>
// (screen readers navigate by headings, and axe checks their order), so `# text` stays as typed.
// Tables and thematic breaks are not in the comment feature set and tables overflow a phone.
const DISABLED_BLOCK_RULES = ['heading', 'lheading', 'table', 'hr'];

/** Renders comment Markdown to HTML that is safe to put in a page as it is. */
export interface MarkdownRenderer {
  /** HTML for one comment's source text (`""` for empty text). */
  render(text: string): string;
}

/** Builds the renderer once (per cold start); markdown-it's parser is reusable and stateless. */
export function createMarkdownRenderer(): MarkdownRenderer {
  const md = new MarkdownIt('default', {
    html: false,
    linkify: true,
    breaks: true,
    typographer: false,
  });
  md.disable(DISABLED_BLOCK_RULES);
  // Only bare http(s):// URLs and e-mail addresses; fuzzy matching would turn `readme.md` into a link.
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: true, fuzzyIP: false });
  md.validateLink = (url) => ALLOWED_LINK.test(url.trim());

  md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
    tokens[index].attrSet('rel', COMMENT_LINK_REL);
    return self.renderToken(tokens, index, options);
  };
  // An image is never loaded (no tracking pixels, no layout shifts): it shows as the text typed.
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const src = md.normalizeLinkText(String(token.attrGet('src') ?? ''));
    return md.utils.escapeHtml(`![${alt}](${src})`);
  };

  // A long code line scrolls inside its block; keyboard users must be able to focus it to scroll.
  for (const rule of ['fence', 'code_block'] as const) {
    const base = md.renderer.rules[rule]!;
    md.renderer.rules[rule] = (...args) => base(...args).replace(/^<pre>/, '<pre tabindex="0">');
  }

  return {
    render(text) {
      return md.render(text).trimEnd();
    },
  };
}
