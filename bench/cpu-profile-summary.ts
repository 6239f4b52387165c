import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SourceMap, type SourceMapPayload } from 'node:module';

const ROOT = path.resolve(__dirname, '..');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where one source position came from: a package, one of our folders, Node itself, or V8. */
export function ownerOf(mapped: string | null, url: string, fn: string): string {
  // Unbundled code (the bench server runs src/ under tsx) is its own source.
  const source =
    mapped ?? (url.startsWith('file://') ? path.relative(ROOT, new URL(url).pathname) : null);
  if (source) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    if (pkg) return pkg[1];
    return source
      .replace(/^(\.\.\/)+/, '')
      .split('/')
      .slice(0, 2)
      .join('/');
  }
  if (url.startsWith('node:')) return `node (${url.slice(5).split('/')[0]})`;
  if (!url) return `(${fn || 'V8'})`;
  return path.basename(url);
}

/**
 * Sums a V8 `.cpuprofile`'s self time by owner, mapping positions in a bundle back through its
 * source map (`<bundle>.map` next to it), so a minified Lambda bundle reads as packages.
 */
export function summarizeProfile(profileFile: string): Array<{ owner: string; ms: number }> {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + profile.timeDeltas[i]));
  const maps = new Map<string, SourceMap | undefined>();
  const mapOf = (url: string) => {
    if (!maps.has(url)) {
      const file = url.startsWith('file://') ? `${new URL(url).pathname}.map` : '';
      maps.set(
        url,
        file && existsSync(file)
          ? new SourceMap(JSON.parse(readFileSync(file, 'utf8')) as SourceMapPayload)
          : undefined,
      );
    }
    return maps.get(url);
  };
  const totals = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id);
    if (!us) continue;
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    const entry = mapOf(url)?.findEntry(lineNumber, columnNumber) as
      { originalSource?: string } | undefined;
    const source = entry?.originalSource ?? null;
    const owner = ownerOf(source, url, functionName);
    totals.set(owner, (totals.get(owner) ?? 0) + us);
  }
  return [...totals].map(([owner, us]) => ({ owner, ms: us / 1000 })).sort((a, b) => b.ms - a.ms);
}

if (require.main === module) {
  const [file, top = '20'] = process.argv.slice(2);
  const rows = summarizeProfile(file);
  const total = rows.reduce((sum, row) => sum + row.ms, 0);
  console.log(`${file}: ${total.toFixed(0)} ms of samples`);
  for (const row of rows.slice(0, Number(top))) {
    console.log(
      `${row.ms.toFixed(1).padStart(8)} ms  ${((100 * row.ms) / total).toFixed(1).padStart(5)}%  ${row.owner}`,
    );
  }
}
