import { canRead, signInToRead } from '../../../src/boards/board-access';

const member = { sub: 's', username: 'u', groups: [] };

describe('canRead', () => {
  it('when signed in, then every board can be read', () => {
    expect(canRead({ visibility: 'members' }, member)).toBe(true);
    expect(canRead({ visibility: 'public' }, member)).toBe(true);
  });

  it('when signed out, then only public boards can be read', () => {
    expect(canRead({ visibility: 'public' }, undefined)).toBe(true);
    expect(canRead({ visibility: 'members' }, undefined)).toBe(false);
  });
});

describe('signInToRead', () => {
  it('when built, then it is a 401 unauthorized with the Bearer challenge', () => {
    const error = signInToRead();
    expect([error.status, error.code]).toEqual([401, 'unauthorized']);
    expect(error.headers['WWW-Authenticate']).toBe('Bearer realm="comment-board"');
  });
});
