import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { commentsTableDefinition } from '../../../src/storage/table-keys';
import { TTL_ATTRIBUTE } from '../../../src/storage/table-keys';
import { MODERATORS_GROUP } from '../../../src/auth/auth-user';
import { packagedService, SERVICE_DIR, serverlessEnv } from '../../helpers/packaged-service';
import {
  onlyResource,
  readTemplate,
  ref,
  resourcesOfType,
  type CfnTemplate,
} from '../../helpers/cloudformation-template';

let template: CfnTemplate;
beforeAll(async () => {
  template = readTemplate((await packagedService()).templateFile);
}, 180_000);

describe('serverless package: the function and its API', () => {
  it('when packaged, then there is one arm64 nodejs24.x function with source maps and log retention', () => {
    const [id, fn] = onlyResource(template, 'AWS::Lambda::Function');
    expect(fn.Properties.Runtime).toBe('nodejs24.x');
    expect(fn.Properties.Architectures).toEqual(['arm64']);
    expect(fn.Properties.Handler).toBe('src/lambda.handler');
    expect(fn.Properties.Environment.Variables.NODE_OPTIONS).toBe('--enable-source-maps');
    const [, logs] = onlyResource(template, 'AWS::Logs::LogGroup');
    expect(logs.Properties.RetentionInDays).toBeGreaterThan(0);
    expect(id).toBe('WebLambdaFunction');
  });

  it('when packaged, then an HTTP API routes ANY / and ANY /{proxy+} to it with payload 2.0', () => {
    const [apiId, api] = onlyResource(template, 'AWS::ApiGatewayV2::Api');
    expect(api.Properties.ProtocolType).toBe('HTTP');
    const routes = resourcesOfType(template, 'AWS::ApiGatewayV2::Route').map(([, r]) => r);
    expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual([
      'ANY /',
      'ANY /{proxy+}',
    ]);
    const [integrationId, integration] = onlyResource(template, 'AWS::ApiGatewayV2::Integration');
    expect(integration.Properties.PayloadFormatVersion).toBe('2.0');
    expect(JSON.stringify(integration.Properties.IntegrationUri)).toContain('WebLambdaFunction');
    for (const route of routes) {
      expect(route.Properties.ApiId).toEqual(ref(apiId));
      expect(JSON.stringify(route.Properties.Target)).toContain(integrationId);
    }
    expect(resourcesOfType(template, 'AWS::ApiGateway::RestApi')).toHaveLength(0);
  });

  it('when packaged, then the API stage throttles with a burst and a rate limit', () => {
    const [, stage] = onlyResource(template, 'AWS::ApiGatewayV2::Stage');
    expect(stage.Properties.DefaultRouteSettings.ThrottlingBurstLimit).toBeGreaterThan(0);
    expect(stage.Properties.DefaultRouteSettings.ThrottlingRateLimit).toBeGreaterThan(0);
  });
});

describe('serverless package: data and identity', () => {
  it('when packaged, then the table is on-demand, has PITR and the key schema the code uses', () => {
    const [, table] = onlyResource(template, 'AWS::DynamoDB::Table');
    const expected = commentsTableDefinition('any');
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
    expect(table.Properties.KeySchema).toEqual(expected.KeySchema);
    expect(table.Properties.AttributeDefinitions).toEqual(expected.AttributeDefinitions);
    expect(table.Properties.GlobalSecondaryIndexes ?? []).toEqual(
      expected.GlobalSecondaryIndexes ?? [],
    );
    expect(table.Properties.TimeToLiveSpecification).toEqual({
      AttributeName: TTL_ATTRIBUTE,
      Enabled: true,
    });
  });

  it('when packaged for dev, then the table and pool may be deleted with the stack', () => {
    const [, table] = onlyResource(template, 'AWS::DynamoDB::Table');
    expect(table.DeletionPolicy).toBe('Delete');
    expect(table.Properties.DeletionProtectionEnabled).toBe(false);
    expect(onlyResource(template, 'AWS::Cognito::UserPool')[1].DeletionPolicy).toBe('Delete');
  });

  it('when resolved for a non-dev stage, then the table and pool are retained and protected', () => {
    const printed = execFileSync(
      path.join(SERVICE_DIR, 'node_modules/.bin/serverless'),
      ['print', '--stage', 'prod', '--format', 'json'],
      { cwd: SERVICE_DIR, env: serverlessEnv(), encoding: 'utf8' },
    );
    const resources = JSON.parse(printed).resources.Resources;
    expect(resources.CommentsTable.DeletionPolicy).toBe('Retain');
    expect(resources.CommentsTable.UpdateReplacePolicy).toBe('Retain');
    expect(resources.CommentsTable.Properties.DeletionProtectionEnabled).toBe(true);
    expect(resources.UserPool.DeletionPolicy).toBe('Retain');
  }, 60_000);

  it('when packaged, then the user pool signs in by username with a verified, required email', () => {
    const [, pool] = onlyResource(template, 'AWS::Cognito::UserPool');
    expect(pool.Properties.UsernameAttributes).toBeUndefined();
    expect(pool.Properties.AliasAttributes).toBeUndefined();
    expect(pool.Properties.AutoVerifiedAttributes).toEqual(['email']);
    expect(pool.Properties.UserPoolTier).toBe('LITE');
    expect(pool.Properties.Schema).toContainEqual(
      expect.objectContaining({ Name: 'email', Required: true }),
    );
    const policy = pool.Properties.Policies.PasswordPolicy;
    expect(policy.MinimumLength).toBeGreaterThanOrEqual(8);
    expect(policy).toEqual(
      expect.objectContaining({
        RequireLowercase: true,
        RequireUppercase: true,
        RequireNumbers: true,
      }),
    );
  });

  it('when packaged, then the app client has no secret and exactly the auth flows the app uses', () => {
    const [, client] = onlyResource(template, 'AWS::Cognito::UserPoolClient');
    expect(client.Properties.UserPoolId).toEqual(ref('UserPool'));
    expect(client.Properties.GenerateSecret).toBe(false);
    expect([...client.Properties.ExplicitAuthFlows].sort()).toEqual([
      'ALLOW_REFRESH_TOKEN_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
    ]);
    expect(client.Properties.PreventUserExistenceErrors).toBe('ENABLED');
    for (const key of ['AccessTokenValidity', 'IdTokenValidity', 'RefreshTokenValidity']) {
      expect(client.Properties[key]).toBeGreaterThan(0);
    }
    expect(client.Properties.TokenValidityUnits).toEqual(
      expect.objectContaining({ AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' }),
    );
  });

  it('when packaged, then access and ID tokens live at most 15 minutes and refresh tokens 30 days', () => {
    const [, client] = onlyResource(template, 'AWS::Cognito::UserPoolClient');
    const minutes = { minutes: 1, hours: 60, days: 1440 } as Record<string, number>;
    const units = client.Properties.TokenValidityUnits as Record<string, string>;
    expect(client.Properties.AccessTokenValidity * minutes[units.AccessToken]).toBeLessThanOrEqual(
      15,
    );
    expect(client.Properties.IdTokenValidity * minutes[units.IdToken]).toBeLessThanOrEqual(15);
    expect(client.Properties.RefreshTokenValidity * minutes[units.RefreshToken]).toBe(30 * 1440);
  });

  it('when packaged, then the pool has the moderators group', () => {
    const [, group] = onlyResource(template, 'AWS::Cognito::UserPoolGroup');
    expect(group.Properties).toEqual(
      expect.objectContaining({ GroupName: MODERATORS_GROUP, UserPoolId: ref('UserPool') }),
    );
  });
});
