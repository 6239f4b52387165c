/** Maps a logical asset path (`css/site.css`) to its URL: hashed via the manifest when there is one. */
export type AssetUrl = (logicalPath: string) => string;

/** Builds the one helper views use for assets: CloudFront in AWS, `/public/…` locally. */
export function createAssetUrl(baseUrl: string, manifest: Record<string, string> = {}): AssetUrl {
  const base = baseUrl.replace(/\/+$/, '');
  return (logicalPath) => {
    const clean = logicalPath.replace(/^\/+/, '');
    return `${base}/${manifest[clean] ?? clean}`;
  };
}
