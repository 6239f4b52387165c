import { createAssetUrl } from '../../../src/http/asset-url';

describe('createAssetUrl', () => {
  it('when there is no manifest, then assets are served from /public unchanged', () => {
    expect(createAssetUrl('/public')('css/site.css')).toBe('/public/css/site.css');
  });

  it('when a manifest maps the file, then the hashed name on the CDN is used', () => {
    const url = createAssetUrl('https://d111.cloudfront.net/', {
      'css/site.css': 'css/site.3f2a9c.css',
    });
    expect(url('/css/site.css')).toBe('https://d111.cloudfront.net/css/site.3f2a9c.css');
  });
});
