import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  PutItemCommand,
  ResourceNotFoundException,
  ScanCommand,
  type AttributeValue,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';

/** Index names the definition has and the existing table lacks. */
export function missingIndexes(
  definition: CreateTableCommandInput,
  existing: Array<{ IndexName?: string }> | undefined,
): string[] {
  const have = new Set((existing ?? []).map((index) => index.IndexName));
  return (definition.GlobalSecondaryIndexes ?? [])
    .map((index) => index.IndexName!)
    .filter((name) => !have.has(name));
}

async function waitUntilGone(dynamo: DynamoDBClient, TableName: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await dynamo.send(new DescribeTableCommand({ TableName }));
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return;
      throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Table ${TableName} was not deleted`);
}

/**
 * Local data only (`npm start`'s data folder): recreates a table that predates an index, keeping
 * its items. dynalite silently ignores UpdateTable's GlobalSecondaryIndexUpdates, so an index can
 * only come with CreateTable there. In AWS, CloudFormation adds the index to the table in place.
 */
export async function rebuildTableWithIndexes(
  dynamo: DynamoDBClient,
  definition: CreateTableCommandInput,
): Promise<number> {
  const TableName = definition.TableName!;
  const items: Record<string, AttributeValue>[] = [];
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    // A Scan, on an admin path: the local table is read once to be copied.
    const page = await dynamo.send(new ScanCommand({ TableName, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  await dynamo.send(new DeleteTableCommand({ TableName }));
  await waitUntilGone(dynamo, TableName);
  await dynamo.send(new CreateTableCommand(definition));
  for (const Item of items) await dynamo.send(new PutItemCommand({ TableName, Item }));
  return items.length;
}
