import path from 'node:path';
import { contentType } from 'mime-types';
import type { AssetManifest } from './asset-manifest';

/** Hashed names never change content, so browsers and CloudFront may keep them for a year. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * The key prefix of every asset: CloudFront sends `/public/<file>` to the bucket unchanged, so the
 * pages' same-origin `/public/…` links and the keys must agree.
 */
export const ASSET_KEY_PREFIX = 'public/';

/** One S3 PutObject the deploy performs for an asset. */
export interface AssetUpload {
  key: string;
  file: string;
  contentType: string;
  cacheControl: string;
}

/** Turns the manifest into S3 uploads: one per hashed file under `public/`, with its MIME type and immutable caching. */
export function planAssetUploads(manifest: AssetManifest, assetsDir: string): AssetUpload[] {
  return Object.values(manifest)
    .sort()
    .map((hashed) => ({
      key: `${ASSET_KEY_PREFIX}${hashed}`,
      file: path.join(assetsDir, hashed),
      contentType: contentType(path.extname(hashed)) || 'application/octet-stream',
      cacheControl: IMMUTABLE_CACHE_CONTROL,
    }));
}

/** Keeps only the uploads whose keys are not in the bucket yet (hashed keys are never overwritten). */
export function missingUploads(plan: AssetUpload[], existingKeys: Iterable<string>): AssetUpload[] {
  const existing = new Set(existingKeys);
  return plan.filter((upload) => !existing.has(upload.key));
}
