import { createBoard, seedComments } from './seed-comments';

/** Boards of the Markdown cost rows: the same listing, Markdown-heavy or plain-text comments. */
export const MARKDOWN_BOARD = 'bench-markdown';
export const PLAIN_BOARD = 'bench-plain';
/** Comments seeded on each (more than one page of 20, so the listing has a next page). */
export const BOARD_COMMENTS = 25;

const FENCE = '```';

/**
 * A Markdown-heavy comment of about 1.4 KB (2.5 KB of html): emphasis, links (inline, autolinked, mailto), inline
 * code, a fenced code block, ordered, bulleted and nested lists, a quote. `i` varies the text so
 * no two comments are the same.
 */
export function markdownComment(i: number): string {
  return [
    `**Comment ${i}: notes from the _migration_ review**`,
    '',
    `We moved the *listing* to a **single Query** and kept the \`board\` read for the other boards. See [the data model](https://example.com/docs/data-model#boards-${i}) and [the API notes](https://example.com/docs/api?page=${i}).`,
    '',
    '1. Check the `ConsistentRead` flag on every *own-write* read.',
    '2. Keep **conditional** writes wherever a race could _lose_ or double data.',
    '3. Measure with `npm run bench`, never with ***timed*** tests.',
    '',
    '- Emphasis: *one*, **two**, ***three***, ~~gone~~ and _under_',
    `- Links: https://example.com/issues/${i} and someone@example.com`,
    '- Nested:',
    '  - `code` inside a _list_ item',
    `  - a [second link](https://example.org/${i}/more?x=1&y=2) with **bold** text`,
    '',
    `${FENCE}ts`,
    `const page = await comments.list({ board: 'bench-${i}', limit: 20 });`,
    'for (const item of page.items) console.log(item.id, item.html.length);',
    `${FENCE}`,
    '',
    '> Quoted: rendering on read costs **CPU** on every listing;',
    '> storing the html costs *space* once, at write time.',
    '',
    `Then the *second* half: [one](https://example.net/${i}/a), [two](https://example.net/${i}/b), [three](https://example.net/${i}/c), each with \`inline code\` and **strong** words, _emphasis_ and ~~a strike~~.`,
    '',
    '- [ ] not a task list, only *brackets* and `code`',
    '- **Bold** then *italic* then `code` then [a link](https://example.com/last)',
    '',
    `Closing line ${i} with \`inline\`, *emphasis*, **strong** and a final <https://example.net/${i}>.`,
  ].join('\n');
}

const PROSE =
  'This comment is plain text of about the same length as its Markdown twin, written the way most ' +
  'people write on a board: ordinary sentences with commas and full stops, some numbers such as 20 ' +
  'and 1500, and no formatting at all so the renderer has nothing to do but wrap it in a paragraph. ';

/** Plain text of exactly `length` characters in three paragraphs, with no Markdown syntax in it. */
export function plainComment(i: number, length: number): string {
  const head = `Comment ${i}: `;
  let body = '';
  while (head.length + body.length < length) body += PROSE;
  // Two paragraph breaks each turn one space into two newlines: two characters fewer to start with.
  const text = `${head}${body}`.slice(0, length - 2);
  const third = Math.floor(length / 3);
  const at = [text.indexOf(' ', third), text.indexOf(' ', 2 * third)];
  return at.reduceRight((t, pos) => `${t.slice(0, pos)}\n\n${t.slice(pos + 1)}`, text);
}

/**
 * Creates both boards with the moderator's token and posts BOARD_COMMENTS comments to each as the
 * bench user: Markdown on one, plain text of the very same lengths on the other.
 */
export async function seedMarkdownBoards(
  baseUrl: string,
  tokens: { user: string; moderator: string },
): Promise<void> {
  for (const slug of [MARKDOWN_BOARD, PLAIN_BOARD]) {
    await createBoard(baseUrl, tokens.moderator, slug);
  }
  await seedComments(baseUrl, tokens.user, BOARD_COMMENTS, {
    path: `/api/boards/${MARKDOWN_BOARD}/comments`,
    text: markdownComment,
  });
  await seedComments(baseUrl, tokens.user, BOARD_COMMENTS, {
    path: `/api/boards/${PLAIN_BOARD}/comments`,
    text: (i) => plainComment(i, markdownComment(i).length),
  });
}
