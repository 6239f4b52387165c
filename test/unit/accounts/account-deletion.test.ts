import { createAccountDeletion } from '../../../src/accounts/account-deletion';
import type { AccountErasure } from '../../../src/accounts/account-erasure';

/** An unsigned token whose payload names `sub` (readIssuedToken reads, never verifies). */
const tokenOf = (sub: string) =>
  ['{"alg":"none"}', JSON.stringify({ sub, username: 'u', token_use: 'access', iat: 1 }), 'sig']
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.');

function setup(finish: AccountErasure['finish'], tokenSub = 's') {
  const steps: string[] = [];
  const warnings: Record<string, unknown>[] = [];
  const deletion = createAccountDeletion({
    userPool: {
      signIn: async () => ({
        accessToken: tokenOf(tokenSub),
        idToken: '',
        refreshToken: '',
        expiresIn: 1,
      }),
    },
    erasure: { begin: async () => void steps.push('begin'), finish },
    logger: { warn: (_message, ...extra) => void warnings.push(...extra) },
  });
  return { steps, warnings, deletion };
}
const user = { sub: 's', username: 'u', groups: [] };

describe('account deletion', () => {
  it('when the erasure stops half-way, then the sub is logged for user:erase and the error comes through', async () => {
    const { warnings, deletion } = setup(async () => {
      throw new Error('DynamoDB unreachable');
    });

    await expect(deletion.deleteAccount(user, 'pw')).rejects.toThrow('DynamoDB unreachable');

    expect(warnings).toEqual([expect.objectContaining({ sub: 's' })]);
  });

  it('when the password belongs to another account, then it is 401 and nothing begins', async () => {
    const { steps, deletion } = setup(async () => ({}), 'someone-else');

    await expect(deletion.deleteAccount(user, 'pw')).rejects.toMatchObject({
      status: 401,
      code: 'invalid_credentials',
    });
    expect(steps).toEqual([]);
  });
});
