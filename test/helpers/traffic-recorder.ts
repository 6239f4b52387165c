/** One answered (or failed) request of a traffic loop. */
export interface TrafficSample {
  startedAt: number;
  ms: number;
  status: number;
  /** `error.code` of a JSON error body, or the network error's name when no answer came. */
  code?: string;
  json: boolean;
}

/** Requests running in a loop until stopped, each one timed and recorded. */
export interface Traffic {
  samples: TrafficSample[];
  /** Samples that started at or after `since` (epoch ms). */
  since(since: number): TrafficSample[];
  stop(): Promise<void>;
}

/** Keeps `concurrency` loops sending `send()` back to back; a request is aborted after `timeoutMs`. */
export function startTraffic(
  send: (signal: AbortSignal) => Promise<Response>,
  options: { concurrency?: number; timeoutMs?: number; pauseMs?: number } = {},
): Traffic {
  const samples: TrafficSample[] = [];
  let running = true;
  const loop = async () => {
    while (running) {
      const startedAt = Date.now();
      try {
        const res = await send(AbortSignal.timeout(options.timeoutMs ?? 15000));
        const json = (res.headers.get('content-type') ?? '').includes('application/json');
        const body = json
          ? ((await res.json()) as { error?: { code?: string } })
          : await res.text();
        const code = typeof body === 'object' ? body.error?.code : undefined;
        samples.push({ startedAt, ms: Date.now() - startedAt, status: res.status, code, json });
      } catch (error) {
        samples.push({
          startedAt,
          ms: Date.now() - startedAt,
          status: 0,
          code: (error as Error).name,
          json: false,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 20));
    }
  };
  const loops = Array.from({ length: options.concurrency ?? 4 }, loop);
  return {
    samples,
    since: (since) => samples.filter((sample) => sample.startedAt >= since),
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** Polls `probe` until it returns true or `timeoutMs` passes; resolves with the time it took. */
export async function eventually(
  probe: () => Promise<boolean>,
  timeoutMs: number,
  intervalMs = 200,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Condition not met within ${timeoutMs} ms`);
}
