import { ASSET_BUILD, buildAssets } from './asset-manifest';

/** `npm run build:assets`: hashed copies of public/ in .build/assets and the manifest the Lambda carries. */
const manifest = buildAssets();
const count = Object.keys(manifest).length;
console.log(
  `Hashed ${count} asset(s) into ${ASSET_BUILD.assetsDir}; manifest ${ASSET_BUILD.manifestFile}`,
);
