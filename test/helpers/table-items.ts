import { GetItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { TestApp } from './test-app';

/** One item as stored, read straight from the test's table (strongly consistent). */
export async function itemOf(
  t: TestApp,
  board: string,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const out = await t.dynamoAdmin.send(
    new GetItemCommand({
      TableName: t.config.commentsTable,
      Key: { board: { S: board }, id: { S: id } },
      ConsistentRead: true,
    }),
  );
  return out.Item && unmarshall(out.Item);
}

/**
 * Every item of the test's own table (a Scan: fine for a test's small table, never on a request
 * path), to show that a value appears nowhere.
 */
export async function allItems(t: TestApp): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, never> | undefined;
  do {
    const out = await t.dynamoAdmin.send(
      new ScanCommand({ TableName: t.config.commentsTable, ExclusiveStartKey }),
    );
    items.push(...(out.Items ?? []).map((item) => unmarshall(item)));
    ExclusiveStartKey = out.LastEvaluatedKey as typeof ExclusiveStartKey;
  } while (ExclusiveStartKey);
  return items;
}

/** The Cognito `sub` of a user of the test's pool; undefined once the user is gone. */
export async function subOf(t: TestApp, username: string): Promise<string | undefined> {
  try {
    const user = await t.cognitoAdmin.send(
      new AdminGetUserCommand({ UserPoolId: t.config.userPoolId, Username: username }),
    );
    return user.UserAttributes!.find((a) => a.Name === 'sub')!.Value!;
  } catch (error) {
    if ((error as Error).name === 'UserNotFoundException') return undefined;
    throw error;
  }
}
