import type { ColdStart } from './cold-start';
import type { LambdaBundle } from './lambda-bundles';
import type { LoadResult } from './load-runner';
import type { MachineInfo } from './machine';
import type { RenderCost } from './markdown-cost';
import type { PageWeight } from './page-weight';

/** Calls one request of a route makes to AWS services (averaged over several requests). */
export interface RouteCalls {
  route: string;
  dynamodb: number;
  cognito: number;
  detail: string;
}

/** Everything `npm run bench` measured; written to bench/results.json. */
export interface BenchResults {
  date: string;
  machine: MachineInfo;
  coldStart: {
    bundles: Array<Pick<LambdaBundle, 'name' | 'source' | 'zipBytes' | 'handlerBytes'>>;
    /** `ratio` compares wall times, `cpuRatio` CPU times (app ÷ hello). */
    rows: Array<{
      request: string;
      app: ColdStart;
      hello: ColdStart;
      ratio: number;
      cpuRatio: number;
    }>;
  };
  warm: {
    durationSec: number;
    connections: number;
    baseline: LoadResult[];
    baselineReqPerSec: number;
    /** hello's CPU time per request (µs), the mean of its two runs. */
    baselineCpuUs: number;
    /** The comments Query sent straight to dynalite: the stand-in's own ceiling. */
    standIn: LoadResult;
    /** `ratio` compares req/s with hello's; `cpuRatio` is hello's CPU per request ÷ the route's. */
    rows: Array<{ route: string } & LoadResult & { ratio: number; cpuRatio: number }>;
  };
  /** The app's log during the warm runs (deployed level, to a file) and what it cost one route. */
  logging: {
    level: string;
    route: string;
    lines: number;
    bytes: number;
    /** Share of the route's req/s lost to logging: 1 − with / without. */
    cost: number;
    /** CPU per request added by logging: with / without − 1. */
    cpuCost: number;
  };
  /** The board listing with Markdown-heavy comments against the same listing in plain text. */
  markdown: {
    plainRoute: string;
    markdownRoute: string;
    /** Markdown's req/s ÷ plain's. */
    ratio: number;
    /** Markdown's CPU per request ÷ plain's. */
    cpuRatio: number;
    plain: RenderCost;
    markdown: RenderCost;
  };
  pageWeight: PageWeight;
  calls: RouteCalls[];
}

function markdownLine(r: BenchResults): string {
  const md = r.markdown;
  const [plain, marked] = [md.plainRoute, md.markdownRoute].map((route) =>
    r.warm.rows.find((row) => row.route === route)!,
  );
  const extraUs = marked.cpuUsPerRequest! - plain.cpuUsPerRequest!;
  return [
    `Markdown on read: the listing of 20 Markdown-heavy comments (${n(md.markdown.textChars / 20)} characters each on average, ${n(md.markdown.htmlChars / 20)} of html) answers at ${n(md.ratio, 2)}× the req/s of the same listing in plain text of the same lengths (${n(md.plain.htmlChars / 20)} characters of html each)`,
    `and takes ${n(md.cpuRatio, 2)}× its CPU per request (${n(extraUs)} µs more).`,
    `Rendered in the bench process with the app's renderer, the 20 comments take ${n(md.markdown.renderUs)} µs (Markdown) and ${n(md.plain.renderUs)} µs (plain text) per listing, median of 1,000 rounds:`,
    `what storing the html at write time would save per listing. JSON body: ${kb(md.markdown.listingBytes)} (Markdown), ${kb(md.plain.listingBytes)} (plain text).`,
  ].join(' ');
}

const n = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes: number) => `${n(bytes / 1024, 1)} KB`;
const failures = (statuses: Record<string, number>) =>
  Object.entries(statuses)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, count]) => `${n(count)} × ${code}`)
    .join(', ');
const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');

