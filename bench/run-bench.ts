import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { signIn } from '../test/helpers/http-sign-in';
import { seedComments } from './seed-comments';
import {
  benchRoutes,
  countCalls,
  loginRoute,
  MARKDOWN_LIST_ROUTE,
  PLAIN_LIST_ROUTE,
  standInQuery,
} from './bench-routes';
import { startBenchStack } from './bench-stack';
import { coldStartRows } from './cold-start-rows';
import { runLoad, type LoadResult, type RouteTarget } from './load-runner';
import { machineInfo } from './machine';
import { listingRenderCosts } from './markdown-cost';
import { seedMarkdownBoards } from './markdown-comments';
import { measurePageWeight } from './page-weight';
import { formatResults, type BenchResults } from './results-table';
import { startServerProcess } from './server-process';
import { removeTempDirs, tempDir } from './temp-dirs';

const RESULTS = path.join(__dirname, 'results.json');
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 7);
const DURATION = Number(process.env.BENCH_DURATION_SEC ?? 10);
/** The route measured twice, with the deployed log level and with logging off. */
const LOGGING_ROUTE = 'GET /api/me';
const LOGGING_OFF = ' (logging off)';

async function helloBaseline() {
  const hello = await startServerProcess('hello');
  try {
    return await runLoad(
      hello.url,
      { name: 'hello', method: 'GET', path: '/healthz' },
      { durationSec: DURATION, server: hello },
    );
  } finally {
    await hello.stop();
  }
}

/** The same route on a second app process with logging off: what the INFO log line costs. */
async function withoutLogging(env: Record<string, string>, target: RouteTarget) {
  const quiet = await startServerProcess('app', { ...env, LOG_LEVEL: 'SILENT' });
  try {
    return await runLoad(quiet.url, target, { durationSec: DURATION, server: quiet });
  } finally {
    await quiet.stop();
  }
}

function logFileStats(file: string) {
  const text = readFileSync(file, 'utf8');
  return { lines: text.split('\n').filter(Boolean).length, bytes: Buffer.byteLength(text) };
}

async function main(): Promise<void> {
  const started = new Date().toISOString();
  const machine = machineInfo();
  console.log(`Bench on ${machine.cpu} × ${machine.cores}, Node ${machine.node}`);
  const stack = await startBenchStack();
  const logFile = path.join(tempDir('bench-logs-'), 'app.log');
  const server = await startServerProcess('app', stack.env, logFile).catch(async (error: Error) => {
    await stack.stop();
    throw error;
  });
  try {
    const session = await signIn(server.url, stack.user);
    await seedComments(server.url, session.accessToken, 25);
    const moderator = await signIn(server.url, stack.moderator);
    await seedMarkdownBoards(server.url, {
      user: session.accessToken,
      moderator: moderator.accessToken,
    });
    const targets = benchRoutes(session);
    const pathOf = (route: string) => targets.find((target) => target.name === route)!.path;
    const renderCosts = await listingRenderCosts(server.url, targets[1].headers!, {
      plain: pathOf(PLAIN_LIST_ROUTE),
      markdown: pathOf(MARKDOWN_LIST_ROUTE),
    });
    console.log('Counting AWS calls per request...');
    const calls = await countCalls(server, [...targets, loginRoute(stack.user)]);
    const newest = (await (
      await fetch(`${server.url}/api/comments?limit=1`, { headers: targets[1].headers })
    ).json()) as {
      items: Array<{ text: string }>;
    };
    const pageWeight = await measurePageWeight(
      server.url,
      '/comments',
      session.cookie,
      newest.items[0].text,
    );

    console.log('Warm runs (hello baseline, then each route, then hello again)...');
    const baseline = [await helloBaseline()];
    const warm: Array<{ route: string } & LoadResult> = [];
    for (const target of [...targets, loginRoute(stack.user)]) {
      console.log(`  ${target.name}`);
      warm.push({
        route: target.name,
        ...(await runLoad(server.url, target, { durationSec: DURATION, server })),
      });
      if (target.name !== LOGGING_ROUTE) continue;
      console.log(`  ${LOGGING_ROUTE} with logging off`);
      warm.push({
        route: `${LOGGING_ROUTE}${LOGGING_OFF}`,
        ...(await withoutLogging(stack.env, target)),
      });
    }
    const rowOf = (route: string) => warm.find((row) => row.route === route)!;
    const [logged, unlogged] = [LOGGING_ROUTE, `${LOGGING_ROUTE}${LOGGING_OFF}`].map(rowOf);
    const [plainList, markdownList] = [PLAIN_LIST_ROUTE, MARKDOWN_LIST_ROUTE].map(rowOf);
    baseline.push(await helloBaseline());
    const baselineReqPerSec = (baseline[0].reqPerSec + baseline[1].reqPerSec) / 2;
    const baselineCpuUs = (baseline[0].cpuUsPerRequest! + baseline[1].cpuUsPerRequest!) / 2;
    console.log('  dynalite Query (direct)');
    const standIn = await runLoad(stack.dynamoEndpoint, standInQuery, { durationSec: DURATION });

    console.log('Cold starts...');
    const coldStart = await coldStartRows(stack, session.accessToken, COLD_RUNS);

    const results: BenchResults = {
      date: started,
      machine,
      coldStart,
      warm: {
        durationSec: DURATION,
        connections: 50,
        baseline,
        baselineReqPerSec,
        baselineCpuUs,
        standIn,
        rows: warm.map((row) => ({
          ...row,
          ratio: row.reqPerSec / baselineReqPerSec,
          cpuRatio: baselineCpuUs / row.cpuUsPerRequest!,
        })),
      },
      logging: {
        level: 'INFO',
        route: LOGGING_ROUTE,
        ...logFileStats(logFile),
        cost: 1 - logged.reqPerSec / unlogged.reqPerSec,
        cpuCost: logged.cpuUsPerRequest! / unlogged.cpuUsPerRequest! - 1,
      },
      markdown: {
        plainRoute: PLAIN_LIST_ROUTE,
        markdownRoute: MARKDOWN_LIST_ROUTE,
        ratio: markdownList.reqPerSec / plainList.reqPerSec,
        cpuRatio: markdownList.cpuUsPerRequest! / plainList.cpuUsPerRequest!,
        ...renderCosts,
      },
      pageWeight,
      calls,
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${formatResults(results)}\n\nWrote ${path.relative(process.cwd(), RESULTS)}`);
  } finally {
    await server.stop();
    await stack.stop();
    removeTempDirs();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
