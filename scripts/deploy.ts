import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { S3Client } from '@aws-sdk/client-s3';
import { ASSET_BUILD, buildAssets } from './asset-manifest';
import { planAssetUploads } from './asset-upload-plan';
import { cognitoJwksUri, removePackagedJwks, writePackagedJwks } from './jwks-file';
import { uploadAssets } from './asset-uploader';
import { reportFailure } from './report-failure';
import { parseDeployArgs } from './cli-args';
import { frontDoorParamProblems } from './deploy-params';
import { runServerless } from './run-serverless';
import { readStackOutputs, stackName } from './stack-outputs';

/**
 * `npm run deploy -- --stage <s>`: hash the assets, upload them when the bucket already exists (so
 * the new pages never point at missing files), deploy the stack, upload again, print the URL.
 * The package carries the user pool's JWKS (so no cold start waits for it): fetched before
 * packaging when the pool exists; when it did not (first deploy) or its keys changed meanwhile,
 * fetched after the deploy and deployed once more.
 */
async function main(): Promise<void> {
  const { stage, region, params } = parseDeployArgs(process.argv.slice(2));
  for (const testOnly of ['COMMENT_BOARD_WIRING', 'COMMENT_BOARD_ARTIFACT']) {
    // serverless.yml reads these for the offline test only; deployed, they would break the Lambda.
    if (process.env[testOnly]) throw new Error(`Unset ${testOnly} before deploying`);
  }
  const problems = frontDoorParamProblems(region, params);
  if (problems.length > 0) throw new Error(`Not deploying:\n  - ${problems.join('\n  - ')}`);
  const cloudFormation = new CloudFormationClient({ region });
  const s3 = new S3Client({ region });
  const plan = planAssetUploads(buildAssets(), ASSET_BUILD.assetsDir);

  const deploy = () =>
    runServerless([
      'deploy',
      ...['--stage', stage, '--region', region],
      ...params.map((param) => `--param=${param}`),
    ]);

  const before = await readStackOutputs(cloudFormation, stage);
  if (before) await uploadAssets(s3, before.assetsBucket, plan);
  if (before) await writePackagedJwks(cognitoJwksUri(region, before.userPoolId));
  else removePackagedJwks();

  await deploy();

  const outputs = await readStackOutputs(cloudFormation, stage);
  if (!outputs) throw new Error(`Stack ${stackName(stage)} not found after deploy`);
  if (await writePackagedJwks(cognitoJwksUri(region, outputs.userPoolId))) {
    console.log('The user pool is new or has new keys: deploying again to package its JWKS.');
    await deploy();
  }
  const uploaded = await uploadAssets(s3, outputs.assetsBucket, plan);
  console.log(
    [
      '',
      `Comment board "${stage}" is deployed (${region}).`,
      `  Site:       ${outputs.siteUrl}`,
      `  Assets:     ${outputs.siteUrl}/public/ (${uploaded} new file(s) uploaded)`,
      `  Direct API: ${outputs.apiUrl} (refused without CloudFront's origin secret)`,
      `  User pool:  ${outputs.userPoolId}   client: ${outputs.clientId}`,
      `  Table:      ${outputs.tableName}`,
      '',
      `Create a user:   npm run user:create -- --stage ${stage} --username alice --email alice@example.com`,
      `Make moderator:  npm run user:promote -- --stage ${stage} --username alice`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => reportFailure('deploy', error));
