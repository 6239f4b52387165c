import { stackName, STACK_OUTPUT_KEYS, toStackOutputs } from '../../../scripts/stack-outputs';

const outputs = [
  { OutputKey: 'HttpApiUrl', OutputValue: 'https://abc.execute-api.us-east-1.amazonaws.com' },
  { OutputKey: 'SiteUrl', OutputValue: 'https://d1.cloudfront.net' },
  { OutputKey: 'AssetsBucketName', OutputValue: 'comment-board-dev-assetsbucket-1' },
  { OutputKey: 'UserPoolId', OutputValue: 'us-east-1_abc' },
  { OutputKey: 'UserPoolClientId', OutputValue: 'client123' },
  { OutputKey: 'CommentsTableName', OutputValue: 'comment-board-dev-CommentsTable-1' },
  { OutputKey: 'ServerlessDeploymentBucketName', OutputValue: 'ignored' },
];

describe('toStackOutputs', () => {
  it('when every output is there, then they are returned by name', () => {
    expect(toStackOutputs(outputs)).toEqual({
      apiUrl: 'https://abc.execute-api.us-east-1.amazonaws.com',
      siteUrl: 'https://d1.cloudfront.net',
      assetsBucket: 'comment-board-dev-assetsbucket-1',
      userPoolId: 'us-east-1_abc',
      clientId: 'client123',
      tableName: 'comment-board-dev-CommentsTable-1',
    });
  });

  it('when outputs are missing, then the error names each of them', () => {
    const partial = outputs.filter(
      (o) => o.OutputKey !== 'UserPoolId' && o.OutputKey !== 'SiteUrl',
    );
    expect(() => toStackOutputs(partial)).toThrow(/SiteUrl, UserPoolId/);
  });

  it('when asked for the stack of a stage, then it is <service>-<stage>', () => {
    expect(stackName('prod')).toBe('comment-board-prod');
    expect(Object.values(STACK_OUTPUT_KEYS)).toContain('HttpApiUrl');
  });
});
