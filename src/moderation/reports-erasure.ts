import type { TableKey } from '../storage/table-keys';
import { userDataKind, type UserDataKind } from '../storage/user-data';
import type { ReportsRepository } from './reports-repository';

/**
 * A user's report items, for account erasure: one Query per page of `reports#<sub>`. The reasons
 * already copied into a comment's summary stay for the moderators, attributed to no one.
 */
export function createReportsErasure(reports: ReportsRepository): UserDataKind {
  return userDataKind<TableKey>({
    name: 'reports',
    list: (sub, startKey) => reports.listOf(sub, startKey),
    erase: (key) => reports.remove(key),
  });
}
