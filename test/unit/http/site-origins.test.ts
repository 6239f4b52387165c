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
});
