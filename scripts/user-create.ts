import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { reportFailure } from './report-failure';
import { parseUserCreateArgs } from './cli-args';
import { readStackOutputs, stackName } from './stack-outputs';
import { createUserRequests, generatePassword, meetsPasswordPolicy } from './user-commands';

/** `npm run user:create -- --username … --email …`: a confirmed user in the deployed pool. */
async function main(): Promise<void> {
  const args = parseUserCreateArgs(process.argv.slice(2));
  const password = args.password ?? generatePassword();
  if (!meetsPasswordPolicy(password)) {
    throw new Error(
      'The password needs 8+ characters with a lower-case letter, an upper-case letter and a digit',
    );
  }
  const outputs = await readStackOutputs(
    new CloudFormationClient({ region: args.region }),
    args.stage,
  );
  if (!outputs) throw new Error(`Stack ${stackName(args.stage)} not found: deploy it first`);
  const cognito = new CognitoIdentityProviderClient({ region: args.region });
  const requests = createUserRequests(outputs.userPoolId, { ...args, password });
  await cognito.send(new AdminCreateUserCommand(requests.create));
  await cognito.send(new AdminSetUserPasswordCommand(requests.setPassword));
  console.log(
    `Created ${args.username} in ${outputs.userPoolId}. Sign in at ${outputs.apiUrl}/login`,
  );
  if (!args.password) console.log(`Password (shown once): ${password}`);
}

main().catch((error: unknown) => reportFailure('user:create', error));
