import path from 'node:path';
import { httpApiEvent } from '../test/helpers/api-gateway-events';
import { JWKS_FILE, removePackagedJwks, writePackagedJwks } from '../scripts/jwks-file';
import type { BenchStack } from './bench-stack';
import { measureColdStarts } from './cold-start';
import { buildHelloBundle, loadAppBundle } from './lambda-bundles';
import type { BenchResults } from './results-table';

/**
 * The cold-start rows: hello and the packaged app (twice: with the pool's JWKS in the package and
 * without) answering /healthz and a first authenticated listing, `runs` fresh processes each.
 */
export async function coldStartRows(
  stack: BenchStack,
  accessToken: string,
  runs: number,
): Promise<BenchResults['coldStart']> {
  const [hello, app, appFetching] = [
    await buildHelloBundle(),
    await loadAppBundle(),
    await loadAppBundle(),
  ];
  // As `npm run deploy` does once the pool exists: the package carries the pool's JWKS. The
  // second copy has none, so its first authenticated request fetches it (the old behaviour).
  const jwksUri = `${stack.cognitoEndpoint}/${stack.env.COGNITO_USER_POOL_ID}/.well-known/jwks.json`;
  await writePackagedJwks(jwksUri, path.join(app.dir, JWKS_FILE));
  removePackagedJwks(path.join(appFetching.dir, JWKS_FILE));
  const health = httpApiEvent({ path: '/healthz' });
  const list = httpApiEvent({
    path: '/api/comments',
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const requests = [
    ['GET /healthz', health, app],
    ['GET /api/comments (with a token; JWKS packaged)', list, app],
    ['GET /api/comments (with a token; JWKS fetched)', list, appFetching],
  ] as const;
  const [helloCold, ...appColds] = await measureColdStarts(
    [
      { bundle: hello, event: health, env: {} },
      ...requests.map(([, event, bundle]) => ({ bundle, event, env: stack.env })),
    ],
    runs,
  );
  const rows = requests.map(([request], i) => {
    const appCold = appColds[i];
    if (appCold.status !== 200) throw new Error(`cold ${request} answered ${appCold.status}`);
    return {
      request,
      app: appCold,
      hello: helloCold,
      ratio: appCold.wallMs / helloCold.wallMs,
      cpuRatio: appCold.cpuMs / helloCold.cpuMs,
    };
  });
  return {
    bundles: [hello, app].map(({ name, source, zipBytes, handlerBytes }) => ({
      name,
      source,
      zipBytes,
      handlerBytes,
    })),
    rows,
  };
}
