import {
  CreateTableCommand,
  DynamoDBClient,
  ExecuteStatementCommand,
  GetItemCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { commentsTableDefinition } from '../../src/storage/table-keys';
import { DYNAMODB_ACTIONS } from '../../src/storage/dynamo-table';
import { startLocalDynamo, type LocalDynamo } from '../../src/local/local-dynamodb';
import { freePort } from '../../src/local/port-check';
import { testEndpoints } from '../helpers/test-app';

// Where dynalite (the default) and DynamoDB Local (this suite's DynamoDB) differ, side by side on
// the comments table. Each difference is one the app must stay clear of; docs list them.

const TABLE = 'comments-differences';
const ITEM = { board: { S: 'main' }, id: { S: '01' }, text: { S: 'first' } };

let dynalite: LocalDynamo;
let clients: { dynalite: DynamoDBClient; dynamoDbLocal: DynamoDBClient };

function client(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

/** The error name a call fails with, or 'ok'. */
async function outcome(send: Promise<unknown>): Promise<string> {
  return send.then(
    () => 'ok',
    (error: Error) => error.name,
  );
}

beforeAll(async () => {
  dynalite = await startLocalDynamo({ port: await freePort() });
  clients = { dynalite: client(dynalite.endpoint), dynamoDbLocal: client(testEndpoints().dynamo) };
  for (const c of Object.values(clients)) {
    await c.send(new CreateTableCommand(commentsTableDefinition(TABLE)));
    await c.send(new PutItemCommand({ TableName: TABLE, Item: ITEM }));
  }
});

afterAll(async () => {
  for (const c of Object.values(clients ?? {})) c.destroy();
  await dynalite?.stop();
});

describe('dynalite against DynamoDB Local', () => {
  it('when a transaction, a PartiQL statement or a TTL update is sent, then only DynamoDB Local runs it (so the app uses none)', async () => {
    const calls = (c: DynamoDBClient) => [
      c.send(
        new TransactWriteItemsCommand({
          TransactItems: [{ Put: { TableName: TABLE, Item: { ...ITEM, id: { S: '02' } } } }],
        }),
      ),
      c.send(new ExecuteStatementCommand({ Statement: `SELECT * FROM "${TABLE}"` })),
      c.send(
        new UpdateTimeToLiveCommand({
          TableName: TABLE,
          TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        }),
      ),
    ];

    const onDynalite = await Promise.all(calls(clients.dynalite).map(outcome));
    const onDynamoDbLocal = await Promise.all(calls(clients.dynamoDbLocal).map(outcome));

    expect(onDynalite).toEqual(Array(3).fill('UnknownOperationException'));
    expect(onDynamoDbLocal).toEqual(['ok', 'ok', 'ok']);
    expect(DYNAMODB_ACTIONS).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Transact|ExecuteStatement|TimeToLive/)]),
    );
  });

  it('when a conditional put fails asking for ALL_OLD, then only DynamoDB Local returns the stored item', async () => {
    const put = new PutItemCommand({
      TableName: TABLE,
      Item: ITEM,
      ConditionExpression: 'attribute_not_exists(id)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    const itemOf = (c: DynamoDBClient) =>
      c.send(put).then(
        () => 'no error',
        (error: Error & { Item?: unknown }) => ({ name: error.name, item: error.Item }),
      );

    const onDynalite = await itemOf(clients.dynalite);
    const onDynamoDbLocal = await itemOf(clients.dynamoDbLocal);

    expect(onDynalite).toEqual({ name: 'ConditionalCheckFailedException', item: undefined });
    expect(onDynamoDbLocal).toEqual({ name: 'ConditionalCheckFailedException', item: ITEM });
  });

  it('when a call hits a missing table or an invalid request, then both fail with the same error name (messages differ)', async () => {
    const calls = (c: DynamoDBClient) => [
      c.send(
        new GetItemCommand({ TableName: 'no-such-table', Key: { board: ITEM.board, id: ITEM.id } }),
      ),
      c.send(new CreateTableCommand(commentsTableDefinition('x'))),
      c.send(new PutItemCommand({ TableName: TABLE, Item: { ...ITEM, id: { S: '' } } })),
    ];

    const onDynalite = await Promise.all(calls(clients.dynalite).map(outcome));
    const onDynamoDbLocal = await Promise.all(calls(clients.dynamoDbLocal).map(outcome));

    expect(onDynalite).toEqual([
      'ResourceNotFoundException',
      'ValidationException',
      'ValidationException',
    ]);
    expect(onDynamoDbLocal).toEqual(onDynalite);
  });
});
