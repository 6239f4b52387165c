import { AdminAddUserToGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { reportFailure } from './report-failure';
import { parseUserPromoteArgs } from './cli-args';
import { openUserPool } from './user-pool-target';
import { promoteRequest } from './user-commands';

/** `npm run user:promote -- --username … [--local]`: adds the user to `moderators`. */
async function main(): Promise<void> {
  const args = parseUserPromoteArgs(process.argv.slice(2));
  const pool = await openUserPool(args);
  const request = promoteRequest(pool.userPoolId, args.username);
  await pool.cognito.send(new AdminAddUserToGroupCommand(request));
  // Groups travel in the tokens, so a session signed in before this keeps its old rights.
  console.log(
    `${args.username} is now in "${request.GroupName}"; it applies from their next sign-in (sign out and in again).`,
  );
}

main().catch((error: unknown) => reportFailure('user:promote', error));
