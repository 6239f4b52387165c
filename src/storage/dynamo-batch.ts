import {
  BatchGetCommand,
  BatchWriteCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { toDependencyError } from './dynamo-errors';

type Item = Record<string, unknown>;

/** BatchGetItem's key limit per call; callers size their reads to stay within one call. */
export const BATCH_GET_MAX = 100;
const BATCH_WRITE_MAX = 25;
/** Unprocessed keys or items (throttling) are retried this many times, then it is a 503. */
const BATCH_ATTEMPTS = 4;

/** What DynamoDB means when it leaves part of a batch unprocessed: throttling, in effect. */
function throttled(): unknown {
  const error = Object.assign(new Error('Part of a batch was left unprocessed'), {
    name: 'ProvisionedThroughputExceededException',
  });
  return toDependencyError(error);
}

async function send<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toDependencyError(error);
  }
}

/** Strongly consistent BatchGetItem of distinct keys, 100 per call, unprocessed keys retried. */
export async function batchGetAll(
  client: DynamoDBDocumentClient,
  TableName: string,
  keys: Item[],
): Promise<Item[]> {
  const found: Item[] = [];
  // DynamoDB refuses a batch that names one key twice.
  const distinct = [...new Map(keys.map((key) => [JSON.stringify(key), key])).values()];
  for (let start = 0; start < distinct.length; start += BATCH_GET_MAX) {
    let Keys: Item[] | undefined = distinct.slice(start, start + BATCH_GET_MAX);
    for (let attempt = 0; Keys?.length; attempt += 1) {
      if (attempt === BATCH_ATTEMPTS) throw throttled();
      const RequestItems = { [TableName]: { Keys: Keys as Item[], ConsistentRead: true } };
      const out: BatchGetCommandOutput = await send(() =>
        client.send(new BatchGetCommand({ RequestItems })),
      );
      found.push(...(out.Responses?.[TableName] ?? []));
      Keys = out.UnprocessedKeys?.[TableName]?.Keys;
    }
  }
  return found;
}

/** BatchWriteItem of puts, 25 per call, unprocessed items retried. */
export async function batchPutAll(
  client: DynamoDBDocumentClient,
  TableName: string,
  items: Item[],
): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH_WRITE_MAX) {
    let writes = items
      .slice(start, start + BATCH_WRITE_MAX)
      .map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; writes.length > 0; attempt += 1) {
      if (attempt === BATCH_ATTEMPTS) throw throttled();
      const RequestItems = { [TableName]: writes };
      const out = await send(() => client.send(new BatchWriteCommand({ RequestItems })));
      writes = (out.UnprocessedItems?.[TableName] ?? []) as typeof writes;
    }
  }
}
