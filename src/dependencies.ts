import path from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from './app';
import type { Config } from './config';
import { createTokenVerifier } from './auth/token-verifier';
import {
  createLazyCognitoAccountClient,
  createLazyCognitoAuthClient,
} from './auth/lazy-cognito-auth-client';
import { loadPackagedJwks } from './auth/packaged-jwks';
import { createAssetUrl } from './http/asset-url';
import { loadAssetManifest } from './http/asset-manifest';
import { loadInlineStyles } from './http/inline-styles';
import { siteOriginsOf } from './http/site-origins';
import { createLiveRepository } from './live/live-repository';
import { createLiveService } from './live/live-service';
import { createChallengeStore } from './auth/challenge-store';
import { createRecordingAuthClient } from './auth/recording-auth-client';
import { createMeteredAuthClient } from './auth/metered-auth-client';
import { noMetrics, type BusinessMetrics } from './http/business-metrics';
import { createEmfMetrics } from './http/emf-metrics';
import { createRevokedRefreshTokens } from './auth/revoked-refresh-tokens';
import { createSignOut } from './auth/sign-out';
import { createUserRecords } from './storage/user-records';
import { createAccountsService } from './accounts/accounts-service';
import { createMyAccountService } from './accounts/my-account-service';
import { createTableAccess } from './storage/dynamo-table';
import { createUserDataKinds } from './user-data-kinds';
import { createCommentsRepository } from './comments/comments-repository';
import { createMarkdownRenderer } from './comments/comment-markdown';
import { createPostRateLimit, POST_RATE_SCOPE } from './comments/post-rate-limit';
import { createRateLimiter } from './storage/rate-limits';
import { createIdempotencyStore } from './comments/idempotency-store';
import { createCommentsService } from './comments/comments-service';
import { createBoardsRepository } from './boards/boards-repository';
import { createBoardsService } from './boards/boards-service';
import { createAccountErasure } from './accounts/account-erasure';
import { createAccountDeletion } from './accounts/account-deletion';
import { systemClock, type Clock } from './auth/write-check';
import { createBansRepository } from './moderation/bans-repository';
import { createModerationService } from './moderation/moderation-service';
import { createReportsRepository } from './moderation/reports-repository';
import { createReportsService } from './moderation/reports-service';

const ROOT = path.resolve(__dirname, '..');
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
/** Written by `npm run build:assets`; the Lambda package carries it (serverless.yml patterns). */
const ASSET_MANIFEST = path.join(ROOT, '.build', 'asset-manifest.json');
/** Written by `npm run deploy` once the user pool exists (scripts/jwks-file.ts); optional. */
const PACKAGED_JWKS = path.join(ROOT, '.build', 'jwks.json');

/** Builds the DynamoDB document client: the SDK's defaults in AWS, the local endpoint otherwise. */
export function createDynamoClient(
  config: Pick<Config, 'region' | 'dynamoEndpoint'>,
): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: config.region,
    // A down or stalled DynamoDB fails fast (→ 503), never hangs a request: at most ~3 × 2 s.
    maxAttempts: config.dynamoEndpoint ? 2 : 3,
    requestHandler: { connectionTimeout: 1000, requestTimeout: 2000, throwOnRequestTimeout: true },
    ...(config.dynamoEndpoint
      ? { endpoint: config.dynamoEndpoint, credentials: LOCAL_CREDENTIALS }
      : {}),
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** Where the business metrics' EMF lines go; tests pass `writeMetrics` to read them. */
export interface DependencyOutputs {
  writeMetrics?: (line: string) => void;
  /** Epoch seconds for bans (placing and ending them); tests move it, the system clock otherwise. */
  now?: Clock;
}

/** EMF business metrics when a namespace is configured; otherwise none. */
function createBusinessMetrics(config: Config, outputs: DependencyOutputs): BusinessMetrics {
  if (!config.metricsNamespace) return noMetrics;
  return createEmfMetrics({
    namespace: config.metricsNamespace,
    service: config.metricsService,
    write: outputs.writeMetrics,
  });
}

