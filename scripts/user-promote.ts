import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  AdminAddUserToGroupCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { reportFailure } from './report-failure';
import { parseUserPromoteArgs } from './cli-args';
import { readStackOutputs, stackName } from './stack-outputs';
import { promoteRequest } from './user-commands';

/** `npm run user:promote -- --username …`: adds the user to `moderators` (effective at next sign-in). */
async function main(): Promise<void> {
  const args = parseUserPromoteArgs(process.argv.slice(2));
  const outputs = await readStackOutputs(
    new CloudFormationClient({ region: args.region }),
    args.stage,
  );
  if (!outputs) throw new Error(`Stack ${stackName(args.stage)} not found: deploy it first`);
  const request = promoteRequest(outputs.userPoolId, args.username);
  await new CognitoIdentityProviderClient({ region: args.region }).send(
    new AdminAddUserToGroupCommand(request),
  );
  console.log(
    `${args.username} is now in "${request.GroupName}"; it applies from their next sign-in.`,
  );
}

main().catch((error: unknown) => reportFailure('user:promote', error));
