import { existsSync, readFileSync } from 'node:fs';

/** Logical asset path (`css/site.css`) → content-hashed name, as written by `npm run build:assets`. */
export type AssetManifest = Record<string, string>;

/**
 * Reads the manifest the Lambda package carries; {} when there is none (local runs serve `/public`
 * unhashed). A malformed manifest is a broken build, so it throws.
 */
export function loadAssetManifest(file: string): AssetManifest {
  if (!existsSync(file)) return {};
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const valid =
    parsed !== null &&
    typeof parsed === 'object' &&
    !Array.isArray(parsed) &&
    Object.values(parsed).every((value) => typeof value === 'string');
  if (!valid) throw new Error(`${file} is not an asset manifest`);
  return parsed as AssetManifest;
}
