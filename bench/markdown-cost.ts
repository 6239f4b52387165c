import { setImmediate as nextTurn } from 'node:timers/promises';
import { createMarkdownRenderer } from '../src/comments/comment-markdown';

/** What the listing's comments weigh and cost to render, in this process (no HTTP, no DynamoDB). */
export interface RenderCost {
  /** Characters of source text, html and JSON body of one listing of 20 comments. */
  textChars: number;
  htmlChars: number;
  listingBytes: number;
  /** markdown-it's time to render the 20 comments once (µs), median of the rounds. */
  renderUs: number;
}

const WARM_UP_ROUNDS = 200;
const ROUNDS = 1000;

/**
 * Renders `texts` with the app's own renderer, 200 rounds uncounted then the median of 1,000 timed
 * rounds: the part of a listing's CPU that storing the html at write time would save. It yields
 * between rounds: a blocked event loop would keep fetch's idle sockets past the server's keep-alive.
 */
export async function renderCost(texts: string[], listingBytes: number): Promise<RenderCost> {
  const markdown = createMarkdownRenderer();
  let htmlChars = 0;
  const times: number[] = [];
  for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round += 1) {
    const start = process.hrtime.bigint();
    htmlChars = texts.reduce((sum, text) => sum + markdown.render(text).length, 0);
    if (round >= WARM_UP_ROUNDS) times.push(Number(process.hrtime.bigint() - start) / 1000);
    await nextTurn();
  }
  times.sort((a, b) => a - b);
  return {
    textChars: texts.reduce((sum, text) => sum + text.length, 0),
    htmlChars,
    listingBytes,
    renderUs: times[Math.floor(times.length / 2)],
  };
}

/** Reads each board's first page once over HTTP and measures its texts' render cost. */
export async function listingRenderCosts(
  baseUrl: string,
  headers: Record<string, string>,
  paths: { plain: string; markdown: string },
): Promise<{ plain: RenderCost; markdown: RenderCost }> {
  const measure = async (path: string) => {
    const res = await fetch(`${baseUrl}${path}`, { headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    const { items } = JSON.parse(body) as { items: Array<{ text: string }> };
    return renderCost(
      items.map((item) => item.text),
      Buffer.byteLength(body),
    );
  };
  return { plain: await measure(paths.plain), markdown: await measure(paths.markdown) };
}
