import { spawn } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { tempDir } from './temp-dirs';
import type { LambdaBundle } from './lambda-bundles';
import { summarizeProfile } from './cpu-profile-summary';

/**
 * Medians over several fresh processes: spawn → answer (wall), the in-process parts, and the CPU
 * time the process used up to its answer (user + system, Node's own start included), which other
 * work on a shared machine disturbs far less than wall time.
 */
export interface ColdStart {
  runs: number;
  status: number;
  wallMs: number;
  cpuMs: number;
  loadMs: number;
  firstRequestMs: number;
}

interface Sample {
  status: number;
  wallMs: number;
  cpuMs: number;
  loadMs: number;
  firstRequestMs: number;
}

/** One cold start to measure: a bundle, the event it answers first, and its environment. */
export interface ColdStartCase {
  bundle: LambdaBundle;
  event: unknown;
  env: Record<string, string>;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

let probeFile: string | undefined;

/**
 * With BENCH_PROFILE_DIR set: one more, uncounted, cold start per case under `--cpu-prof`, its
 * profile summarised by owner (package or src/ folder, through the bundle's source map) into
 * `cold-<n>.txt` next to it while the unpacked bundle still exists.
 */
async function profileColdStarts(cases: ColdStartCase[], eventFiles: string[]): Promise<void> {
  const root = process.env.BENCH_PROFILE_DIR!;
  for (const [i, { bundle, env }] of cases.entries()) {
    const dir = path.join(root, `cold-${i}`);
    rmSync(dir, { recursive: true, force: true });
    await sample(bundle, eventFiles[i], env, dir);
    const profile = path.join(dir, readdirSync(dir)[0]);
    const rows = summarizeProfile(profile);
    const total = rows.reduce((sum, row) => sum + row.ms, 0);
    const text = [
      `${bundle.name} ${bundle.source}, event ${eventFiles[i]}: ${total.toFixed(0)} ms of samples`,
      ...rows.slice(0, 25).map((row) => `${row.ms.toFixed(1).padStart(8)} ms  ${row.owner}`),
    ].join('\n');
    writeFileSync(path.join(root, `cold-${i}.txt`), `${text}\n`);
  }
  console.log(`  CPU profiles of one cold start per case: ${root}/cold-*.txt`);
}

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

function sample(
  bundle: LambdaBundle,
  eventFile: string,
  env: Record<string, string>,
  profileDir?: string,
) {
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  return new Promise<Sample>((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [...profile, probe(), bundle.handlerFile, eventFile], {
      cwd: bundle.dir,
      env: {
        PATH: process.env.PATH,
        NODE_OPTIONS: '--enable-source-maps',
        AWS_REGION: 'us-east-1',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        LOG_LEVEL: 'INFO',
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
 * Runs `runs` fresh Node processes per case that each load the bundle's handler and answer the
 * event once. The cases take turns (one warm-up round, then case 1, case 2, … `runs` times), so a
 * burst of load on a shared machine hits every case alike. Wall time covers the whole process start,
 * which is what a Lambda cold start adds to a request.
 */
export async function measureColdStarts(
  cases: ColdStartCase[],
  runs: number,
): Promise<ColdStart[]> {
  const eventFiles = cases.map(({ event }) => {
    const file = path.join(tempDir('bench-event-'), 'event.json');
    writeFileSync(file, JSON.stringify(event));
    return file;
  });
  const samples: Sample[][] = cases.map(() => []);
  for (let round = 0; round <= runs; round += 1) {
    for (const [i, { bundle, env }] of cases.entries()) {
      const result = await sample(bundle, eventFiles[i], env);
      if (round > 0) samples[i].push(result);
    }
  }
  if (process.env.BENCH_PROFILE_DIR) await profileColdStarts(cases, eventFiles);
  return samples.map((own) => ({
    runs,
    status: own[0].status,
    wallMs: median(own.map((s) => s.wallMs)),
    cpuMs: median(own.map((s) => s.cpuMs)),
    loadMs: median(own.map((s) => s.loadMs)),
    firstRequestMs: median(own.map((s) => s.firstRequestMs)),
  }));
}
