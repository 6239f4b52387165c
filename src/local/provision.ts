import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  UserNotFoundException,
  type AdminCreateUserCommandInput,
  type AdminSetUserPasswordCommandInput,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { commentsTableDefinition } from '../storage/table-keys';
import { missingIndexes, rebuildTableWithIndexes } from './table-rebuild';

/** The ids of a user pool and its app client, as the app's config needs them. */
export interface PoolIds {
  userPoolId: string;
  clientId: string;
}

/**
 * Creates the comments table unless it exists (idempotent); a local table from before an index was
 * added is rebuilt with its items.
 */
export async function ensureTable(dynamo: DynamoDBClient, tableName: string): Promise<void> {
  const definition = commentsTableDefinition(tableName);
  try {
    const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
    if (missingIndexes(definition, Table?.GlobalSecondaryIndexes).length > 0)
      await rebuildTableWithIndexes(dynamo, definition);
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await dynamo.send(new CreateTableCommand(definition));
  }
}

/** Finds the pool and client by name, creating them (and the `moderators` group) when missing. */
export async function ensureUserPool(
  cognito: CognitoIdentityProviderClient,
  poolName: string,
  clientName = 'web',
): Promise<PoolIds> {
  const pools = await cognito.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  let userPoolId = pools.UserPools?.find((pool) => pool.Name === poolName)?.Id;
  if (!userPoolId) {
    const created = await cognito.send(
      new CreateUserPoolCommand({
        PoolName: poolName,
        AutoVerifiedAttributes: ['email'],
        Policies: {
          PasswordPolicy: {
            MinimumLength: 8,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: false,
          },
        },
        Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }],
      }),
    );
    userPoolId = created.UserPool!.Id!;
    await cognito.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: 'moderators' }));
  }
  const clients = await cognito.send(
    new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }),
  );
  let clientId = clients.UserPoolClients?.find(
    (client) => client.ClientName === clientName,
  )?.ClientId;
  if (!clientId) {
    const created = await cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: clientName,
        GenerateSecret: false,
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        PreventUserExistenceErrors: 'ENABLED',
      }),
    );
    clientId = created.UserPoolClient!.ClientId!;
  }
  return { userPoolId, clientId };
}

/**
 * The two calls that create a ready-to-use user: created with a verified email and no invitation
 * message, then given a permanent password (the app has no "change temporary password" page).
 */
export function createUserRequests(
  userPoolId: string,
  user: { username: string; email: string; password: string },
): { create: AdminCreateUserCommandInput; setPassword: AdminSetUserPasswordCommandInput } {
  return {
    create: {
      UserPoolId: userPoolId,
      Username: user.username,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: user.email },
        { Name: 'email_verified', Value: 'true' },
      ],
    },
    setPassword: {
      UserPoolId: userPoolId,
      Username: user.username,
      Password: user.password,
      Permanent: true,
    },
  };
}

/** Creates a confirmed user with a permanent password unless the username is taken. */
export async function ensureUser(
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
  user: { username: string; password: string; email: string },
): Promise<'created' | 'existing'> {
  try {
    await cognito.send(
      new AdminGetUserCommand({ UserPoolId: userPoolId, Username: user.username }),
    );
    return 'existing';
  } catch (error) {
    if (!(error instanceof UserNotFoundException)) throw error;
  }
  const requests = createUserRequests(userPoolId, user);
  await cognito.send(new AdminCreateUserCommand(requests.create));
  await cognito.send(new AdminSetUserPasswordCommand(requests.setPassword));
  return 'created';
}
