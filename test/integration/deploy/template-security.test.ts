import { DYNAMODB_ACTIONS } from '../../../src/storage/dynamo-table';
import { STACK_OUTPUT_KEYS } from '../../../scripts/stack-outputs';
import { packagedService } from '../../helpers/packaged-service';
import {
  asList,
  getAtt,
  onlyResource,
  readTemplate,
  ref,
  resourcesOfType,
  stringsIn,
  type CfnResource,
  type CfnTemplate,
} from '../../helpers/cloudformation-template';

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

let template: CfnTemplate;
beforeAll(async () => {
  template = readTemplate((await packagedService()).templateFile);
}, 180_000);

function roleStatements(): Statement[] {
  const [, fn] = onlyResource(template, 'AWS::Lambda::Function');
  const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;
  const role = template.Resources[roleId];
  expect(role.Type).toBe('AWS::IAM::Role');
  expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  return role.Properties.Policies.flatMap(
    (policy: { PolicyDocument: { Statement: Statement[] } }) => policy.PolicyDocument.Statement,
  );
}

describe('serverless package: least-privilege IAM', () => {
  it('when packaged, then the only IAM role is the function role and it allows no wildcard', () => {
    expect(resourcesOfType(template, 'AWS::IAM::Role')).toHaveLength(1);
    expect(resourcesOfType(template, 'AWS::IAM::Policy')).toHaveLength(0);
    for (const statement of roleStatements()) {
      expect(statement.Effect).toBe('Allow');
      expect(stringsIn(statement.Action).filter((a) => a.includes('*'))).toEqual([]);
      expect(stringsIn(statement.Resource).filter((r) => r.includes('*'))).toEqual([]);
    }
  });

  it('when packaged, then DynamoDB actions equal what the code calls, on the table ARN only', () => {
    const dynamo = roleStatements().filter((s) =>
      asList(s.Action).some((a) => a.startsWith('dynamodb:')),
    );
    expect(dynamo).toHaveLength(1);
    expect([...asList(dynamo[0].Action)].sort()).toEqual([...DYNAMODB_ACTIONS].sort());
    const indexes =
      onlyResource(template, 'AWS::DynamoDB::Table')[1].Properties.GlobalSecondaryIndexes ?? [];
    const expected: unknown[] = [getAtt('CommentsTable', 'Arn')];
    for (const index of indexes as Array<{ IndexName: string }>)
      expected.push({
        'Fn::Join': ['', [getAtt('CommentsTable', 'Arn'), `/index/${index.IndexName}`]],
      });
    expect(asList(dynamo[0].Resource)).toEqual(expected);
  });

  it('when packaged, then the only other grant is writing to its own log group, and nothing for Cognito', () => {
    const others = roleStatements().filter(
      (s) => !asList(s.Action).some((a) => a.startsWith('dynamodb:')),
    );
    expect(others).toEqual([
      {
        Sid: 'WriteOwnLogs',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: getAtt('WebLogGroup', 'Arn'),
      },
    ]);
  });
});

describe('serverless package: static assets', () => {
  it('when packaged, then the assets bucket is private and encrypted', () => {
    const bucket = template.Resources.AssetsBucket;
    expect(bucket.Type).toBe('AWS::S3::Bucket');
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    const [rule] = bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration;
    expect(rule.ServerSideEncryptionByDefault.SSEAlgorithm).toMatch(/AES256|aws:kms/);
    expect(bucket.Properties.WebsiteConfiguration).toBeUndefined();
  });

  it('when packaged, then the bucket policy lets only the site distribution read public/*', () => {
    const policy = template.Resources.AssetsBucketPolicy;
    expect(policy.Type).toBe('AWS::S3::BucketPolicy');
    expect(policy.Properties.Bucket).toEqual(ref('AssetsBucket'));
    const statements: CfnResource['Properties'][] = policy.Properties.PolicyDocument.Statement;
    const allows = statements.filter((s) => s.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    expect(allows[0].Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
    expect(allows[0].Action).toBe('s3:GetObject');
    expect(allows[0].Resource).toEqual({
      'Fn::Join': ['', [getAtt('AssetsBucket', 'Arn'), '/public/*']],
    });
    expect(JSON.stringify(allows[0].Condition.StringEquals['AWS:SourceArn'])).toContain(
      JSON.stringify(ref('SiteDistribution')),
    );
  });
});

describe('serverless package: wiring and outputs', () => {
  it('when packaged, then the environment is wired to the stack resources', () => {
    const [, fn] = onlyResource(template, 'AWS::Lambda::Function');
    const env = fn.Properties.Environment.Variables;
    expect(env.COMMENTS_TABLE).toEqual(ref('CommentsTable'));
    expect(env.COGNITO_USER_POOL_ID).toEqual(ref('UserPool'));
    expect(env.COGNITO_CLIENT_ID).toEqual(ref('UserPoolClient'));
    expect(env.COGNITO_ISSUER).toEqual(getAtt('UserPool', 'ProviderURL'));
    // Same-origin assets: CloudFront serves /public/* from the bucket, hashed names from the manifest.
    expect(env.ASSETS_BASE_URL).toBe('/public');
    expect(env.ALLOWED_ORIGINS).toBe('');
    // Business metrics on, one `service` dimension per stage (src/http/business-metrics.ts).
    expect(env.METRICS_NAMESPACE).toBe('CommentBoard');
    expect(env.METRICS_SERVICE).toBe('comment-board-dev');
    // No domainName param: the distribution's own URL, which the CSRF origin check compares forms with.
    expect(env.SITE_URL).toEqual(template.Outputs.SiteUrl.Value);
    expect(env.SITE_URL['Fn::If'][2]).toEqual({
      'Fn::Join': ['', ['https://', getAtt('SiteDistribution', 'DomainName')]],
    });
    expect(Object.keys(env).filter((key) => key.endsWith('_ENDPOINT'))).toEqual([]);
  });

  it('when packaged, then the outputs the scripts read are all present', () => {
    expect(Object.keys(template.Outputs)).toEqual(
      expect.arrayContaining(Object.values(STACK_OUTPUT_KEYS)),
    );
    expect(template.Outputs[STACK_OUTPUT_KEYS.tableName].Value).toEqual(ref('CommentsTable'));
    expect(template.Outputs[STACK_OUTPUT_KEYS.userPoolId].Value).toEqual(ref('UserPool'));
    expect(template.Outputs[STACK_OUTPUT_KEYS.clientId].Value).toEqual(ref('UserPoolClient'));
    expect(template.Outputs[STACK_OUTPUT_KEYS.assetsBucket].Value).toEqual(ref('AssetsBucket'));
  });
});
