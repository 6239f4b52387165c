import { siteOriginsOf } from '../../../src/http/site-origins';

describe('site origins', () => {
  it('when SITE_URL is set, then its origin alone counts (path and trailing slash dropped)', () => {
    expect(siteOriginsOf('https://board.example.com/some/path/', 3000)).toEqual([
      'https://board.example.com',
    ]);
  });

  it('when SITE_URL is not set (local run), then the loopback names on the listening port count', () => {
    expect(siteOriginsOf(undefined, 4321)).toEqual([
      'http://localhost:4321',
      'http://127.0.0.1:4321',
      'http://[::1]:4321',
    ]);
  });

  it('when a local run binds a named HOST, then that name on the port counts too; a wildcard adds nothing', () => {
    expect(siteOriginsOf(undefined, 3000, '192.168.1.20')).toContain('http://192.168.1.20:3000');
    expect(siteOriginsOf(undefined, 3000, '0.0.0.0')).toHaveLength(3);
  });
});
