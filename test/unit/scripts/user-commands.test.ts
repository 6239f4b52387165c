import {
  createUserRequests,
  generatePassword,
  meetsPasswordPolicy,
  promoteRequest,
} from '../../../scripts/user-commands';

describe('generatePassword', () => {
  it('when generated, then it meets the pool policy and is long', () => {
    for (let i = 0; i < 50; i += 1) {
      const password = generatePassword();
      expect(meetsPasswordPolicy(password)).toBe(true);
      expect(password.length).toBeGreaterThanOrEqual(20);
    }
  });

  it('when given all-zero bytes, then it still meets the policy', () => {
    expect(meetsPasswordPolicy(generatePassword(Buffer.alloc(18)))).toBe(true);
  });
});

describe('meetsPasswordPolicy', () => {
  it('when a class or length is missing, then false', () => {
    expect(meetsPasswordPolicy('Short1a')).toBe(false);
    expect(meetsPasswordPolicy('alllower123')).toBe(false);
    expect(meetsPasswordPolicy('ALLUPPER123')).toBe(false);
    expect(meetsPasswordPolicy('NoDigitsHere')).toBe(false);
    expect(meetsPasswordPolicy('Good-Passw0rd')).toBe(true);
  });
});

describe('createUserRequests', () => {
  it('when a user is created, then the email is verified, no invitation is sent and the password is permanent', () => {
    const { create, setPassword } = createUserRequests('pool-1', {
      username: 'alice',
      email: 'alice@example.com',
      password: 'Good-Passw0rd',
    });
    expect(create).toEqual({
      UserPoolId: 'pool-1',
      Username: 'alice',
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: 'alice@example.com' },
        { Name: 'email_verified', Value: 'true' },
      ],
    });
    expect(setPassword).toEqual({
      UserPoolId: 'pool-1',
      Username: 'alice',
      Password: 'Good-Passw0rd',
      Permanent: true,
    });
  });
});

describe('promoteRequest', () => {
  it('when a user is promoted, then they are added to the moderators group', () => {
    expect(promoteRequest('pool-1', 'alice')).toEqual({
      UserPoolId: 'pool-1',
      Username: 'alice',
      GroupName: 'moderators',
    });
  });
});
