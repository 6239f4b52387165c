import express, { type Express, type Request, type RequestHandler } from 'express';
import cookieParser from 'cookie-parser';
import ejs from 'ejs';
import { createErrorHandler, notFoundHandler } from './http/error-handler';
import {
  createRequestLogger,
  type AppLogger,
  type InvocationIdsSource,
} from './http/request-logger';
import { createSecurityHeaders } from './http/security-headers';
import { createMetricsFlush, noMetrics, type BusinessMetrics } from './http/business-metrics';
import { bodyLimits, createBodyParsers } from './http/body-parsers';
import { methodNotAllowed } from './http/method-not-allowed';
import type { AssetUrl } from './http/asset-url';
import { useTrustedClientAddress } from './http/client-address';
import { createOriginSecretCheck, type FrontDoorSettings } from './http/origin-secret';
import type { InlineStyles } from './http/inline-styles';
import { createAuthMiddleware, type AuthDeps } from './auth/auth-middleware';
import { createAuthApiRouter } from './auth/auth-api-router';
import { createAuthPagesRouter } from './auth/auth-pages-router';
import { createCors } from './http/cors';
import type { CommentsService } from './comments/comments-service';
import type { BoardsService } from './boards/boards-service';
import { createBoardsApiRouter } from './boards/boards-api-router';
import { createBoardsPagesRouter } from './boards/boards-pages-router';
import { createCommentsApiRouter } from './comments/comments-api-router';
import { createCommentsPagesRouter } from './comments/comments-pages-router';
import type { AccountsService } from './accounts/accounts-service';
import { createAccountsApiRouter } from './accounts/accounts-api-router';
import { createAccountsPagesRouter } from './accounts/accounts-pages-router';
import type { MyAccountService } from './accounts/my-account-service';
import { createMyAccountApiRouter } from './accounts/my-account-api-router';
import { createMyAccountPagesRouter } from './accounts/my-account-pages-router';
import type { AccountDeletion } from './accounts/account-deletion';
import { createAccountDeleteRouter } from './accounts/account-delete-router';
import type { Mailbox } from './local/local-mailbox';
import { createLocalMailRouter } from './local/local-mail-router';
import type { ModerationService } from './moderation/moderation-service';
import { createModerationApiRouter } from './moderation/moderation-api-router';
import type { ReportsService } from './moderation/reports-service';
import { createReportsApiRouter } from './moderation/reports-api-router';
import { createReportsPagesRouter } from './moderation/reports-pages-router';
import { createModerationPagesRouter } from './moderation/moderation-pages-router';
import type { LiveService } from './live/live-service';
import { createLiveRouter } from './live/live-router';
import { MAX_TEXT_LENGTH, MAX_TEXT_UTF16_LENGTH } from './comments/comment-validation';
import { createOpenApiRouter } from './api/openapi-router';

/** What the app needs to know about where it runs; no environment reads happen in the app. */
export interface AppSettings {
  local: boolean;
  assetUrl: AssetUrl;
  allowedOrigins: string[];
  /** Origins a form may be posted from (this site's, from configuration); see src/http/csrf.ts. */
  siteOrigins: string[];
  viewsDir: string;
  /** The stylesheet every page inlines (allowed by its CSP hash); pages link it when unset. */
  inlineStyles?: InlineStyles;
  /** Served at `/public` when set (local runs); in AWS assets come from CloudFront. */
  publicDir?: string;
  /** The site's absolute URL for links that leave the site (the Atom feed): SITE_URL, else local. */
  siteUrl?: string;
  /** Seconds between the live notice's requests for new comments (pages' data attribute). */
  livePollSeconds?: number;
  /** The proxies in front, CloudFront's origin secrets and the HSTS preload switch; off locally. */
  frontDoor?: FrontDoorSettings;
}

/** Everything createApp wires together; built once per cold start by dependencies.ts. */
export interface AppDeps {
  logger: AppLogger;
  /** Business metrics, flushed once per request; none when unset. */
  metrics?: BusinessMetrics;
  settings: AppSettings;
  /** The Lambda invocation's ids for the request log line (lambda.ts only). */
  invocationIdsOf?: InvocationIdsSource;
  /** The path prefix links and redirects need (`/dev` behind a REST API stage), '' by default. */
  basePathOf?: (req: Request) => string;
  /** The cold-start token verifier and Cognito client behind sign-in and the auth guards. */
  auth: AuthDeps;
  /** The comment board's rules over its DynamoDB table. */
  comments: CommentsService;
  /** The boards and their counts. */
  boards: BoardsService;
  /** Password reset (and other account flows) over the user pool. */
  accounts: AccountsService;
  /** The signed-in user's own account: the account page, password change, export. */
  myAccount: MyAccountService;
  /** Deleting one's own account and erasing what they wrote. */
  accountDeletion: AccountDeletion;
  /** Moderators' bans. */
  moderation: ModerationService;
  /** Reports of comments and the moderation queue. */
  reports: ReportsService;
  /** "New since" counts for the live notice, and public boards' feeds. */
  live: LiveService;
  /** Turns on `/_local/mail` (loopback only); only npm start and tests pass one, never lambda.ts. */
  mailbox?: Mailbox;
}

