import { pageAssets } from '../../../bench/page-weight';
import { findConfirmationCode } from '../../helpers/local-app-process';

describe('pageAssets', () => {
  it('when a page links a stylesheet, a deferred script, an image and a data: icon, then it lists the fetched assets and only the stylesheet blocks rendering', () => {
    const html = [
      '<html><head>',
      '<link rel="icon" href="data:,">',
      '<link rel="stylesheet" href="/public/css/site.css">',
      '<link rel="stylesheet" href="/public/css/print.css" media="print">',
      '</head><body><img src="/public/logo.png" alt="">',
      '<script src="/public/js/char-count.js" defer></script></body></html>',
    ].join('\n');

    const assets = pageAssets(html);

    expect(assets.urls).toEqual([
      '/public/css/site.css',
      '/public/css/print.css',
      '/public/logo.png',
      '/public/js/char-count.js',
    ]);
    expect(assets.renderBlocking).toEqual(['/public/css/site.css']);
  });

  it('when a script in the head has neither defer nor async, then it blocks rendering', () => {
    const html = '<head><script src="/a.js"></script><script src="/b.js" async></script></head>';

    expect(pageAssets(html).renderBlocking).toEqual(['/a.js']);
  });
});

describe('findConfirmationCode', () => {
  const box = (username: string, code: string) =>
    [
      'Message from the local Cognito (a confirmation code):',
      '╭──────────────────────────────╮',
      '│   Confirmation Code Delivery │',
      `│   Username:    ${username}   │`,
      `│   Code:        ${code}       │`,
      '╰──────────────────────────────╯',
    ].join('\n');

  it('when several boxes were printed, then it returns the latest code for that user only', () => {
    const output = [box('alice', '111111'), box('bob', '222222'), box('alice', '333333')].join(
      '\n',
    );

    expect(findConfirmationCode(output, 'alice')).toBe('333333');
    expect(findConfirmationCode(output, 'bob')).toBe('222222');
    expect(findConfirmationCode(output, 'carol')).toBeUndefined();
  });
});
