/** The signed-in user, taken only from a verified Cognito token (never from the request body). */
export interface AuthUser {
  sub: string;
  username: string;
  groups: string[];
}

/** Cognito group whose members may hide any comment. */
export const MODERATORS_GROUP = 'moderators';
