/** The `next` values that redirected off-site before the fix (issue 10, item 1). */
export const KNOWN_OPEN_REDIRECTS = [
  '/.//evil.com',
  '/..//evil.com',
  '/a/..//evil.com',
  '/%2e//evil.com',
  '/%2E%2E//evil.com',
  '/comments/..//evil.com/x?y=1',
];

/** Pieces that steer URL normalisation: dot segments (raw and encoded), slashes, schemes, hosts. */
const PIECES = [
  '/',
  '/',
  '//',
  '\\',
  '.',
  '..',
  './',
  '../',
  '%2e',
  '%2E',
  '%2e%2e',
  '%2f',
  '%2F',
  '%5c',
  '%5C',
  '%00',
  '%09',
  '%0a',
  '\t',
  '\n',
  ' ',
  '@',
  ':',
  '?',
  '#',
  '&',
  '=',
  ';',
  'evil.com',
  'comments',
  'a',
  'http:',
  'https:',
  'javascript:',
  '\u3002',
  '\uff0f',
  '\u2215',
  '\u200b',
  'x',
  '%',
];

/** A small seeded PRNG (mulberry32): the same seed gives the same cases on every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` deterministic `next` values built from PIECES, most starting with `/` like real paths. */
export function fuzzNextValues(count: number, seed = 10): string[] {
  const random = mulberry32(seed);
  const pick = () => PIECES[Math.floor(random() * PIECES.length)];
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(random() * 7);
    const body = Array.from({ length }, pick).join('');
    return random() < 0.8 ? `/${body}` : body;
  });
}

/** True when a Location value stays on this site: a path, not `//host` or `/\host`, same origin. */
export function isSitePath(location: string): boolean {
  const site = 'http://site.test';
  return (
    /^\/(?![/\\])/.test(location) &&
    ![...location].some((c) => c < ' ' || c === '\u007f' || c === '\\') &&
    new URL(location, site).origin === site
  );
}
