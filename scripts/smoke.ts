import { parseSmokeArgs } from './cli-args';
import { reportFailure } from './report-failure';
import { CLEANUP_CHECKS, JOURNEY_CHECKS } from './smoke-checks';
import { EDGE_CHECKS } from './smoke-edge-checks';
import { createSmokeHttp } from './smoke-http';
import { formatSmokeTable, runSmokeChecks, smokeExitCode } from './smoke-run';
import { openSmokeTarget } from './smoke-target';

/**
 * `npm run smoke -- --stage dev` after a deploy, or `-- --local` against a running `npm start`: a
 * throw-away user's journey plus the front door's checks, then clean-up; prints a pass/fail table
 * and exits 1 when any check failed.
 */
async function main(): Promise<void> {
  const args = parseSmokeArgs(process.argv.slice(2));
  const target = await openSmokeTarget(args);
  const where = target.local ? 'npm start' : `stage ${args.stage} (${args.region})`;
  console.log(`Smoke test of ${target.siteUrl} (${where})\n`);
  try {
    const results = await runSmokeChecks([...JOURNEY_CHECKS, ...EDGE_CHECKS, ...CLEANUP_CHECKS], {
      target,
      site: createSmokeHttp(target.siteUrl),
      direct: target.directApiUrl ? createSmokeHttp(target.directApiUrl) : undefined,
      made: {},
    });
    console.log(formatSmokeTable(results));
    process.exitCode = smokeExitCode(results);
  } finally {
    target.cognito.destroy();
  }
}

main().catch((error: unknown) => reportFailure('smoke', error));
