import type { Comment } from '../comments/comment';
import type { Board } from '../boards/board';

/** Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text made safe for XML content and attribute values. */
export function xmlEscape(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Where a board's pages live, from the site's configured URL (never from request headers). */
export interface FeedLinks {
  /** The board page. */
  board: string;
  /** This feed. */
  self: string;
  /** A comment's permalink (a reply's opens its thread). */
  comment: (comment: Comment) => string;
}

/**
 * An Atom 1.0 document (RFC 4287) of a board's newest comments and replies: each entry has the
 * author, a link to its permalink, `published`/`updated` and the rendered Markdown as escaped html.
 */
export function atomFeed(board: Board, comments: Comment[], links: FeedLinks): string {
  const updated = comments.reduce(
    (latest, c) => (c.updatedAt > latest ? c.updatedAt : latest),
    board.lastCommentAt ?? board.createdAt,
  );
  const entries = comments.map((c) => {
    const href = xmlEscape(links.comment(c));
    const kind = c.parentId ? 'Reply' : 'Comment';
    return [
      '  <entry>',
      `    <id>${href}</id>`,
      `    <title type="text">${xmlEscape(`${kind} by ${c.username ?? 'someone'}`)}</title>`,
      `    <author><name>${xmlEscape(c.username ?? 'someone')}</name></author>`,
      `    <link rel="alternate" type="text/html" href="${href}"/>`,
      `    <published>${c.createdAt}</published>`,
      `    <updated>${c.updatedAt}</updated>`,
      `    <content type="html">${xmlEscape(c.html)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(links.board)}</id>`,
    `  <title type="text">${xmlEscape(board.title)}</title>`,
    ...(board.description
      ? [`  <subtitle type="text">${xmlEscape(board.description)}</subtitle>`]
      : []),
    `  <updated>${updated}</updated>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(links.board)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(links.self)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
