import { startLocalAppProcess, type LocalAppProcess } from '../helpers/local-app-process';

// Over a real `npm start` process: inside jest's sandbox, Node's own fs errors fail
// `instanceof Error`, so serve-static's ENOENT looks exposable there and hides the 500 a real
// process gave.
let app: LocalAppProcess;
beforeAll(async () => {
  app = await startLocalAppProcess();
}, 60_000);
afterAll(() => app?.stop());

describe('assets under /public', () => {
  it.each(['/public/no-such-file.css', '/public/', '/public', '/public/js/', '/public/js/x.js'])(
    'when %s (nothing to serve) is requested, then it is a 404 page, not a 500',
    async (path) => {
      const res = await fetch(`${app.baseUrl}${path}`, { redirect: 'manual' });
      const html = await res.text();
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(html).toContain('Page not found');
      expect(html).not.toMatch(/ENOENT|node_modules|at .*\.js:\d+/);
    },
  );

  it('when an existing asset is requested, then it is served', async () => {
    const res = await fetch(`${app.baseUrl}/public/js/char-count.js`);
    expect(res.status).toBe(200);
  });
});
