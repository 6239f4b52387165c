import type { TrafficSample } from './traffic-recorder';

/** Count, statuses and latency (max, p50) of some traffic samples, for the figures report. */
export function figuresOf(samples: TrafficSample[]) {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const s of samples) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  return {
    requests: samples.length,
    statuses,
    p50Ms: sorted[Math.floor(sorted.length / 2)] ?? 0,
    maxMs: sorted[sorted.length - 1] ?? 0,
  };
}
