import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { httpApiEvent } from '../test/helpers/api-gateway-events';
import { bundleOwners } from './bundle-owners';
import { measureColdStarts } from './cold-start';
import { buildHelloBundle, bundleAppAt, loadAppBundle } from './lambda-bundles';
import { removeTempDirs, tempDir } from './temp-dirs';

const ROOT = path.resolve(__dirname, '..');
/** Enough for the config of every version so far; /healthz calls nothing. */
const HEALTH_ENV = {
  COMMENTS_TABLE: 'comments',
  COGNITO_USER_POOL_ID: 'local_bench',
  COGNITO_CLIENT_ID: 'bench',
  DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
  COGNITO_ENDPOINT: 'http://127.0.0.1:9',
};

/** `commit`'s src/, views/ and public/ in a temp folder, resolving packages from this checkout. */
function checkoutAt(commit: string): string {
  const dir = tempDir('bench-commit-');
  const archive = execFileSync(
    'git',
    ['archive', commit, 'src', 'views', 'public', 'tsconfig.json'],
    {
      cwd: ROOT,
      maxBuffer: 64 * 1024 ** 2,
    },
  );
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const manifest = path.join(ROOT, '.build/asset-manifest.json');
  if (existsSync(manifest)) {
    mkdirSync(path.join(dir, '.build'));
    cpSync(manifest, path.join(dir, '.build/asset-manifest.json'));
  }
  return dir;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * `npx tsx bench/compare-commit.ts <commit> [runs]`: what the app gained since `commit`, in one run
 * on one machine: the handler's bytes by owner (largest changes), and cold `/healthz` of hello, the
 * commit's bundle and today's package (the .serverless zip, else src/ bundled), taking turns.
 * Packages resolve from this checkout's node_modules, so only our code and our dependencies' choice
 * differ, not their versions.
 */
async function main(commit: string, runs: number): Promise<void> {
  const old = checkoutAt(commit);
  const [before, after] = [await bundleOwners(old), await bundleOwners(ROOT)];
  console.log(`Handler (minified): ${kib(before.total)} at ${commit} → ${kib(after.total)} now`);
  const bytesOf = (list: typeof before.owners, owner: string) =>
    list.find((row) => row.owner === owner)?.bytes ?? 0;
  const owners = new Set([...before.owners, ...after.owners].map((row) => row.owner));
  const changes = [...owners]
    .map((owner) => ({
      owner,
      delta: bytesOf(after.owners, owner) - bytesOf(before.owners, owner),
    }))
    .filter((row) => Math.abs(row.delta) >= 256)
    .sort((a, b) => b.delta - a.delta);
  for (const { owner, delta } of changes) {
    console.log(`${(delta >= 0 ? '+' : '') + delta.toLocaleString('en-US')} B`.padStart(12), owner);
  }

  const event = httpApiEvent({ path: '/healthz' });
  const bundles = [
    await buildHelloBundle(),
    await bundleAppAt(old, commit, `esbuild of ${commit}`),
    await loadAppBundle(),
  ];
  const results = await measureColdStarts(
    bundles.map((bundle, i) => ({ bundle, event, env: i === 0 ? {} : HEALTH_ENV })),
    runs,
  );
  console.log(`\nCold GET /healthz, median of ${runs} runs each, taking turns:`);
  for (const [i, bundle] of bundles.entries()) {
    const { status, wallMs, cpuMs } = results[i];
    const ratio = (cpuMs / results[0].cpuMs).toFixed(2);
    console.log(
      `${bundle.name.padEnd(8)} ${status} CPU ${cpuMs.toFixed(0)} ms (${ratio}× hello), wall ${wallMs.toFixed(0)} ms; ${bundle.source}`,
    );
  }
}

const [commit, runs = '11'] = process.argv.slice(2);
if (!commit) {
  console.error('usage: npx tsx bench/compare-commit.ts <commit> [runs]');
  process.exit(2);
}
main(commit, Number(runs))
  .catch((error: Error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(removeTempDirs);
