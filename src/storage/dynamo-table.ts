import {
  DeleteCommand,
  type DeleteCommandInput,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type PutCommandInput,
  type QueryCommandInput,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { batchGetAll, batchPutAll } from './dynamo-batch';
import { isConditionalCheckFailed, toDependencyError } from './dynamo-errors';

/**
 * Every DynamoDB action the app calls on its table (below): the Lambda's IAM policy grants exactly these.
 */
export const DYNAMODB_ACTIONS = [
  'dynamodb:Query',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchGetItem',
  'dynamodb:BatchWriteItem',
] as const;

/** A plain DynamoDB item. */
export type Item = Record<string, unknown>;

/** The calls the app makes on its one table; outages and throttling become 503s. */
export interface TableAccess {
  /** Strongly consistent GetItem. */
  get(key: Item): Promise<Item | undefined>;
  /** Strongly consistent BatchGetItem of distinct keys (one call up to 100); missing keys are absent. */
  batchGet(keys: Item[]): Promise<Item[]>;
  /** BatchWriteItem of unconditional puts (one call up to 25 items); for items whose ids are new. */
  batchPut(items: Item[]): Promise<void>;
  /** Conditional UpdateItem; resolves the item as it now is, or undefined when the condition failed. */
  updateIf(
    key: Item,
    input: Pick<
      UpdateCommandInput,
      | 'UpdateExpression'
      | 'ConditionExpression'
      | 'ExpressionAttributeNames'
      | 'ExpressionAttributeValues'
    >,
  ): Promise<Item | undefined>;
  /** Conditional PutItem; false when the condition (by default: no item with this key) fails. */
  putIf(item: Item, condition?: Omit<PutCommandInput, 'TableName' | 'Item'>): Promise<boolean>;
  /** UpdateItem: merges attributes into an item (creating it); resolves the item as it now is. */
  update(
    key: Item,
    input: Pick<
      UpdateCommandInput,
      'UpdateExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
    >,
  ): Promise<Item>;
  /** DeleteItem of an existing item; false when there was none. */
  deleteExisting(key: Item): Promise<boolean>;
  /** Conditional DeleteItem returning the deleted item; undefined when the condition failed. */
  takeIf(
    key: Item,
    condition: Pick<
      DeleteCommandInput,
      'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
    >,
  ): Promise<Item | undefined>;
  /** One Query of a global secondary index: eventually consistent, as AWS allows nothing else. */
  queryIndex(
    IndexName: string,
    input: Omit<QueryCommandInput, 'TableName' | 'ConsistentRead' | 'IndexName'>,
  ): Promise<{ items: Item[]; lastKey?: Item }>;
  /** One strongly consistent Query. */
  query(input: Omit<QueryCommandInput, 'TableName' | 'ConsistentRead'>): Promise<{
    items: Item[];
    lastKey?: Item;
  }>;
}

/** Wraps the document client for one table. */
export function createTableAccess(client: DynamoDBDocumentClient, TableName: string): TableAccess {
  async function call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toDependencyError(error);
    }
  }
  async function conditional(run: () => Promise<unknown>): Promise<boolean> {
    try {
      await call(run);
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
  const table = {
    batchGet: (keys: Item[]) => batchGetAll(client, TableName, keys),
    batchPut: (items: Item[]) => batchPutAll(client, TableName, items),
  };
  return {
    ...table,
    async get(Key) {
      const out = await call(() =>
        client.send(new GetCommand({ TableName, Key, ConsistentRead: true })),
      );
      return out.Item;
    },
    putIf(Item, condition = { ConditionExpression: 'attribute_not_exists(id)' }) {
      return conditional(() => client.send(new PutCommand({ TableName, Item, ...condition })));
    },
    async update(Key, input) {
      const out = await call(() =>
        client.send(new UpdateCommand({ TableName, Key, ReturnValues: 'ALL_NEW', ...input })),
      );
      return out.Attributes ?? {};
    },
    async updateIf(Key, input) {
      try {
        const out = await call(() =>
          client.send(new UpdateCommand({ TableName, Key, ReturnValues: 'ALL_NEW', ...input })),
        );
        return out.Attributes ?? {};
      } catch (error) {
        if (isConditionalCheckFailed(error)) return undefined;
        throw error;
      }
    },
    deleteExisting(Key) {
      return conditional(() =>
        client.send(
          new DeleteCommand({ TableName, Key, ConditionExpression: 'attribute_exists(id)' }),
        ),
      );
    },
    async takeIf(Key, condition) {
      try {
        const out = await call(() =>
          client.send(new DeleteCommand({ TableName, Key, ReturnValues: 'ALL_OLD', ...condition })),
        );
        return out.Attributes;
      } catch (error) {
        if (isConditionalCheckFailed(error)) return undefined;
        throw error;
      }
    },
    async queryIndex(IndexName, input) {
      const out = await call(() =>
        client.send(new QueryCommand({ TableName, IndexName, ...input })),
      );
      return { items: out.Items ?? [], lastKey: out.LastEvaluatedKey };
    },
    async query(input) {
      const out = await call(() =>
        client.send(new QueryCommand({ TableName, ConsistentRead: true, ...input })),
      );
      return { items: out.Items ?? [], lastKey: out.LastEvaluatedKey };
    },
  };
}
