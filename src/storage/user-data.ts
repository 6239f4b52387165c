import type { Item } from './dynamo-table';

/**
 * One kind of item a user leaves in the table, and how deleting the account treats it. Each
 * capability that stores per-user items contributes its kinds (dependencies.ts lists them); the
 * erasure walks every kind, page by page, through a key or an index — never a scan.
 */
export interface UserDataKind<T = unknown> {
  /** What the item is, for logs and the docs' erasure table ("comments"). */
  name: string;
  /** One page of the user's items of this kind; `startKey` is the previous page's `lastKey`. */
  list(sub: string, startKey?: Item): Promise<{ items: T[]; lastKey?: Item }>;
  /** Erases (or anonymises) one item; an item that is already gone is no error. */
  erase(item: T): Promise<void>;
}

/** Types a kind for the shared list without losing its own item type inside. */
export function userDataKind<T>(kind: UserDataKind<T>): UserDataKind {
  return kind as UserDataKind;
}
