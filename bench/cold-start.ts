import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { tempDir } from './temp-dirs';
import type { LambdaBundle } from './lambda-bundles';

/** Medians over several fresh processes: spawn → answer (wall), and the in-process parts. */
export interface ColdStart {
  runs: number;
  status: number;
  wallMs: number;
  loadMs: number;
  firstRequestMs: number;
}

interface Sample {
  status: number;
  wallMs: number;
  loadMs: number;
  firstRequestMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

let probeFile: string | undefined;

/** Compiles bench/cold-start-probe.ts to plain JS once, so the timed process runs no TypeScript loader. */
function probe(): string {
  if (probeFile) return probeFile;
  probeFile = path.join(tempDir('bench-probe-'), 'probe.js');
  buildSync({
    entryPoints: [path.join(__dirname, 'cold-start-probe.ts')],
    outfile: probeFile,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  });
  return probeFile;
}

function sample(bundle: LambdaBundle, eventFile: string, env: Record<string, string>) {
  return new Promise<Sample>((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [probe(), bundle.handlerFile, eventFile], {
      cwd: bundle.dir,
      env: {
        PATH: process.env.PATH,
        NODE_OPTIONS: '--enable-source-maps',
        AWS_REGION: 'us-east-1',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        LOG_LEVEL: 'WARN',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.once('exit', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        reject(new Error(`cold-start probe of ${bundle.name} failed (${code}):\n${err}${out}`));
        return;
      }
      const parsed = JSON.parse(line) as Omit<Sample, 'wallMs'>;
      resolve({ ...parsed, wallMs });
    });
  });
}

/**
 * Runs `runs` fresh Node processes that each load the bundle's handler and answer `event` once.
 * Wall time covers the whole process start, which is what a Lambda cold start adds to a request.
 */
export async function measureColdStart(
  bundle: LambdaBundle,
  event: unknown,
  env: Record<string, string>,
  runs: number,
): Promise<ColdStart> {
  const eventFile = path.join(tempDir('bench-event-'), 'event.json');
  writeFileSync(eventFile, JSON.stringify(event));
  await sample(bundle, eventFile, env);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await sample(bundle, eventFile, env));
  return {
    runs,
    status: samples[0].status,
    wallMs: median(samples.map((s) => s.wallMs)),
    loadMs: median(samples.map((s) => s.loadMs)),
    firstRequestMs: median(samples.map((s) => s.firstRequestMs)),
  };
}
