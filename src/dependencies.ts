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
import { createChallengeStore } from './auth/challenge-store';
import { createRecordingAuthClient } from './auth/recording-auth-client';
import { createRevokedRefreshTokens } from './auth/revoked-refresh-tokens';
import { createSignOut } from './auth/sign-out';
import { createUserRecords } from './storage/user-records';
import { createAccountsService } from './accounts/accounts-service';
import { createTableAccess } from './storage/dynamo-table';
import { createCommentsRepository } from './comments/comments-repository';
import { createIdempotencyStore } from './comments/idempotency-store';
import { createCommentsService } from './comments/comments-service';

const ROOT = path.resolve(__dirname, '..');
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
/** Written by `npm run build:assets`; the Lambda package carries it (serverless.yml patterns). */
const ASSET_MANIFEST = path.join(ROOT, '.build', 'asset-manifest.json');
/** Written by `npm run deploy` once the user pool exists (scripts/jwks-file.ts); optional. */
const PACKAGED_JWKS = path.join(ROOT, '.build', 'jwks.json');

/** Builds the DynamoDB document client: the SDK's defaults in AWS, the local endpoint otherwise. */
export function createDynamoClient(config: Config): DynamoDBDocumentClient {
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

/** The only place that builds SDK clients, the JWT verifier and the logger: once per cold start. */
export function createDependencies(config: Config): AppDeps {
  const logger = new Logger({ serviceName: 'comment-board', logLevel: config.logLevel as 'INFO' });
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
  const users = createUserRecords(commentsTable);
  const revoked = createRevokedRefreshTokens(commentsTable);
  const userPool = createLazyCognitoAuthClient(pool);
  const signIn = createRecordingAuthClient(userPool, { users, revoked });
  const challenges = createChallengeStore(commentsTable);
  return {
    logger,
    comments: createCommentsService({
      repository: createCommentsRepository(commentsTable),
      idempotency: createIdempotencyStore(commentsTable),
    }),
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
    },
    auth: {
      verifier,
      cognito: signIn,
      challenges,
      users,
      signOut: createSignOut({ users, revoked, cognito: userPool }),
    },
    accounts: createAccountsService({
      cognito: createLazyCognitoAccountClient(pool),
      signIn,
      challenges,
    }),
  };
}
