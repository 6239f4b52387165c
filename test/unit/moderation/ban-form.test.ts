import { banFormValues, checkBanForm } from '../../../src/moderation/ban-form';

describe('the ban form', () => {
  it('when every field is fine, then the input is trimmed and days a number', () => {
    const values = banFormValues({ username: ' Bob ', reason: ' spam ', days: ' 7 ' });
    expect(checkBanForm(values)).toEqual({
      errors: {},
      input: { username: 'Bob', reason: 'spam', days: 7 },
    });
  });

  it('when days is empty, then the ban is permanent (no days)', () => {
    expect(checkBanForm(banFormValues({ username: 'bob', reason: 'spam' })).input).toEqual({
      username: 'bob',
      reason: 'spam',
    });
  });

  it('when every field is wrong, then each has its own error at once', () => {
    const { errors, input } = checkBanForm({ username: '', reason: '', days: '1.5' });
    expect(input).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['days', 'reason', 'username']);
  });

  it.each(['0', '-1', 'abc', '3651'])('when days is %p, then days has an error', (days) => {
    expect(checkBanForm({ username: 'bob', reason: 'x', days }).errors.days).toMatch(
      /whole number/,
    );
  });

  it('when the reason is longer than 500 characters, then it says to shorten it', () => {
    const { errors } = checkBanForm({ username: 'bob', reason: 'x'.repeat(501), days: '' });
    expect(errors.reason).toMatch(/shorten/);
  });
});
