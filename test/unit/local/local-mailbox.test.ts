import { createMailbox, parseCognitoMessage } from '../../../src/local/local-mailbox';
import { isLoopback } from '../../../src/local/loopback';

const BOX = [
  '╭──────────────────────────────────────╮',
  '│   Confirmation Code Delivery         │',
  '│                                      │',
  '│   Username:    alice                 │',
  '│   Destination: alice@example.com     │',
  '│   Code:        654321                │',
  '╰──────────────────────────────────────╯',
].join('\n');

describe('local mailbox', () => {
  it('when cognito-local prints a code box, then username, destination and code are read from it', () => {
    expect(parseCognitoMessage(BOX)).toEqual({
      username: 'alice',
      destination: 'alice@example.com',
      code: '654321',
    });
  });

  it('when a printed box has no code, then nothing is recorded', () => {
    const mailbox = createMailbox();

    mailbox.record('│ something else │');

    expect(mailbox.list()).toEqual([]);
  });

  it('when two messages arrive, then the newest is listed first with its time', () => {
    const mailbox = createMailbox();

    mailbox.record(BOX, new Date('2026-01-01T00:00:00Z'));
    mailbox.record(BOX.replace('alice ', 'bob   '), new Date('2026-01-01T00:01:00Z'));

    expect(mailbox.list().map((m) => [m.username, m.sentAt])).toEqual([
      ['bob', '2026-01-01T00:01:00.000Z'],
      ['alice', '2026-01-01T00:00:00.000Z'],
    ]);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.0.2.2', false],
    ['::ffff:192.0.2.2', false],
    ['fd00::2', false],
    ['', false],
    [undefined, false],
  ])('when the peer address is %s, then loopback is %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});
