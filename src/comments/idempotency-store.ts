import { createHash } from 'node:crypto';
import { UnprocessableEntityError } from '../http/errors';
import type { Comment } from './comment';
import { toCommentRecord } from './comment-items';
import type { Item, TableAccess } from '../storage/dynamo-table';
import { tableKeys, TTL_ATTRIBUTE } from '../storage/table-keys';

/** What an idempotency key remembers: the comment it created, the request's hash and its expiry. */
export interface IdempotencyRecord {
  comment: Comment;
  expiresAt: number;
  /** sha256 of the normalised request; absent on records written before it was stored. */
  requestHash?: string;
}

/**
 * The fingerprint of a create request: sha256 of a canonical JSON of what the request asks for
 * (method, path and fields after validation's normalisation), so re-encoded bytes still match.
 */
export function requestHash(request: {
  method: string;
  path: string;
  fields: Record<string, string>;
}): string {
  const fields = Object.fromEntries(
    Object.entries(request.fields).sort(([a], [b]) => a.localeCompare(b)),
  );
  return createHash('sha256')
    .update(JSON.stringify([request.method, request.path, fields]), 'utf8')
    .digest('base64url');
}

/** Same request as the one that claimed the key? Records from before the hash compare the text. */
export function isSameRequest(earlier: IdempotencyRecord, hash: string, text: string): boolean {
  return earlier.requestHash ? earlier.requestHash === hash : earlier.comment.text === text;
}

/** 422 `idempotency_key_reused`: the key already stands for another request. */
export function keyReusedError(): UnprocessableEntityError {
  return new UnprocessableEntityError(
    'This Idempotency-Key was already used for a different request; use a new key for a new comment',
    'idempotency_key_reused',
  );
}

/** Per-user idempotency keys, kept in the comments table under `idem#<userId>`. */
export interface IdempotencyStore {
  /** Claims `key` unless an unexpired claim exists (expiry is checked here, not left to TTL). */
  claim(
    userId: string,
    key: string,
    record: IdempotencyRecord,
    nowSeconds: number,
  ): Promise<boolean>;
  find(userId: string, key: string): Promise<IdempotencyRecord | undefined>;
  /** Gives a claimed key up again (its request was refused before storing anything). */
  release(userId: string, key: string): Promise<void>;
  /** One page of a user's keys (one strongly consistent Query of their partition, keys only). */
  listKeys(userId: string, startKey?: Item): Promise<{ items: string[]; lastKey?: Item }>;
  /** Deletes one record; a missing one is no error. */
  remove(userId: string, key: string): Promise<void>;
}

/** Builds the store over the comments table. */
export function createIdempotencyStore(table: TableAccess): IdempotencyStore {
  return {
    claim(userId, key, record, nowSeconds) {
      return table.putIf(
        {
          ...tableKeys.idempotency(userId, key),
          comment: record.comment,
          ...(record.requestHash ? { requestHash: record.requestHash } : {}),
          [TTL_ATTRIBUTE]: record.expiresAt,
        },
        {
          ConditionExpression: 'attribute_not_exists(id) OR #expires <= :now',
          ExpressionAttributeNames: { '#expires': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':now': nowSeconds },
        },
      );
    },
    async release(userId, key) {
      await table.deleteExisting(tableKeys.idempotency(userId, key));
    },
    async find(userId, key) {
      const item = await table.get(tableKeys.idempotency(userId, key));
      if (!item) return undefined;
      return {
        comment: toCommentRecord(item.comment as Item),
        expiresAt: Number(item[TTL_ATTRIBUTE]),
        ...(typeof item.requestHash === 'string' ? { requestHash: item.requestHash } : {}),
      };
    },
    async listKeys(userId, startKey) {
      const { items, lastKey } = await table.query({
        KeyConditionExpression: 'board = :p',
        ExpressionAttributeValues: { ':p': tableKeys.idempotencyRecords(userId) },
        ProjectionExpression: 'id',
        Limit: 100,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      });
      return { items: items.map((item) => String(item.id)), lastKey };
    },
    async remove(userId, key) {
      await table.deleteExisting(tableKeys.idempotency(userId, key));
    },
  };
}