/** The only place that builds SDK clients, the JWT verifier and the logger: once per cold start. */
export function createDependencies(config: Config, outputs: DependencyOutputs = {}): AppDeps {
  const logger = new Logger({ serviceName: 'comment-board', logLevel: config.logLevel as 'INFO' });
  const metrics = createBusinessMetrics(config, outputs);
  const commentsTable = createTableAccess(createDynamoClient(config), config.commentsTable);
  const pool = {
    userPoolId: config.userPoolId,
    clientId: config.clientId,
    endpoint: config.cognitoEndpoint,
  };
  const verifier = createTokenVerifier({
    issuer: config.issuer,
    jwksUri: config.jwksUri,
    clientId: config.clientId,
    allowHttp: config.local,
    jwks: loadPackagedJwks(PACKAGED_JWKS, config.jwksUri),
  });
  const now = outputs.now ?? systemClock;
  const users = createUserRecords(commentsTable);
  const revoked = createRevokedRefreshTokens(commentsTable);
  const userPool = createLazyCognitoAuthClient(pool);
  const accountClient = createLazyCognitoAccountClient(pool);
  const erasure = createAccountErasure({
    users,
    kinds: createUserDataKinds(commentsTable),
    cognito: accountClient,
  });
  const signIn = createMeteredAuthClient(
    createRecordingAuthClient(userPool, {
      users,
      revoked,
      finishDeletion: async (sub, accessToken) => void (await erasure.finish(sub, accessToken)),
      now,
    }),
    metrics,
  );
  const challenges = createChallengeStore(commentsTable);
  const markdown = createMarkdownRenderer();
  const boardsRepository = createBoardsRepository(commentsTable);
  const commentsRepository = createCommentsRepository(commentsTable);
  return {
    logger,
    metrics,
    comments: createCommentsService({
      repository: commentsRepository,
      boards: boardsRepository,
      idempotency: createIdempotencyStore(commentsTable),
      editWindowSeconds: config.editWindowSeconds,
      rateLimit: createPostRateLimit(
        createRateLimiter(commentsTable, {
          scope: POST_RATE_SCOPE,
          limit: config.postRatePerMinute,
          windowSeconds: 60,
        }),
      ),
      render: (text) => markdown.render(text),
      metrics,
    }),
    boards: createBoardsService({ repository: boardsRepository }),
    settings: {
      local: config.local,
      // Hashed names only when CloudFront serves the uploaded copies; locally the files as they are.
      assetUrl: createAssetUrl(
        config.assetsBaseUrl,
        config.hashedAssets ? loadAssetManifest(ASSET_MANIFEST) : {},
      ),
      allowedOrigins: config.allowedOrigins,
      siteOrigins: siteOriginsOf(config.siteUrl, config.port, config.host),
      inlineStyles: loadInlineStyles(path.join(ROOT, 'public', 'css', 'site.css')),
      viewsDir: path.join(ROOT, 'views'),
      publicDir: config.hashedAssets ? undefined : path.join(ROOT, 'public'),
      frontDoor: config.frontDoor,
      livePollSeconds: config.livePollSeconds,
      siteUrl: config.siteUrl,
    },
    auth: {
      verifier,
      cognito: signIn,
      challenges,
      users,
      signOut: createSignOut({ users, revoked, cognito: userPool }),
      now,
    },
    moderation: createModerationService({
      bans: createBansRepository(commentsTable),
      users,
      now,
    }),
    reports: createReportsService({
      comments: commentsRepository,
      reports: createReportsRepository(commentsTable),
      render: (text) => markdown.render(text),
    }),
    accounts: createAccountsService({ cognito: accountClient, signIn, challenges }),
    myAccount: createMyAccountService({
      cognito: accountClient,
      users,
      comments: commentsRepository,
      render: (text) => markdown.render(text),
    }),
    accountDeletion: createAccountDeletion({ userPool, erasure, logger }),
    live: createLiveService({
      boards: boardsRepository,
      repository: createLiveRepository(commentsTable),
      render: (text) => markdown.render(text),
    }),
  };
}
