import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { CfnTemplate } from './cloudformation-template';

const run = promisify(execFile);

/** The repository root: `serverless` must run here (serverless-esbuild globs patterns from the cwd). */
export const SERVICE_DIR = path.resolve(__dirname, '../..');

/** What `npm run package` produced, and how long it took this run. */
export interface PackagedService {
  templateFile: string;
  zipFile: string;
  zipBytes: number;
  seconds: number;
}

/** Env for serverless offline and package: no telemetry, no credentials, nothing from our AWS env. */
export function serverlessEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SLS_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of Object.keys(env))
    if (/^AWS_(ACCESS|SECRET|SESSION|PROFILE)/.test(key)) delete env[key];
  return env;
}

function runDir(): string {
  const dir = process.env.TEST_DATA_DIR;
  if (!dir) throw new Error('TEST_DATA_DIR is not set: run the deploy tests through jest');
  return dir;
}

async function withLock<T>(lockDir: string, fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmdirSync(lockDir);
  }
}

async function packageNow(): Promise<PackagedService> {
  const started = Date.now();
  const options = { cwd: SERVICE_DIR, env: serverlessEnv(), maxBuffer: 16 * 1024 * 1024 };
  await run(path.join(SERVICE_DIR, 'node_modules/.bin/tsx'), ['scripts/build-assets.ts'], options);
  await run(
    path.join(SERVICE_DIR, 'node_modules/.bin/serverless'),
    ['package', '--stage', 'dev', '--region', 'us-east-1'],
    options,
  );
  const zipFile = path.join(SERVICE_DIR, '.serverless/comment-board.zip');
  return {
    templateFile: path.join(SERVICE_DIR, '.serverless/cloudformation-template-update-stack.json'),
    zipFile,
    zipBytes: statSync(zipFile).size,
    seconds: (Date.now() - started) / 1000,
  };
}

/**
 * Runs `npm run package` (build:assets + `serverless package --stage dev`) once per jest run, shared
 * by every deploy test file; later callers in the same run reuse the result.
 */
export async function packagedService(): Promise<PackagedService> {
  const marker = path.join(runDir(), 'packaged.json');
  return withLock(path.join(runDir(), 'package.lock'), async () => {
    if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8')) as PackagedService;
    const result = await packageNow();
    writeFileSync(marker, JSON.stringify(result));
    console.log(
      `serverless package: ${result.seconds.toFixed(1)} s, zip ${(result.zipBytes / 1024).toFixed(0)} KiB`,
    );
    return result;
  });
}

/**
 * The resources, conditions and outputs of serverless.yml as `serverless print` resolves them for
 * the given `--param`s: what differs between param variants, without a full package (which would
 * overwrite the shared `.serverless` folder other test files read).
 */
export async function printedResources(
  params: string[],
): Promise<Pick<CfnTemplate, 'Resources' | 'Conditions' | 'Outputs'>> {
  const { stdout } = await run(
    path.join(SERVICE_DIR, 'node_modules/.bin/serverless'),
    [
      'print',
      ...['--stage', 'dev', '--region', 'us-east-1', '--format', 'json'],
      ...params.map((param) => `--param=${param}`),
    ],
    { cwd: SERVICE_DIR, env: serverlessEnv(), maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout).resources;
}
