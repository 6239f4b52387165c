import {
  AdminSetUserPasswordCommand,
  InitiateAuthCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { createUserRequests, ensureUser, type PoolIds } from './provision';

/**
 * What the banner may promise about the demo user: `created` (new), `applied` (DEMO_PASSWORD was
 * set on the stored user), `unchanged` (the stored password is the one shown), `kept` (the stored
 * user has another password, which still holds).
 */
export type DemoUserState = 'created' | 'applied' | 'unchanged' | 'kept';

/** The demo user as `npm start` configures it; `passwordSet` is true when DEMO_PASSWORD was given. */
export interface DemoUser {
  username: string;
  password: string;
  email: string;
  passwordSet: boolean;
}

/** Creates the demo user, or on stored data applies an explicit DEMO_PASSWORD / checks the stored one. */
export async function ensureDemoUser(
  cognito: CognitoIdentityProviderClient,
  ids: PoolIds,
  user: DemoUser,
): Promise<DemoUserState> {
  if ((await ensureUser(cognito, ids.userPoolId, user)) === 'created') return 'created';
  if (user.passwordSet) {
    const { setPassword } = createUserRequests(ids.userPoolId, user);
    await cognito.send(new AdminSetUserPasswordCommand(setPassword));
    return 'applied';
  }
  return (await passwordWorks(cognito, ids.clientId, user)) ? 'unchanged' : 'kept';
}

/** Signs in once with USER_PASSWORD_AUTH (what the app uses) to learn whether the password holds. */
async function passwordWorks(
  cognito: CognitoIdentityProviderClient,
  clientId: string,
  user: DemoUser,
): Promise<boolean> {
  try {
    await cognito.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: clientId,
        AuthParameters: { USERNAME: user.username, PASSWORD: user.password },
      }),
    );
    return true;
  } catch (error) {
    // cognito-local answers a wrong password with InvalidPasswordException (AWS: NotAuthorized).
    const name = (error as Error).name;
    if (name === 'NotAuthorizedException' || name === 'InvalidPasswordException') return false;
    throw error;
  }
}
