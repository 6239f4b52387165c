import path from 'node:path';
import {
  IMMUTABLE_CACHE_CONTROL,
  missingUploads,
  planAssetUploads,
} from '../../../scripts/asset-upload-plan';

const manifest = {
  'css/site.css': 'css/site.0123456789.css',
  'js/app.js': 'js/app.abcdefabcd.js',
  'img/logo.svg': 'img/logo.1111111111.svg',
  'fonts/x.woff2': 'fonts/x.2222222222.woff2',
  'misc/data.unknownext': 'misc/data.3333333333.unknownext',
};

describe('planAssetUploads', () => {
  const plan = planAssetUploads(manifest, '.build/assets');
  const byKey = Object.fromEntries(plan.map((upload) => [upload.key, upload]));

  it('when planned, then every hashed file is uploaded once under public/ and its hashed name', () => {
    expect(plan.map((upload) => upload.key).sort()).toEqual(
      Object.values(manifest)
        .map((hashed) => `public/${hashed}`)
        .sort(),
    );
    expect(byKey['public/css/site.0123456789.css'].file).toBe(
      path.join('.build/assets', 'css/site.0123456789.css'),
    );
  });

  it('when planned, then every upload is cached for a year as immutable', () => {
    expect(IMMUTABLE_CACHE_CONTROL).toBe('public, max-age=31536000, immutable');
    expect(new Set(plan.map((upload) => upload.cacheControl))).toEqual(
      new Set([IMMUTABLE_CACHE_CONTROL]),
    );
  });

  it('when planned, then each file gets the Content-Type of its extension', () => {
    expect(byKey['public/css/site.0123456789.css'].contentType).toBe('text/css; charset=utf-8');
    expect(byKey['public/js/app.abcdefabcd.js'].contentType).toBe('text/javascript; charset=utf-8');
    expect(byKey['public/img/logo.1111111111.svg'].contentType).toBe('image/svg+xml');
    expect(byKey['public/fonts/x.2222222222.woff2'].contentType).toBe('font/woff2');
    expect(byKey['public/misc/data.3333333333.unknownext'].contentType).toBe(
      'application/octet-stream',
    );
  });
});

describe('missingUploads', () => {
  it('when some keys are already in the bucket, then only the others are uploaded', () => {
    const plan = planAssetUploads(manifest, 'out');
    const left = missingUploads(plan, ['public/css/site.0123456789.css', 'public/old/file.css']);
    expect(left.map((upload) => upload.key)).not.toContain('public/css/site.0123456789.css');
    expect(left).toHaveLength(plan.length - 1);
  });
});
