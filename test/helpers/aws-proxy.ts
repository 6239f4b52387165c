import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A pass-through proxy in front of a stand-in, recording each call's AWS operation. */
export interface AwsProxy {
  url: string;
  /** The `X-Amz-Target` operation of every request (or its path when it has none), in order. */
  calls: string[];
  close(): void;
}

/**
 * Forwards every request to `target` and records its operation; an operation `drop` names is cut
 * off with no answer, as an unreachable service would be; one `loseReply` names reaches the
 * service, but its answer is lost on the way back (the connection resets), so the SDK retries a
 * call that did land.
 */
export async function startAwsProxy(
  target: string,
  options: {
    drop?: (operation: string) => boolean;
    loseReply?: (operation: string) => boolean;
  } = {},
): Promise<AwsProxy> {
  const calls: string[] = [];
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const amzTarget = req.headers['x-amz-target'];
    const operation =
      typeof amzTarget === 'string' ? amzTarget.replace(/^.*\./, '') : String(req.url);
    calls.push(operation);
    if (options.drop?.(operation)) return void req.destroy();
    const forward = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (reply) => {
        if (options.loseReply?.(operation)) {
          reply.resume();
          reply.on('end', () => res.destroy());
          return;
        }
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, calls, close: () => server.close() };
}
