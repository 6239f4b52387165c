import { noneMatchHits, strongEtag } from '../../../src/http/etag';

describe('etag', () => {
  it('when bodies differ, then their strong ETags differ; the same body gives the same one', () => {
    expect(strongEtag('{"a":1}')).toBe(strongEtag('{"a":1}'));
    expect(strongEtag('{"a":1}')).not.toBe(strongEtag('{"a":2}'));
    expect(strongEtag('x')).toMatch(/^"[A-Za-z0-9_-]+"$/);
  });

  it('when If-None-Match lists the tag (also weak, or *), then it hits; otherwise not', () => {
    const tag = strongEtag('x');
    expect(noneMatchHits(`"other", ${tag}`, tag)).toBe(true);
    expect(noneMatchHits(`W/${tag}`, tag)).toBe(true);
    expect(noneMatchHits('*', tag)).toBe(true);
    expect(noneMatchHits('"other"', tag)).toBe(false);
    expect(noneMatchHits(undefined, tag)).toBe(false);
  });
});
