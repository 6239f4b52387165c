import { gzipSync } from 'node:zlib';

/** Bytes of one response, raw and gzip-compressed. */
export interface Weight {
  url: string;
  bytes: number;
  gzipBytes: number;
}

/** The page plus everything it loads; requests needed before the first comment can be shown. */
export interface PageWeight {
  html: Weight;
  assets: Weight[];
  totalBytes: number;
  totalGzipBytes: number;
  firstCommentInHtml: boolean;
  renderBlocking: string[];
  requestsToFirstComment: number;
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];

/** Asset URLs a page loads (stylesheets, scripts, images, icons) and which of them block rendering. */
export function pageAssets(html: string): { urls: string[]; renderBlocking: string[] } {
  const urls: string[] = [];
  const renderBlocking: string[] = [];
  const head = html.split(/<\/head>/i)[0];
  for (const tag of html.match(/<(link|script|img)\b[^>]*>/gi) ?? []) {
    const isLink = /^<link/i.test(tag);
    const rel = attr(tag, 'rel') ?? '';
    if (isLink && !/stylesheet|icon|preload|modulepreload/i.test(rel)) continue;
    const url = isLink ? attr(tag, 'href') : attr(tag, 'src');
    if (!url || url.startsWith('data:')) continue;
    urls.push(url);
    const blockingCss =
      isLink && /stylesheet/i.test(rel) && !/print/i.test(attr(tag, 'media') ?? '');
    const blockingJs = /^<script/i.test(tag) && !/\s(defer|async)\b|type="module"/i.test(tag);
    if ((blockingCss || blockingJs) && head.includes(tag)) renderBlocking.push(url);
  }
  return { urls: [...new Set(urls)], renderBlocking };
}

async function weigh(url: string, headers: Record<string, string>): Promise<Weight> {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  return { url, bytes: body.length, gzipBytes: gzipSync(body).length };
}

/** Loads `path` with `cookie` and every asset it references; `firstComment` is text expected in the HTML. */
export async function measurePageWeight(
  baseUrl: string,
  path: string,
  cookie: string,
  firstComment: string,
): Promise<PageWeight> {
  const page = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  const text = await page.text();
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
  const body = Buffer.from(text);
  const html = { url: path, bytes: body.length, gzipBytes: gzipSync(body).length };
  const { urls, renderBlocking } = pageAssets(text);
  const assets = await Promise.all(urls.map((url) => weigh(new URL(url, baseUrl).href, {})));
  const firstCommentInHtml = text.includes(firstComment);
  return {
    html,
    assets,
    totalBytes: html.bytes + assets.reduce((sum, a) => sum + a.bytes, 0),
    totalGzipBytes: html.gzipBytes + assets.reduce((sum, a) => sum + a.gzipBytes, 0),
    firstCommentInHtml,
    renderBlocking,
    requestsToFirstComment: firstCommentInHtml ? 1 + renderBlocking.length : NaN,
  };
}
