import path from 'node:path';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { loadLocalConfig } from '../src/config';
import { readDataLock } from '../src/local/data-lock';
import { LOCAL_CLIENT, LOCAL_NAMES } from '../src/local/local-stack';
import { ensureUserPool } from '../src/local/provision';
import type { UserTarget } from './cli-args';
import { readStackOutputs, stackName } from './stack-outputs';

/** The user pool a user command acts on, a client for it, and where its users sign in. */
export interface UserPoolTarget {
  cognito: CognitoIdentityProviderClient;
  userPoolId: string;
  signInUrl: string;
}

/**
 * `--local`: the pool of the `npm start` that holds the data folder (LOCAL_DATA_DIR), found through
 * the endpoint it records in its lock file; otherwise the deployed stage's pool.
 */
export async function openUserPool(target: UserTarget): Promise<UserPoolTarget> {
  if (target.local) return openLocalUserPool();
  const outputs = await readStackOutputs(
    new CloudFormationClient({ region: target.region }),
    target.stage,
  );
  if (!outputs) throw new Error(`Stack ${stackName(target.stage)} not found: deploy it first`);
  return {
    cognito: new CognitoIdentityProviderClient({ region: target.region }),
    userPoolId: outputs.userPoolId,
    signInUrl: `${outputs.siteUrl}/login`,
  };
}

async function openLocalUserPool(): Promise<UserPoolTarget> {
  const dataDir = path.resolve(loadLocalConfig().dataDir);
  const owner = readDataLock(dataDir);
  if (owner && !owner.cognitoEndpoint) {
    throw new Error(
      `npm start (pid ${owner.pid}) on ${dataDir} is still starting; try again in a moment.`,
    );
  }
  if (!owner?.cognitoEndpoint) {
    throw new Error(
      `No npm start is running on the data folder ${dataDir}. Start it first (npm start), with the same LOCAL_DATA_DIR.`,
    );
  }
  const cognito = new CognitoIdentityProviderClient({
    ...LOCAL_CLIENT,
    endpoint: owner.cognitoEndpoint,
  });
  const { userPoolId } = await ensureUserPool(cognito, LOCAL_NAMES.poolName);
  return { cognito, userPoolId, signInUrl: `${owner.appUrl ?? ''}/login` };
}
