import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Logical asset path (`css/site.css`) → content-hashed file name (`css/site.1a2b3c4d5e.css`). */
export type AssetManifest = Record<string, string>;

/** Where the build writes hashed copies and the manifest the Lambda bundle carries. */
export const ASSET_BUILD = {
  assetsDir: path.join('.build', 'assets'),
  manifestFile: path.join('.build', 'asset-manifest.json'),
};

/** The content-hashed name of one asset: the hash goes before the extension, so MIME lookup still works. */
export function hashedAssetName(logicalPath: string, content: Buffer | string): string {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
  const { dir, name, ext } = path.posix.parse(logicalPath);
  return path.posix.join(dir, `${name}.${hash}${ext}`);
}

/** Builds the manifest from logical paths and their contents (sorted, so the output is stable). */
export function createAssetManifest(
  files: { path: string; content: Buffer | string }[],
): AssetManifest {
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  return Object.fromEntries(
    sorted.map((file) => [file.path, hashedAssetName(file.path, file.content)]),
  );
}

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.name.startsWith('.')) return [];
    return entry.isDirectory() ? listFiles(root, relative) : [relative];
  });
}

/** Copies every file of `publicDir` under its hashed name into `assetsDir` and writes the manifest. */
export function buildAssets(
  options: { publicDir: string; assetsDir: string; manifestFile: string } = {
    publicDir: 'public',
    ...ASSET_BUILD,
  },
): AssetManifest {
  const paths = listFiles(options.publicDir);
  const manifest = createAssetManifest(
    paths.map((logical) => ({
      path: logical,
      content: readFileSync(path.join(options.publicDir, logical)),
    })),
  );
  rmSync(options.assetsDir, { recursive: true, force: true });
  for (const [logical, hashed] of Object.entries(manifest)) {
    const target = path.join(options.assetsDir, hashed);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(options.publicDir, logical), target);
  }
  mkdirSync(path.dirname(options.manifestFile), { recursive: true });
  writeFileSync(options.manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Reads a manifest written by buildAssets; throws when it is missing or malformed. */
export function readAssetManifest(file: string = ASSET_BUILD.manifestFile): AssetManifest {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${file} is not an asset manifest`);
  }
  return parsed as AssetManifest;
}
