import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Calls to AWS services seen since the last reset, by service and operation. */
export interface CallCounts {
  dynamodb: Record<string, number>;
  cognito: Record<string, number>;
}

const counts: CallCounts = { dynamodb: {}, cognito: {} };

const bump = (bucket: Record<string, number>, key: string) =>
  (bucket[key] = (bucket[key] ?? 0) + 1);

/** The counts so far (a copy). */
export function callCounts(): CallCounts {
  return { dynamodb: { ...counts.dynamodb }, cognito: { ...counts.cognito } };
}

/** Starts counting from zero again. */
export function resetCallCounts(): void {
  counts.dynamodb = {};
  counts.cognito = {};
}

function cognitoOperation(url: string, init?: RequestInit): string {
  if (url.includes('/.well-known/jwks.json')) return 'JWKS';
  const headers = new Headers(init?.headers);
  return headers.get('X-Amz-Target')?.split('.').pop() ?? 'other';
}

/**
 * Instruments the process before the app is loaded: every DynamoDB document client gets a counting
 * middleware on its SDK middleware stack, and `fetch` (used by amazon-cognito-identity-js and the
 * JWKS fetcher) counts requests to the Cognito endpoint. Production code is not touched.
 */
export function installCallCounters(cognitoEndpoint: string): void {
  const from = DynamoDBDocumentClient.from.bind(DynamoDBDocumentClient);
  DynamoDBDocumentClient.from = (client, translateConfig) => {
    const documentClient = from(client, translateConfig);
    documentClient.middlewareStack.add(
      (next, context) => (args) => {
        bump(counts.dynamodb, String(context.commandName ?? 'unknown').replace(/Command$/, ''));
        return next(args);
      },
      { step: 'initialize', name: 'benchCallCounter' },
    );
    return documentClient;
  };
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith(cognitoEndpoint)) bump(counts.cognito, cognitoOperation(url, init));
    return realFetch(input, init);
  };
}
