import { createAssetManifest, hashedAssetName } from '../../../scripts/asset-manifest';

describe('hashedAssetName', () => {
  it('when a file is hashed, then the hash goes before the extension and the folder is kept', () => {
    expect(hashedAssetName('css/site.css', 'body{}')).toMatch(/^css\/site\.[0-9a-f]{10}\.css$/);
  });

  it('when the content changes, then the name changes; when it does not, the name is stable', () => {
    expect(hashedAssetName('a.js', 'x')).toBe(hashedAssetName('a.js', 'x'));
    expect(hashedAssetName('a.js', 'x')).not.toBe(hashedAssetName('a.js', 'y'));
  });
});

describe('createAssetManifest', () => {
  it('when files are given, then each logical path maps to its hashed name, sorted', () => {
    const manifest = createAssetManifest([
      { path: 'js/app.js', content: 'console.log(1)' },
      { path: 'css/site.css', content: 'body{}' },
    ]);
    expect(Object.keys(manifest)).toEqual(['css/site.css', 'js/app.js']);
    expect(manifest['js/app.js']).toBe(hashedAssetName('js/app.js', 'console.log(1)'));
  });
});