/** Formats the results as Markdown tables (printed by the bench and pasted into the README). */
export function formatResults(r: BenchResults): string {
  const m = r.machine;
  // The "(logging off)" row makes the same calls as its route.
  const callsOf = (route: string) =>
    r.calls.find((c) => c.route === route.replace(/ \(logging off\)$/, ''));
  const [hello, app] = ['hello', 'app'].map((name) =>
    r.coldStart.bundles.find((b) => b.name === name)!,
  );
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}, load average ${m.loadAverage.join(' / ')} at start (${r.date}).`,
    '',
    `**Cold start** (fresh \`node\` process → handler loaded → first answer, LOG_LEVEL=INFO; median of ${r.coldStart.rows[0]?.app.runs} runs, app and hello taking turns; CPU = user + system time of the process up to its answer)`,
    '',
    table(
      [
        'first request',
        'app wall',
        'hello wall',
        'ratio (wall)',
        'app CPU',
        'hello CPU',
        'ratio (CPU)',
        'app: load + first request',
      ],
      r.coldStart.rows.map((row) => [
        row.request,
        `${n(row.app.wallMs)} ms`,
        `${n(row.hello.wallMs)} ms`,
        `${n(row.ratio, 2)}×`,
        `${n(row.app.cpuMs)} ms`,
        `${n(row.hello.cpuMs)} ms`,
        `${n(row.cpuRatio, 2)}×`,
        `${n(row.app.loadMs)} + ${n(row.app.firstRequestMs)} ms`,
      ]),
    ),
    '',
    `Bundles: app ${kb(app.zipBytes)} zipped (handler ${kb(app.handlerBytes)}; ${app.source}); hello ${kb(hello.zipBytes)} zipped (handler ${kb(hello.handlerBytes)}).`,
    '',
    `**Warm** (autocannon, ${r.warm.durationSec} s, ${r.warm.connections} connections per route; baseline: bare Express "hello" at ${n(r.warm.baselineReqPerSec)} req/s and ${n(r.warm.baselineCpuUs)} µs of server CPU per request; "vs hello (CPU)" = hello's CPU per request ÷ the route's)`,
    '',
    table(
      [
        'route',
        'req/s',
        'p50',
        'p99',
        'vs hello',
        'CPU/request',
        'vs hello (CPU)',
        'failed',
        'DynamoDB calls',
        'Cognito calls',
      ],
      r.warm.rows.map((row) => [
        row.route,
        n(row.reqPerSec),
        `${n(row.p50Ms)} ms`,
        `${n(row.p99Ms)} ms`,
        `${n(row.ratio, 2)}×`,
        `${n(row.cpuUsPerRequest ?? NaN)} µs`,
        `${n(row.cpuRatio, 2)}×`,
        row.failed ? failures(row.statuses) : '0',
        n(callsOf(row.route)?.dynamodb ?? NaN, 1),
        n(callsOf(row.route)?.cognito ?? NaN, 1),
      ]),
    ),
    '',
    `Logging: the app runs at LOG_LEVEL=${r.logging.level} (the deployed default) with its log going to a file: ${n(r.logging.lines)} lines (${kb(r.logging.bytes)}) during the warm runs. ${r.logging.route} with logging off (LOG_LEVEL=SILENT, same route, its own process) is the "(logging off)" row: logging costs ${n(100 * r.logging.cost)}% of that route's req/s and adds ${n(100 * r.logging.cpuCost)}% to its CPU per request.`,
    '',
    `DynamoDB stand-in ceiling: dynalite answers the list's Query directly at ${n(r.warm.standIn.reqPerSec)} req/s (p50 ${n(r.warm.standIn.p50Ms)} ms, p99 ${n(r.warm.standIn.p99Ms)} ms); GET /api/comments reaches ${n((100 * (r.warm.rows.find((row) => row.route === 'GET /api/comments')?.reqPerSec ?? NaN)) / r.warm.standIn.reqPerSec)}% of it.`,
    '',
    markdownLine(r),
    '',
    `Calls per request: ${r.calls.map((c) => `${c.route}: ${c.detail || 'none'}`).join('; ')}.`,
    '',
    '**Page weight** of `/comments` (20 comments)',
    '',
    table(
      ['resource', 'raw', 'gzip'],
      [r.pageWeight.html, ...r.pageWeight.assets]
        .map((w) => [w.url.replace(/^https?:\/\/[^/]+/, ''), kb(w.bytes), kb(w.gzipBytes)])
        .concat([['**total**', kb(r.pageWeight.totalBytes), kb(r.pageWeight.totalGzipBytes)]]),
    ),
    '',
    `Requests needed to show the first comment: ${r.pageWeight.requestsToFirstComment} (the comment is ${r.pageWeight.firstCommentInHtml ? '' : 'NOT '}in the HTML; render-blocking: ${r.pageWeight.renderBlocking.join(', ') || 'none'}).`,
  ].join('\n');
}
