import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Run in a fresh process: load a Lambda handler file, answer one event, print the timings as JSON. */
async function probe(handlerFile: string, eventFile: string): Promise<void> {
  const bootMs = performance.now();
  const event = JSON.parse(readFileSync(eventFile, 'utf8'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require(handlerFile);
  const loadedMs = performance.now();
  const context = { awsRequestId: 'bench', getRemainingTimeInMillis: () => 10000 };
  const result = await handler(event, context);
  const answeredMs = performance.now();
  const cpu = process.cpuUsage();
  process.stdout.write(
    `${JSON.stringify({
      status: result.statusCode,
      bootMs,
      loadMs: loadedMs - bootMs,
      firstRequestMs: answeredMs - loadedMs,
      totalMs: answeredMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
    })}\n`,
  );
}

void probe(process.argv[2], process.argv[3]).then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
