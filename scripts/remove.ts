import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { S3Client } from '@aws-sdk/client-s3';
import { emptyBucket } from './asset-uploader';
import { reportFailure } from './report-failure';
import { parseStageArgs } from './cli-args';
import { runServerless } from './run-serverless';
import { readStackOutputs, stackName } from './stack-outputs';

/** `npm run remove -- --stage <s>`: empty the assets bucket (or the stack cannot delete it), then remove. */
async function main(): Promise<void> {
  const { stage, region } = parseStageArgs(process.argv.slice(2), 'remove');
  const outputs = await readStackOutputs(new CloudFormationClient({ region }), stage);
  if (!outputs) {
    console.log(`Stack ${stackName(stage)} does not exist in ${region}: nothing to remove.`);
    return;
  }
  const deleted = await emptyBucket(new S3Client({ region }), outputs.assetsBucket);
  console.log(`Emptied ${outputs.assetsBucket} (${deleted} object(s)).`);
  await runServerless(['remove', '--stage', stage, '--region', region]);
  if (stage !== 'dev') {
    console.log(
      [
        `Kept on purpose (DeletionPolicy Retain on non-dev stages):`,
        `  DynamoDB table ${outputs.tableName} (deletion protection on) and user pool ${outputs.userPoolId}.`,
        '  Delete them in the console or with the AWS CLI once you are sure.',
      ].join('\n'),
    );
  }
}

main().catch((error: unknown) => reportFailure('remove', error));
