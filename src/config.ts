import { configReader } from './config-reader';
import type { FrontDoorSettings } from './http/origin-secret';

type Env = Record<string, string | undefined>;

/** What CloudWatch accepts as a custom namespace; `AWS/` is reserved for AWS's own. */
const METRICS_NAMESPACE = /^(?!AWS\/)[\w.\-/#: ]{1,255}$/;

/** Settings the app needs, read once from the environment and validated. */
export interface Config {
  region: string;
  commentsTable: string;
  userPoolId: string;
  clientId: string;
  /** Token issuer; derived from region and pool id (or the local endpoint) unless set. */
  issuer: string;
  jwksUri: string;
  /** Set only for local stand-ins; real AWS uses the SDK's default endpoints. */
  dynamoEndpoint?: string;
  cognitoEndpoint?: string;
  /** True when any local endpoint is set: enables hints such as where confirmation codes appear. */
  local: boolean;
  /** Same-origin path pages link assets under (ASSETS_BASE_URL); `/public` by default. */
  assetsBaseUrl: string;
  /**
   * True when ASSETS_BASE_URL is set (AWS: CloudFront serves the deploy's hashed copies from S3):
   * links use the packaged manifest's hashed names. Unset (local runs), the app serves public/ itself.
   */
  hashedAssets: boolean;
  allowedOrigins: string[];
  /** The site's public URL (SITE_URL): forms are accepted only from its origin. Required in AWS. */
  siteUrl?: string;
  logLevel: string;
  port: number;
  /** Address the HTTP server binds (`server.ts`, `npm start`); loopback unless HOST says otherwise. */
  host: string;
  /** How long after posting its author may edit a comment (EDIT_WINDOW_SECONDS, default 900). */
  editWindowSeconds: number;
  /** How often board and thread pages ask for new comments (LIVE_POLL_SECONDS, default 15). */
  livePollSeconds: number;
  /** Posts, replies and edits one user may make per minute (POST_RATE_PER_MINUTE, default 10). */
  postRatePerMinute: number;
  /** CloudWatch namespace of the business metrics (METRICS_NAMESPACE); unset turns them off. */
  metricsNamespace?: string;
  /** The metrics' `service` dimension (METRICS_SERVICE), e.g. `comment-board-dev`. */
  metricsService: string;
  frontDoor: FrontDoorConfig;
}

/** How requests reach the app in AWS (CloudFront → API Gateway → Lambda); all off for local runs. */
export type FrontDoorConfig = FrontDoorSettings;

/** Generated secrets are 48 characters; anything this short was typed by hand. */
const MIN_ORIGIN_SECRET_LENGTH = 32;

function readFrontDoor(read: ReturnType<typeof configReader>, problems: string[]): FrontDoorConfig {
  const current = read.optional('ORIGIN_SECRET');
  const previous = read.optional('ORIGIN_SECRET_PREVIOUS');
  if (previous && !current) problems.push('ORIGIN_SECRET_PREVIOUS needs ORIGIN_SECRET');
  for (const [key, value] of [
    ['ORIGIN_SECRET', current],
    ['ORIGIN_SECRET_PREVIOUS', previous],
  ]) {
    if (value && value.length < MIN_ORIGIN_SECRET_LENGTH)
      problems.push(`${key} must be at least ${MIN_ORIGIN_SECRET_LENGTH} characters`);
  }
  return {
    trustedProxyHops: read.wholeNumber('TRUSTED_PROXY_HOPS', 0, 0, 5),
    originSecrets: [current, previous].filter((value): value is string => Boolean(value)),
    hstsPreload: read.flag('HSTS_PRELOAD'),
  };
}

/** Settings of `npm start`'s embedded AWS: ports, data folder, demo user. */
export interface LocalConfig {
  port: number;
  dataDir: string;
  dynamoPort: number;
  cognitoPort: number;
  demoUsername: string;
  demoPassword: string;
  demoEmail: string;
  logLevel: string;
  host: string;
  /** True when DEMO_PASSWORD was set: `npm start` then applies it to a stored demo user. */
  demoPasswordSet: boolean;
}

/** Thrown when the environment is invalid; the message names every bad or missing key. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the app's configuration; throws ConfigError listing every problem. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = configReader(env, problems);
  const region = read.region('AWS_REGION');
  const userPoolId = read.required('COGNITO_USER_POOL_ID');
  const cognitoEndpoint = read.url('COGNITO_ENDPOINT');
  const dynamoEndpoint = read.url('DYNAMODB_ENDPOINT');
  const issuer =
    read.url('COGNITO_ISSUER') ??
    (cognitoEndpoint
      ? `${cognitoEndpoint}/${userPoolId}`
      : `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`);
  const config: Config = {
    region,
    commentsTable: read.required('COMMENTS_TABLE'),
    userPoolId,
    clientId: read.required('COGNITO_CLIENT_ID'),
    issuer,
    jwksUri: read.url('COGNITO_JWKS_URI') ?? `${issuer}/.well-known/jwks.json`,
    dynamoEndpoint,
    cognitoEndpoint,
    local: Boolean(dynamoEndpoint || cognitoEndpoint),
    assetsBaseUrl: (read.optional('ASSETS_BASE_URL') ?? '/public').replace(/\/+$/, ''),
    hashedAssets: read.optional('ASSETS_BASE_URL') !== undefined,
    allowedOrigins: read.origins('ALLOWED_ORIGINS'),
    siteUrl: read.url('SITE_URL'),
    logLevel: read.logLevel('LOG_LEVEL'),
    port: read.port('PORT', 3000),
    host: read.host('HOST'),
    editWindowSeconds: read.wholeNumber('EDIT_WINDOW_SECONDS', 900, 0, 7 * 24 * 60 * 60),
    livePollSeconds: read.wholeNumber('LIVE_POLL_SECONDS', 15, 1, 600),
    postRatePerMinute: read.wholeNumber('POST_RATE_PER_MINUTE', 10, 1, 10000),
    metricsNamespace: read.optional('METRICS_NAMESPACE'),
    metricsService: read.optional('METRICS_SERVICE') ?? 'comment-board',
    frontDoor: readFrontDoor(read, problems),
  };
  if (config.metricsNamespace && !METRICS_NAMESPACE.test(config.metricsNamespace))
    problems.push(
      'METRICS_NAMESPACE must be a CloudWatch namespace (letters, digits, . - _ / # :, not AWS/...)',
    );
  // Same origin only: the CSP names no other origin, and CloudFront serves /public/* itself.
  if (!/^\/[\w./-]*$/.test(config.assetsBaseUrl))
    problems.push('ASSETS_BASE_URL must be a path on this site such as /public');
  // Locally the origin follows the port the server listens on; in AWS nothing else can tell it.
  if (!config.local && !config.siteUrl)
    problems.push("SITE_URL is required in AWS (the site's public URL, https://...)");
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Reads the settings of the embedded local stack used by `npm start`. */
export function loadLocalConfig(env: Env = process.env): LocalConfig {
  const problems: string[] = [];
  const read = configReader(env, problems);
  const config: LocalConfig = {
    port: read.port('PORT', 3000),
    dataDir: read.optional('LOCAL_DATA_DIR') ?? '.data',
    dynamoPort: read.port('LOCAL_DYNAMODB_PORT', 8000),
    cognitoPort: read.port('LOCAL_COGNITO_PORT', 9229),
    demoUsername: read.optional('DEMO_USERNAME') ?? 'demo',
    demoPassword: read.optional('DEMO_PASSWORD') ?? 'Demo-Passw0rd!',
    demoEmail: read.optional('DEMO_EMAIL') ?? 'demo@example.com',
    // Quiet by default so the confirmation codes cognito-local prints stand out; INFO shows requests.
    logLevel: read.logLevel('LOG_LEVEL', 'WARN'),
    host: read.host('HOST'),
    demoPasswordSet: read.optional('DEMO_PASSWORD') !== undefined,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Resources the local stack created, which become the app's configuration for a local run. */
export interface LocalResources {
  commentsTable: string;
  userPoolId: string;
  clientId: string;
  dynamoEndpoint: string;
  cognitoEndpoint: string;
}

/** The app's Config for a local run: local resources first, other settings still from the environment. */
export function localAppConfig(
  local: LocalConfig,
  resources: LocalResources,
  env: Env = process.env,
): Config {
  return loadConfig({
    ...env,
    COMMENTS_TABLE: resources.commentsTable,
    COGNITO_USER_POOL_ID: resources.userPoolId,
    COGNITO_CLIENT_ID: resources.clientId,
    DYNAMODB_ENDPOINT: resources.dynamoEndpoint,
    COGNITO_ENDPOINT: resources.cognitoEndpoint,
    COGNITO_ISSUER: undefined,
    COGNITO_JWKS_URI: undefined,
    PORT: String(local.port),
    HOST: local.host,
    LOG_LEVEL: local.logLevel,
  });
}
