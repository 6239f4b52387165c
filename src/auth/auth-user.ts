import type { Response } from 'express';

/** The signed-in user, taken only from a verified Cognito token (never from the request body). */
export interface AuthUser {
  sub: string;
  username: string;
  groups: string[];
}

/** Cognito group whose members may hide any comment. */
export const MODERATORS_GROUP = 'moderators';

/** The user the auth guards put on the response; only call it behind requireApiUser/requirePageUser. */
export function currentUser(res: Response): AuthUser {
  return res.locals.user as AuthUser;
}

/** True for members of the Cognito `moderators` group. */
export function isModerator(user: AuthUser): boolean {
  return user.groups.includes(MODERATORS_GROUP);
}

/** The reader behind allowApiReader/allowPageReader: the signed-in user, or undefined signed out. */
export function readerOf(res: Response): AuthUser | undefined {
  return res.locals.user as AuthUser | undefined;
}
