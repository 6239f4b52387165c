import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import type { APIGatewayProxyResult, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { httpApiEvent, restApiEvent } from '../../helpers/api-gateway-events';
import { startPackagedLambda, type PackagedLambda } from '../../helpers/packaged-lambda';
import { packagedService, SERVICE_DIR, type PackagedService } from '../../helpers/packaged-service';
import { provisionTestEnv, seedTestUser } from '../../helpers/test-app';

/** As in AWS: CloudFront serves the hashed copies under /public on the site's own origin. */
const ASSETS = '/public';
const USER = { username: 'zipuser', password: 'Zip-Passw0rd', email: 'zip@example.com' };
const MAX_ZIP_BYTES = 2 * 1024 * 1024;

let pkg: PackagedService;
let dir: string;
let lambda: PackagedLambda;
let manifest: Record<string, string>;

beforeAll(async () => {
  pkg = await packagedService();
  dir = mkdtempSync(path.join(tmpdir(), 'comment-board-zip-'));
  new AdmZip(pkg.zipFile).extractAllTo(dir);
  const env = await provisionTestEnv({
    ASSETS_BASE_URL: ASSETS,
    METRICS_NAMESPACE: 'CommentBoardZip',
  });
  await seedTestUser(env, USER);
  lambda = await startPackagedLambda(dir, env);
  manifest = JSON.parse(readFileSync(path.join(dir, '.build/asset-manifest.json'), 'utf8'));
}, 180_000);

afterAll(async () => {
  await lambda?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const invoke = <T>(event: unknown): Promise<T> => lambda.invoke<T>(event);

function filesUnder(root: string, sub = ''): string[] {
  return readdirSync(path.join(root, sub), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(sub, entry.name);
    return entry.isDirectory() ? filesUnder(root, relative) : [relative];
  });
}

describe('the packaged zip', () => {
  it('when built, then it is under 2 MB and holds the bundle, its source map, the views, the inlined stylesheet and the manifest', () => {
    console.log(`Lambda zip: ${pkg.zipBytes} bytes (${(pkg.zipBytes / 1024).toFixed(0)} KiB)`);
    expect(pkg.zipBytes).toBeLessThan(MAX_ZIP_BYTES);
    const views = filesUnder(path.join(SERVICE_DIR, 'views')).map((file) => `views/${file}`);
    expect(filesUnder(dir).sort()).toEqual(
      [
        '.build/asset-manifest.json',
        'public/css/site.css',
        'src/lambda.js',
        'src/lambda.js.map',
        ...views,
        // Present only after `npm run deploy` wrote the pool's JWKS (scripts/jwks-file.ts).
        ...(existsSync(path.join(SERVICE_DIR, '.build/jwks.json')) ? ['.build/jwks.json'] : []),
      ].sort(),
    );
  });

  it('when its manifest is read, then it names a hashed copy of every public/ file', () => {
    const publicFiles = filesUnder(path.join(SERVICE_DIR, 'public'));
    expect(Object.keys(manifest).sort()).toEqual(publicFiles.sort());
    for (const [logical, hashed] of Object.entries(manifest)) {
      expect(hashed).toMatch(
        new RegExp(`\\.[0-9a-f]{10}${path.extname(logical).replace('.', '\\.')}$`),
      );
    }
  });
});

describe('the packaged handler with HTTP API (v2) events', () => {
  it('when /healthz is invoked, then it answers 200', async () => {
    const res = await invoke<APIGatewayProxyStructuredResultV2>(httpApiEvent({ path: '/healthz' }));
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body!)).toEqual({ status: 'ok' });
  });

  it('when /login is invoked, then the page renders from the zip with its stylesheet inlined under a CSP hash', async () => {
    const res = await invoke<APIGatewayProxyStructuredResultV2>(httpApiEvent({ path: '/login' }));
    expect(res.statusCode).toBe(200);
    expect(res.headers!['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('action="/login"');
    expect(res.body).toMatch(/<style>[^<]*\.comment__text[^<]*<\/style>/);
    expect(res.body).not.toContain('/public/');
    const csp = res.headers!['content-security-policy'];
    // Same-origin assets: the policy names no other origin.
    expect(csp).not.toMatch(/https?:\/\//);
    expect(csp).toMatch(/style-src [^;]*'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/unsafe-inline/);
  });

  it('when a user signs in, then both session cookies come back in the v2 cookies array', async () => {
    const page = await invoke<APIGatewayProxyStructuredResultV2>(httpApiEvent({ path: '/login' }));
    const csrfCookie = page.cookies!.find((cookie) => cookie.includes('csrf='))!.split(';')[0];
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body!)![1];
    const body = new URLSearchParams({
      _csrf: csrf,
      username: USER.username,
      password: USER.password,
    });
    const res = await invoke<APIGatewayProxyStructuredResultV2>(
      httpApiEvent({
        method: 'POST',
        path: '/login',
        body: body.toString(),
        cookies: [csrfCookie],
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers!.location).toBe('/comments?notice=signed-in');
    expect(res.cookies!.length).toBeGreaterThanOrEqual(2);
    expect(res.headers!['set-cookie']).toBeUndefined();
    const jar = res.cookies!.map((cookie) => cookie.split(';')[0]);
    const board = await invoke<APIGatewayProxyStructuredResultV2>(
      httpApiEvent({ path: '/comments', cookies: [csrfCookie, ...jar] }),
    );
    expect(board.statusCode).toBe(200);
    expect(board.body).toContain(USER.username);
  });

  it('when a sign-in is refused, then the bundled Powertools Metrics prints its EMF line to stdout', async () => {
    const res = await invoke<APIGatewayProxyStructuredResultV2>(
      httpApiEvent({
        method: 'POST',
        path: '/api/auth/login',
        body: JSON.stringify({ username: USER.username, password: 'Wrong-Passw0rd' }),
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(res.statusCode).toBe(401);
    // stdout and the answer travel on different pipes: give the log line a moment to arrive.
    const emfLines = () =>
      lambda
        .output()
        .split('\n')
        .filter((line) => line.includes('"SignInsFailed"'))
        .map((line) => JSON.parse(line));
    for (let waited = 0; emfLines().length === 0 && waited < 2000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(emfLines().at(-1)).toMatchObject({
      _aws: { CloudWatchMetrics: [{ Namespace: 'CommentBoardZip' }] },
      SignInsFailed: 1,
    });
  });
});

describe('the packaged handler with REST API (v1) events', () => {
  it('when /login is invoked on a stage, then the page renders with /<stage> links', async () => {
    const res = await invoke<APIGatewayProxyResult>(restApiEvent({ path: '/login', stage: 'dev' }));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('action="/dev/login"');
    expect(res.multiValueHeaders?.['set-cookie']?.length).toBeGreaterThanOrEqual(1);
  });
});

describe('the packaged handler reading request bodies (iconv-lite stand-in)', () => {
  const json = (body: string, contentType = 'application/json', token?: string) =>
    httpApiEvent({
      method: 'POST',
      path: token ? '/api/comments' : '/api/auth/login',
      body,
      headers: {
        'content-type': contentType,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
  const signIn = async () => {
    const res = await invoke<APIGatewayProxyStructuredResultV2>(
      json(JSON.stringify({ username: USER.username, password: USER.password })),
    );
    expect(res.statusCode).toBe(200);
    return (JSON.parse(res.body!) as { accessToken: string }).accessToken;
  };

  it('when built, then the bundle carries neither iconv-lite nor node-fetch, only their stand-ins', () => {
    const map = JSON.parse(readFileSync(path.join(dir, 'src/lambda.js.map'), 'utf8')) as {
      sources: string[];
    };
    const packages = map.sources.join('\n');

    expect(packages).not.toMatch(/node_modules\/(iconv-lite|node-fetch|whatwg-url|tr46)\//);
    expect(packages).toMatch(/src\/shims\/iconv-lite-utf8\.ts/);
  });

  it('when a comment with accents, symbols and emoji is posted as UTF-8 JSON, then it is stored and read back unchanged', async () => {
    const text = 'Grüße aus Köln — ✓ 😀 ½';
    const token = await signIn();

    const posted = await invoke<APIGatewayProxyStructuredResultV2>(
      json(JSON.stringify({ text }), 'application/json; charset=utf-8', token),
    );

    expect(posted.statusCode).toBe(201);
    expect(JSON.parse(posted.body!).text).toBe(text);
  });

  it('when the JSON starts with a byte-order mark, then it is read like one without', async () => {
    const token = await signIn();

    const posted = await invoke<APIGatewayProxyStructuredResultV2>(
      json(`\uFEFF${JSON.stringify({ text: 'BOM first' })}`, 'application/json', token),
    );

    expect(posted.statusCode).toBe(201);
    expect(JSON.parse(posted.body!).text).toBe('BOM first');
  });

  it('when the JSON declares a charset the stand-in does not carry, then the answer is 415, not a 500', async () => {
    const token = await signIn();

    const res = await invoke<APIGatewayProxyStructuredResultV2>(
      json(JSON.stringify({ text: 'x' }), 'application/json; charset=utf-16be', token),
    );

    expect(res.statusCode).toBe(415);
    expect(JSON.parse(res.body!).error.code).toEqual(expect.any(String));
  });
});

describe('the packaged handler finding DynamoDB credentials as in Lambda (credential-chain stand-in)', () => {
  let inLambda: PackagedLambda;

  beforeAll(async () => {
    // As in AWS: no DYNAMODB_ENDPOINT (so no explicit local credentials), the role's credentials in
    // the environment; the SDK's own AWS_ENDPOINT_URL_DYNAMODB points it at the stand-in.
    const { DYNAMODB_ENDPOINT, ...env } = await provisionTestEnv({ ASSETS_BASE_URL: ASSETS });
    await seedTestUser(env, USER);
    inLambda = await startPackagedLambda(dir, {
      ...env,
      AWS_ENDPOINT_URL_DYNAMODB: DYNAMODB_ENDPOINT,
      AWS_ACCESS_KEY_ID: 'ASIAEXAMPLEROLEKEY',
      AWS_SECRET_ACCESS_KEY: 'example-secret',
      AWS_SESSION_TOKEN: 'example-session-token',
    });
  }, 60_000);

  afterAll(async () => {
    await inLambda?.stop();
  });

  it('when built, then the bundle carries no credential source but the environment', () => {
    const map = JSON.parse(readFileSync(path.join(dir, 'src/lambda.js.map'), 'utf8')) as {
      sources: string[];
    };

    expect(map.sources.join('\n')).not.toMatch(
      /node_modules\/@aws-sdk\/(credential-provider-(node|sso|ini|process|web-identity)|nested-clients)\//,
    );
  });

  it('when a comment is posted and listed, then DynamoDB is reached with the credentials of the environment', async () => {
    const login = await inLambda.invoke<APIGatewayProxyStructuredResultV2>(
      httpApiEvent({
        method: 'POST',
        path: '/api/auth/login',
        body: JSON.stringify({ username: USER.username, password: USER.password }),
        headers: { 'content-type': 'application/json' },
      }),
    );
    const bearer = { authorization: `Bearer ${JSON.parse(login.body!).accessToken}` };

    const posted = await inLambda.invoke<APIGatewayProxyStructuredResultV2>(
      httpApiEvent({
        method: 'POST',
        path: '/api/comments',
        body: JSON.stringify({ text: 'Signed with the role credentials' }),
        headers: { ...bearer, 'content-type': 'application/json' },
      }),
    );
    const listed = await inLambda.invoke<APIGatewayProxyStructuredResultV2>(
      httpApiEvent({ path: '/api/comments', headers: bearer }),
    );

    expect(posted.statusCode).toBe(201);
    expect(listed.statusCode).toBe(200);
    expect(JSON.parse(listed.body!).items[0].text).toBe('Signed with the role credentials');
  });
});
