import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { ownerOf } from './cpu-profile-summary';
import { APP_ALIAS, ESBUILD_OPTIONS } from './lambda-bundles';

/** Bytes one owner (package or `src/` folder) puts in the minified handler. */
export interface OwnerBytes {
  owner: string;
  bytes: number;
}

/**
 * Bundles `<root>/src/lambda.ts` as `npm run package` does (same esbuild options and aliases) and
 * sums the minified output by owner from esbuild's metafile. `root` may be an older checkout of the
 * project (its node_modules resolved from there), to see what a change added.
 */
export async function bundleOwners(root: string): Promise<{ total: number; owners: OwnerBytes[] }> {
  const out = mkdtempSync(path.join(tmpdir(), 'bench-owners-'));
  try {
    const { metafile } = await build({
      ...ESBUILD_OPTIONS,
      absWorkingDir: root,
      alias: APP_ALIAS,
      entryPoints: [path.join(root, 'src/lambda.ts')],
      outfile: path.join(out, 'lambda.js'),
      metafile: true,
      logLevel: 'silent',
    });
    const output = Object.entries(metafile.outputs).find(([file]) => file.endsWith('.js'))![1];
    const totals = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const owner = ownerOf(input, '', '');
      totals.set(owner, (totals.get(owner) ?? 0) + bytesInOutput);
    }
    const owners = [...totals].map(([owner, bytes]) => ({ owner, bytes }));
    return { total: output.bytes, owners: owners.sort((a, b) => b.bytes - a.bytes) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// `npx tsx bench/bundle-owners.ts [root] [top]`: the handler's bytes by owner, largest first.
if (require.main === module) {
  const [root = path.resolve(__dirname, '..'), top = '25'] = process.argv.slice(2);
  void bundleOwners(path.resolve(root)).then(({ total, owners }) => {
    console.log(
      `${root}: handler ${total.toLocaleString('en-US')} bytes (minified, no source map)`,
    );
    for (const { owner, bytes } of owners.slice(0, Number(top))) {
      console.log(`${bytes.toLocaleString('en-US').padStart(10)} B  ${owner}`);
    }
  });
}
