import {
  CloudFormationClient,
  CloudFormationServiceException,
  DescribeStacksCommand,
  type Output,
} from '@aws-sdk/client-cloudformation';

/** The stack outputs the scripts use, by the names serverless.yml gives them. */
export const STACK_OUTPUT_KEYS = {
  /** The execute-api URL: answers 403 once CloudFront's origin secret is configured. */
  apiUrl: 'HttpApiUrl',
  /** The URL people use: the CloudFront distribution, or the custom domain. */
  siteUrl: 'SiteUrl',
  assetsBucket: 'AssetsBucketName',
  userPoolId: 'UserPoolId',
  clientId: 'UserPoolClientId',
  tableName: 'CommentsTableName',
} as const;

/** A deployed stage, as its CloudFormation outputs describe it. */
export type StackOutputs = Record<keyof typeof STACK_OUTPUT_KEYS, string>;

/** The stack serverless deploys for a stage (`<service>-<stage>`). */
export function stackName(stage: string): string {
  return `comment-board-${stage}`;
}

/** Picks the outputs the scripts need; throws naming every one that is missing. */
export function toStackOutputs(outputs: Output[]): StackOutputs {
  const byKey = new Map(outputs.map((output) => [output.OutputKey, output.OutputValue]));
  const missing: string[] = [];
  const entries = Object.entries(STACK_OUTPUT_KEYS).map(([name, key]) => {
    const value = byKey.get(key);
    if (!value) missing.push(key);
    return [name, value ?? ''];
  });
  if (missing.length > 0) throw new Error(`The stack has no output(s): ${missing.join(', ')}`);
  return Object.fromEntries(entries) as StackOutputs;
}

/** Reads a stage's outputs; undefined when the stack does not exist (yet). */
export async function readStackOutputs(
  cloudFormation: CloudFormationClient,
  stage: string,
): Promise<StackOutputs | undefined> {
  const outputs = await describeStackOutputs(cloudFormation, stage);
  return outputs ? toStackOutputs(outputs) : undefined;
}

/** A stage's raw outputs, whatever they are; undefined when the stack does not exist (yet). */
export async function describeStackOutputs(
  cloudFormation: CloudFormationClient,
  stage: string,
): Promise<Output[] | undefined> {
  try {
    const out = await cloudFormation.send(
      new DescribeStacksCommand({ StackName: stackName(stage) }),
    );
    const stack = out.Stacks?.[0];
    return stack ? (stack.Outputs ?? []) : undefined;
  } catch (error) {
    const missing =
      error instanceof CloudFormationServiceException && /does not exist/.test(error.message);
    if (missing) return undefined;
    throw error;
  }
}
