import { randomUUID } from 'node:crypto';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ensureTable } from '../../../src/local/provision';
import { createTableAccess } from '../../../src/storage/dynamo-table';
import { AUTHOR_INDEX, TOP_INDEX, commentsTableDefinition } from '../../../src/storage/table-keys';
import { testEndpoints } from '../../helpers/test-app';

const LOCAL = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

describe('local table from before the author index', () => {
  const dynamo = new DynamoDBClient({ ...LOCAL, endpoint: testEndpoints().dynamo });
  afterAll(() => dynamo.destroy());

  it('when npm start provisions it, then it gains the index and keeps every item', async () => {
    const TableName = `old-${randomUUID().slice(0, 8)}`;
    const old = { ...commentsTableDefinition(TableName), GlobalSecondaryIndexes: undefined };
    await dynamo.send(
      new CreateTableCommand({
        ...old,
        AttributeDefinitions: old.AttributeDefinitions!.filter(
          (a) => !['userId', 'topBoard', 'topKey'].includes(a.AttributeName!),
        ),
      }),
    );
    const comment = (id: string, userId: string) => ({
      board: { S: 'main' },
      id: { S: id },
      userId: { S: userId },
      text: { S: `text ${id}` },
    });
    await dynamo.send(new PutItemCommand({ TableName, Item: comment('01A', 'alice') }));
    await dynamo.send(new PutItemCommand({ TableName, Item: comment('01B', 'bob') }));
    await dynamo.send(
      new PutItemCommand({ TableName, Item: { board: { S: 'user#x' }, id: { S: 'user' } } }),
    );

    await ensureTable(dynamo, TableName);
    await ensureTable(dynamo, TableName); // a second start changes nothing

    const { Table } = await dynamo.send(new DescribeTableCommand({ TableName }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toEqual([
      AUTHOR_INDEX,
      TOP_INDEX,
    ]);
    const table = createTableAccess(DynamoDBDocumentClient.from(dynamo), TableName);
    expect(await table.get({ board: 'user#x', id: 'user' })).toEqual({
      board: 'user#x',
      id: 'user',
    });
    expect((await table.get({ board: 'main', id: '01B' }))?.userId).toBe('bob');
    const { items } = await table.queryIndex(AUTHOR_INDEX, {
      KeyConditionExpression: 'userId = :u',
      ExpressionAttributeValues: { ':u': 'alice' },
    });
    expect(items).toEqual([{ board: 'main', id: '01A', userId: 'alice', text: 'text 01A' }]);
  });
});
