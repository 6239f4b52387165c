import { randomBytes } from 'node:crypto';
import type { AdminAddUserToGroupCommandInput } from '@aws-sdk/client-cognito-identity-provider';
import { MODERATORS_GROUP } from '../src/auth/auth-user';

export { createUserRequests } from '../src/local/provision';

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

/** True when a password meets the pool's policy in serverless.yml (8+, lower, upper, digit). */
export function meetsPasswordPolicy(password: string): boolean {
  return (
    password.length >= 8 && /[a-z]/.test(password) && /[A-Z]/.test(password) && /\d/.test(password)
  );
}

/** A strong random password that meets the pool's policy (shown once by `user:create`). */
export function generatePassword(random: Buffer = randomBytes(18)): string {
  const pick = (set: string, byte: number) => set[byte % set.length];
  return (
    pick(LOWER, random[0]) +
    pick(UPPER, random[1]) +
    pick(DIGITS, random[2]) +
    random.subarray(3).toString('base64url')
  );
}

/** The call that makes a user a moderator. */
export function promoteRequest(
  userPoolId: string,
  username: string,
): AdminAddUserToGroupCommandInput {
  return { UserPoolId: userPoolId, Username: username, GroupName: MODERATORS_GROUP };
}
