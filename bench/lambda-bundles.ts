import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { build, type BuildOptions } from 'esbuild';
import { tempDir } from './temp-dirs';

const ROOT = path.resolve(__dirname, '..');

/** A Lambda package ready to load: its zip, sizes, where it was unpacked, and its handler file. */
export interface LambdaBundle {
  name: string;
  source: string;
  zipBytes: number;
  handlerBytes: number;
  dir: string;
  handlerFile: string;
}

/** The same esbuild options serverless.yml gives serverless-esbuild (custom.esbuild). */
export const ESBUILD_OPTIONS: BuildOptions = {
  bundle: true,
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  keepNames: false,
  target: 'node24',
  platform: 'node',
  format: 'cjs',
  mainFields: ['module', 'main'],
};

/**
 * serverless.yml's custom.esbuild.alias: stand-ins for dependencies the app never runs. Only the app
 * gets them; the hello baseline stays a stock Express bundle, as the issue measured it.
 */
export const APP_ALIAS: Record<string, string> = {
  'iconv-lite': './src/shims/iconv-lite-utf8.ts',
  'node-fetch': './src/shims/node-fetch-global.ts',
  '@aws-sdk/credential-provider-node': './src/shims/aws-credentials-from-env.ts',
};

function unpack(name: string, source: string, zip: AdmZip, handlerPath: string): LambdaBundle {
  const dir = tempDir(`bench-${name}-`);
  zip.extractAllTo(dir, true);
  const zipBytes = zip.toBuffer().length;
  const handlerFile = path.join(dir, handlerPath);
  return { name, source, zipBytes, handlerBytes: statSync(handlerFile).size, dir, handlerFile };
}

async function bundleEntry(
  entry: string,
  outRel: string,
  extra: string[] = [],
  alias: Record<string, string> = {},
  root = ROOT,
): Promise<AdmZip> {
  const out = tempDir('bench-build-');
  await build({
    ...ESBUILD_OPTIONS,
    absWorkingDir: root,
    alias,
    entryPoints: [path.join(root, entry)],
    outfile: path.join(out, outRel),
  });
  const zip = new AdmZip();
  zip.addLocalFolder(out);
  for (const item of extra.map((rel) => [rel, path.join(root, rel)])) {
    if (!existsSync(item[1])) continue;
    if (statSync(item[1]).isDirectory()) zip.addLocalFolder(item[1], item[0]);
    else zip.addLocalFile(item[1], path.dirname(item[0]));
  }
  return zip;
}

function newestSource(): number {
  let newest = 0;
  for (const folder of ['src', 'views']) {
    for (const file of readdirSync(path.join(ROOT, folder), { recursive: true })) {
      newest = Math.max(newest, statSync(path.join(ROOT, folder, String(file))).mtimeMs);
    }
  }
  return newest;
}

/** Builds the baseline: bench/hello-lambda.ts bundled and zipped exactly like the real handler. */
export async function buildHelloBundle(): Promise<LambdaBundle> {
  const zip = await bundleEntry('bench/hello-lambda.ts', 'bench/hello-lambda.js');
  return unpack('hello', 'esbuild of bench/hello-lambda.ts', zip, 'bench/hello-lambda.js');
}

/**
 * The real handler: the zip `npm run package` left in .serverless/ when there is one, otherwise
 * src/lambda.ts bundled here with the same options plus views/ (what the package holds).
 */
export async function loadAppBundle(): Promise<LambdaBundle> {
  const packaged = existsSync(path.join(ROOT, '.serverless'))
    ? readdirSync(path.join(ROOT, '.serverless')).find((file) => file.endsWith('.zip'))
    : undefined;
  if (packaged) {
    const file = path.join(ROOT, '.serverless', packaged);
    const built = statSync(file).mtime;
    const stale = newestSource() > built.getTime() ? '; OLDER than src/ or views/' : '';
    return unpack(
      'app',
      `.serverless/${packaged} (built ${built.toISOString()}${stale})`,
      new AdmZip(file),
      'src/lambda.js',
    );
  }
  return bundleAppAt(ROOT, 'app', 'esbuild of src/lambda.ts (no .serverless/*.zip found)');
}

/**
 * `<root>/src/lambda.ts` bundled as the package does, zipped with views/, the stylesheet and the
 * asset manifest and JWKS when `root` has them: the app of this or an older checkout.
 */
export async function bundleAppAt(root: string, name: string, source: string) {
  const zip = await bundleEntry(
    'src/lambda.ts',
    'src/lambda.js',
    ['views', 'public/css/site.css', '.build/asset-manifest.json', '.build/jwks.json'],
    APP_ALIAS,
    root,
  );
  return unpack(name, source, zip, 'src/lambda.js');
}
