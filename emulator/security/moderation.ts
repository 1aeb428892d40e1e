// Content approval ("moderation") with draft item security, as SharePoint lists have them:
// - a list with EnableModeration keeps every new or edited item "Pending" (2) until someone with
//   ApproveItems sets "_ModerationStatus" to 0 (ValidateUpdateListItem);
// - DraftVersionVisibility decides who sees items that are not approved: 0 everyone who reads,
//   1 whoever may edit items, 2 only approvers — and always the item's author.
// Sources: SPList.EnableModeration, SPList.DraftVersionVisibility, DraftVisibilityType (Learn).
// Not emulated on lists: item scheduling (PublishingStartDate / PublishingExpirationDate,
// status 4 "Scheduled"). SharePoint schedules only in libraries with minor versions and the
// publishing scheduling receiver (PublishingWeb.EnableScheduling, ScheduledItem.Schedule); on a
// list those columns are plain dates that hide nothing. Pages are scheduled in sitepages/.
import type { SqlValue } from '../store/database';
import type { ItemRow } from '../store/items';
import { MODERATION_STATUS, type ListRecord } from '../store/lists';
import { hasPerm, Perm } from './permissions';

export const ModerationStatus = { Approved: 0, Denied: 1, Pending: 2, Draft: 3, Scheduled: 4 } as const;


export function isModerated(list: ListRecord): boolean {
  return list.settings.EnableModeration === true;
}

/** Whether the holder of `mask` sees items whatever their approval state. */
export function seesUnapproved(list: ListRecord, mask: bigint): boolean {
  if (!isModerated(list)) return true;
  const visibility = Number(list.settings.DraftVersionVisibility ?? 0);
  if (visibility === 0) return true;
  if (visibility === 1) return hasPerm(mask, Perm.EditListItems);
  return hasPerm(mask, Perm.ApproveItems);
}

/** SQL that keeps what a reader without approval rights may see: approved items and their own. */
export function readerCondition(userId: number): { sql: string; params: SqlValue[] } {
  return { sql: `(t."${MODERATION_STATUS}" = 0 OR t."Author" = ?)`, params: [userId] };
}

/** The same rule for one item. */
export function readerSees(row: ItemRow, userId: number): boolean {
  return row.Author === userId || Number(row[MODERATION_STATUS] ?? 0) === ModerationStatus.Approved;
}
