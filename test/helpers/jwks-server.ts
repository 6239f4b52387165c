import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A tiny JWKS endpoint on a free loopback port: can be taken down and counts its hits. */
export interface JwksServer {
  uri: string;
  hits: number;
  available: boolean;
  /** What it serves; replace it to publish other keys (a key rotation). */
  document: object;
  close(): Promise<void>;
}

/** Serves `document` at `/jwks.json` (503 while `available` is false). */
export async function startJwksServer(document: object): Promise<JwksServer> {
  const state = { hits: 0, available: true, document };
  const server: Server = createServer((req, res) => {
    state.hits += 1;
    if (!state.available || req.url !== '/jwks.json') {
      res.writeHead(state.available ? 404 : 503).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(state.document));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    uri: `http://127.0.0.1:${port}/jwks.json`,
    get hits() {
      return state.hits;
    },
    set hits(value: number) {
      state.hits = value;
    },
    get document() {
      return state.document;
    },
    set document(value: object) {
      state.document = value;
    },
    get available() {
      return state.available;
    },
    set available(value: boolean) {
      state.available = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
