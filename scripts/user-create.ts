import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { reportFailure } from './report-failure';
import { parseUserCreateArgs } from './cli-args';
import { openUserPool } from './user-pool-target';
import { createUserRequests, generatePassword, meetsPasswordPolicy } from './user-commands';

/**
 * `npm run user:create -- --username … --email … [--temporary] [--local]`: a confirmed user in the
 * pool; with `--temporary` the password is a temporary one the user replaces at first sign-in.
 */
async function main(): Promise<void> {
  const args = parseUserCreateArgs(process.argv.slice(2));
  const password = args.password ?? generatePassword();
  if (!meetsPasswordPolicy(password)) {
    throw new Error(
      'The password needs 8+ characters with a lower-case letter, an upper-case letter and a digit',
    );
  }
  const pool = await openUserPool(args);
  const requests = createUserRequests(pool.userPoolId, { ...args, password });
  if (args.temporary) {
    // FORCE_CHANGE_PASSWORD: the first sign-in leads to "Choose a new password".
    await pool.cognito.send(
      new AdminCreateUserCommand({ ...requests.create, TemporaryPassword: password }),
    );
  } else {
    await pool.cognito.send(new AdminCreateUserCommand(requests.create));
    await pool.cognito.send(new AdminSetUserPasswordCommand(requests.setPassword));
  }
  const when = args.temporary
    ? ' (a temporary password: they choose their own at first sign-in)'
    : '';
  console.log(
    `Created ${args.username} in ${pool.userPoolId}${when}. Sign in at ${pool.signInUrl}`,
  );
  if (!args.password) console.log(`Password (shown once): ${password}`);
}

main().catch((error: unknown) => reportFailure('user:create', error));
