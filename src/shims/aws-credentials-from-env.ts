import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * Stands in for @aws-sdk/credential-provider-node in the Lambda bundle (esbuild `alias`,
 * serverless.yml custom.esbuild). Lambda hands the function its role's credentials in the
 * environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), which is the first
 * source the SDK's default chain tries; the rest of the chain (SSO, ini files, processes, web
 * identity, container and instance metadata, with their STS/SSO clients: ~100 KB of the zip) never
 * runs there. Local runs pass explicit credentials and never reach this.
 */
export const defaultProvider = (init: Parameters<typeof fromEnv>[0] = {}) => fromEnv(init);

/** Part of the module's surface; environment credentials are refreshed by Lambda, not the SDK. */
export const credentialsWillNeedRefresh = () => false;

/** Part of the module's surface; see credentialsWillNeedRefresh. */
export const credentialsTreatedAsExpired = () => false;