const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

const health: RequestHandler = (_req, res) => {
  res.set('Cache-Control', 'no-store').json({ status: 'ok' });
};

/** Builds the Express app from its dependencies: middleware → routers → 404 → error handler. */
export function createApp(deps: AppDeps): Express {
  const { settings } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Only the X-Forwarded-For entries our own proxies appended (CloudFront, API Gateway: 2 in AWS);
  // anything a client sends itself stays untrusted. Lambda's socket is already marked HTTPS.
  app.set('trust proxy', settings.frontDoor?.trustedProxyHops ?? 0);
  // Registered explicitly: Express's own `require(engineName)` is invisible to the Lambda bundler.
  app.engine('ejs', ejs.renderFile);
  // Strong ETags of exactly the bytes sent (Express's default is weak), and 304 on a matching
  // If-None-Match: the listings and the live notice's count are polled.
  app.set('etag', 'strong');
  app.set('view engine', 'ejs');
  app.set('views', settings.viewsDir);
  app.locals.asset = settings.assetUrl;
  app.locals.inlineCss = settings.inlineStyles?.css;
  app.locals.livePollMs = (settings.livePollSeconds ?? 15) * 1000;

  app.use(useTrustedClientAddress);
  app.use(createRequestLogger(deps.logger, deps.invocationIdsOf));
  app.use(createMetricsFlush(deps.metrics ?? noMetrics));
  app.use((req, res, next) => {
    res.locals.base = deps.basePathOf?.(req) ?? '';
    next();
  });
  app.use(createSecurityHeaders(settings));
  app.use(createOriginSecretCheck(settings.frontDoor?.originSecrets ?? []));
  if (settings.publicDir) {
    // A missing file falls through to our own 404 (serve-static's own error would become a 500).
    app.use(
      '/public',
      express.static(settings.publicDir, { maxAge: '1h', redirect: false }),
      notFoundHandler,
    );
  }
  app.route('/healthz').get(health).all(methodNotAllowed('GET'));
  app.use('/api', noStore, createCors(settings.allowedOrigins));
  app.use(cookieParser());
  app.use(createBodyParsers(bodyLimits(MAX_TEXT_LENGTH, MAX_TEXT_UTF16_LENGTH)));
  const auth = createAuthMiddleware(deps.auth, { siteOrigins: settings.siteOrigins });
  app.use(createAuthApiRouter(deps.auth, auth));
  const pages = { local: settings.local, mailbox: Boolean(deps.mailbox) };
  if (deps.mailbox) app.use(createLocalMailRouter(deps.mailbox));
  app.use(createAuthPagesRouter(deps.auth, auth, pages));
  app.use(createAccountsApiRouter(deps.accounts));
  app.use(createAccountsPagesRouter(deps.accounts, auth, pages));
  app.use(createMyAccountApiRouter(deps.myAccount, auth));
  app.use(createMyAccountPagesRouter(deps.myAccount, auth));
  app.use(createAccountDeleteRouter(deps.accountDeletion, auth, pages));
  app.use(createBoardsApiRouter({ boards: deps.boards, auth }));
  app.use(createCommentsApiRouter({ comments: deps.comments, auth }));
  app.use(createModerationApiRouter({ moderation: deps.moderation, auth }));
  app.use(createReportsApiRouter({ reports: deps.reports, auth }));
  const siteUrl = settings.siteUrl ?? settings.siteOrigins[0] ?? '';
  app.use(createLiveRouter({ live: deps.live, auth, siteUrl }));
  app.use(createOpenApiRouter());
  app.use(createBoardsPagesRouter({ boards: deps.boards, auth }));
  app.use(createCommentsPagesRouter({ comments: deps.comments, auth }));
  app.use(createReportsPagesRouter({ comments: deps.comments, reports: deps.reports, auth }));
  app.use(createModerationPagesRouter({ ...deps, auth }));

  app.use(notFoundHandler);
  app.use(createErrorHandler(deps.logger, { identifyUser: auth.identifyUser }));
  return app;
}
