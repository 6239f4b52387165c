import type { SmokeHttp } from './smoke-http';
import type { SmokeTarget } from './smoke-target';

/** What the checks share: the target, a browser-like client, and what earlier checks made. */
export interface SmokeContext {
  target: SmokeTarget;
  /** Holds the page session's cookies, as a browser would. */
  site: SmokeHttp;
  /** A client for the execute-api URL (AWS only). */
  direct?: SmokeHttp;
  made: {
    user?: { username: string; password: string };
    accessToken?: string;
    comment?: { id: string; text: string };
  };
}

/** One check: throws to fail, returns what it saw; `awsOnly` checks are skipped locally. */
export interface SmokeCheck {
  name: string;
  awsOnly?: boolean;
  /** What an earlier check must have made; without it this check does not run. */
  needs?: keyof SmokeContext['made'];
  run(ctx: SmokeContext): Promise<string>;
}

/** How one smoke check ended. */
export interface SmokeResult {
  name: string;
  outcome: 'pass' | 'fail' | 'skip';
  detail: string;
}

/** Throws `what` unless `ok`: a failed expectation, saying what was seen. */
export function expectThat(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

/** An error in a table cell: fetch's "fetch failed" says why only in its cause. */
function reasonOf(error: unknown): string {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  const cause = err.cause?.code ?? err.cause?.message;
  return cause ? `${err.message} (${cause})` : String(err.message ?? error);
}

/** Runs every check in order; one failing never stops the rest (the clean-up must run). */
export async function runSmokeChecks(
  checks: SmokeCheck[],
  ctx: SmokeContext,
): Promise<SmokeResult[]> {
  const results: SmokeResult[] = [];
  for (const check of checks) {
    const result = (outcome: SmokeResult['outcome'], detail: string) =>
      results.push({ name: check.name, outcome, detail });
    if (check.awsOnly && ctx.target.local) result('skip', 'skipped (local)');
    else if (check.needs && !ctx.made[check.needs])
      result('skip', 'not run: an earlier check failed');
    else {
      try {
        result('pass', await check.run(ctx));
      } catch (error) {
        result('fail', reasonOf(error));
      }
    }
  }
  return results;
}

/** A plain-text pass/fail table, one row per check, and the verdict on its last line. */
export function formatSmokeTable(results: SmokeResult[]): string {
  const label = (r: SmokeResult) => (r.outcome === 'fail' ? 'FAIL' : r.outcome);
  const width = Math.max(5, ...results.map((r) => r.name.length));
  const rows = results.map((r) =>
    `${r.name.padEnd(width)}  ${label(r).padEnd(6)}  ${r.detail}`.trimEnd(),
  );
  const failed = results.filter((r) => r.outcome === 'fail').length;
  const verdict =
    failed === 0 ? 'Smoke test passed.' : `Smoke test FAILED: ${failed} check(s) failed.`;
  return [`${'check'.padEnd(width)}  result  detail`, ...rows, '', verdict].join('\n');
}

/** The process exit code for a run: 0 only when no check failed. */
export function smokeExitCode(results: SmokeResult[]): number {
  return results.some((r) => r.outcome === 'fail') ? 1 : 0;
}
