import { readFileSync } from 'node:fs';
import {
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { missingUploads, type AssetUpload } from './asset-upload-plan';

async function listKeys(s3: S3Client, bucket: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
    );
    keys.push(...(page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : [])));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

/** Uploads the planned files the bucket does not have yet; old hashed files stay for older pages. */
export async function uploadAssets(
  s3: S3Client,
  bucket: string,
  plan: AssetUpload[],
): Promise<number> {
  const uploads = missingUploads(plan, await listKeys(s3, bucket));
  for (const upload of uploads) {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: upload.key,
        Body: readFileSync(upload.file),
        ContentType: upload.contentType,
        CacheControl: upload.cacheControl,
      }),
    );
  }
  return uploads.length;
}

/** Deletes every object so CloudFormation can delete the bucket (it refuses non-empty buckets). */
export async function emptyBucket(s3: S3Client, bucket: string): Promise<number> {
  const keys = await listKeys(s3, bucket);
  for (let start = 0; start < keys.length; start += 1000) {
    const batch = keys.slice(start, start + 1000).map((Key) => ({ Key }));
    await s3.send(
      new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch, Quiet: true } }),
    );
  }
  return keys.length;
}
