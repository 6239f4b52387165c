import path from 'node:path';
import { CloudFormationClient, type Output } from '@aws-sdk/client-cloudformation';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { loadLocalConfig } from '../src/config';
import { readDataLock } from '../src/local/data-lock';
import { LOCAL_CLIENT, LOCAL_NAMES } from '../src/local/local-stack';
import { ensureUserPool } from '../src/local/provision';
import type { SmokeArgs } from './cli-args';
import { describeStackOutputs, stackName } from './stack-outputs';

/** What the smoke test runs against: the site, its user pool, and (in AWS) the bypass URL. */
export interface SmokeTarget {
  local: boolean;
  /** Where people use the site: CloudFront (or the custom domain) in AWS, `npm start` locally. */
  siteUrl: string;
  /** The HTTP API's own execute-api URL, which must refuse requests that skip CloudFront. */
  directApiUrl?: string;
  cognito: CognitoIdentityProviderClient;
  userPoolId: string;
}

/** The stack outputs the smoke test reads; the one place to follow when the outputs change. */
export function smokeUrlsOf(outputs: Output[]): {
  siteUrl: string;
  directApiUrl: string;
  userPoolId: string;
} {
  const byKey = new Map(outputs.map((output) => [output.OutputKey, output.OutputValue ?? '']));
  const keys = { siteUrl: 'SiteUrl', directApiUrl: 'HttpApiUrl', userPoolId: 'UserPoolId' };
  const missing = Object.values(keys).filter((key) => !byKey.get(key));
  if (missing.length > 0) throw new Error(`The stack has no output(s): ${missing.join(', ')}`);
  const read = (key: string) => byKey.get(key)!.replace(/\/+$/, '');
  return {
    siteUrl: read(keys.siteUrl),
    directApiUrl: read(keys.directApiUrl),
    userPoolId: read(keys.userPoolId),
  };
}

/** The deployed stage (`--stage`, `--region`) or, with `--local`, the `npm start` on LOCAL_DATA_DIR. */
export async function openSmokeTarget(args: SmokeArgs): Promise<SmokeTarget> {
  if (args.local) return openLocalTarget(args.url);
  const outputs = await describeStackOutputs(
    new CloudFormationClient({ region: args.region }),
    args.stage,
  );
  if (!outputs) throw new Error(`Stack ${stackName(args.stage)} not found: deploy it first`);
  const urls = smokeUrlsOf(outputs);
  return {
    local: false,
    siteUrl: args.url ?? urls.siteUrl,
    directApiUrl: urls.directApiUrl,
    cognito: new CognitoIdentityProviderClient({ region: args.region }),
    userPoolId: urls.userPoolId,
  };
}

async function openLocalTarget(url: string | undefined): Promise<SmokeTarget> {
  const dataDir = path.resolve(loadLocalConfig().dataDir);
  const owner = readDataLock(dataDir);
  if (!owner?.cognitoEndpoint || !owner.appUrl) {
    throw new Error(
      `No running npm start on the data folder ${dataDir}. Start it first (npm start), with the same LOCAL_DATA_DIR.`,
    );
  }
  const cognito = new CognitoIdentityProviderClient({
    ...LOCAL_CLIENT,
    endpoint: owner.cognitoEndpoint,
  });
  const { userPoolId } = await ensureUserPool(cognito, LOCAL_NAMES.poolName);
  return { local: true, siteUrl: url ?? owner.appUrl, cognito, userPoolId };
}
