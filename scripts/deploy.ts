import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { S3Client } from '@aws-sdk/client-s3';
import { ASSET_BUILD, buildAssets } from './asset-manifest';
import { planAssetUploads } from './asset-upload-plan';
import { uploadAssets } from './asset-uploader';
import { reportFailure } from './report-failure';
import { parseDeployArgs } from './cli-args';
import { runServerless } from './run-serverless';
import { readStackOutputs, stackName } from './stack-outputs';

/**
 * `npm run deploy -- --stage <s>`: hash the assets, upload them when the bucket already exists (so
 * the new pages never point at missing files), deploy the stack, upload again, print the URL.
 */
async function main(): Promise<void> {
  const { stage, region, params } = parseDeployArgs(process.argv.slice(2));
  for (const testOnly of ['COMMENT_BOARD_WIRING', 'COMMENT_BOARD_ARTIFACT']) {
    // serverless.yml reads these for the offline test only; deployed, they would break the Lambda.
    if (process.env[testOnly]) throw new Error(`Unset ${testOnly} before deploying`);
  }
  const cloudFormation = new CloudFormationClient({ region });
  const s3 = new S3Client({ region });
  const plan = planAssetUploads(buildAssets(), ASSET_BUILD.assetsDir);

  const before = await readStackOutputs(cloudFormation, stage);
  if (before) await uploadAssets(s3, before.assetsBucket, plan);

  await runServerless([
    'deploy',
    ...['--stage', stage, '--region', region],
    ...params.map((param) => `--param=${param}`),
  ]);

  const outputs = await readStackOutputs(cloudFormation, stage);
  if (!outputs) throw new Error(`Stack ${stackName(stage)} not found after deploy`);
  const uploaded = await uploadAssets(s3, outputs.assetsBucket, plan);
  console.log(
    [
      '',
      `Comment board "${stage}" is deployed (${region}).`,
      `  App:        ${outputs.apiUrl}`,
      `  Assets:     ${outputs.assetsUrl} (${uploaded} new file(s) uploaded)`,
      `  User pool:  ${outputs.userPoolId}   client: ${outputs.clientId}`,
      `  Table:      ${outputs.tableName}`,
      '',
      `Create a user:   npm run user:create -- --stage ${stage} --username alice --email alice@example.com`,
      `Make moderator:  npm run user:promote -- --stage ${stage} --username alice`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => reportFailure('deploy', error));
