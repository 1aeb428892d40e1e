// Content approval ("moderation") with draft item security and item scheduling, as SharePoint
// lists have them:
// - a list with EnableModeration keeps every new or edited item "Pending" (2) until someone with
//   ApproveItems sets "_ModerationStatus" to 0 (ValidateUpdateListItem);
// - DraftVersionVisibility decides who sees items that are not approved: 0 everyone who reads,
//   1 whoever may edit items, 2 only approvers — and always the item's author;
// - scheduling: an approved item whose PublishingStartDate lies ahead is "Scheduled" (4) and
//   hidden like a draft; after PublishingExpirationDate it is hidden again. SharePoint moves
//   items along with its scheduling timer jobs; the emulator evaluates the same rule at read
//   time (against its clock), which is what those jobs converge to.
import type { SqlValue } from '../store/database';
import type { ItemRow } from '../store/items';
import { MODERATION_STATUS, type FieldRecord, type ListRecord } from '../store/lists';
import { hasPerm, Perm } from './permissions';

export const ModerationStatus = { Approved: 0, Denied: 1, Pending: 2, Draft: 3, Scheduled: 4 } as const;

export const SCHEDULE_START = 'PublishingStartDate';
export const SCHEDULE_END = 'PublishingExpirationDate';

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

function scheduleFields(fields: FieldRecord[]): { start?: string; end?: string } {
  const has = (name: string): string | undefined => (fields.some((f) => f.internalName === name) ? name : undefined);
  return { start: has(SCHEDULE_START), end: has(SCHEDULE_END) };
}

/** SQL that keeps what a reader without approval rights may see: live approved items and their own. */
export function readerCondition(fields: FieldRecord[], userId: number, nowIso: string): { sql: string; params: SqlValue[] } {
  const { start, end } = scheduleFields(fields);
  const live = [`t."${MODERATION_STATUS}" IN (0, 4)`];
  const params: SqlValue[] = [];
  if (start) {
    live.push(`(t."${start}" IS NULL OR t."${start}" <= ?)`);
    params.push(nowIso);
  }
  if (end) {
    live.push(`(t."${end}" IS NULL OR t."${end}" > ?)`);
    params.push(nowIso);
  }
  params.push(userId);
  return { sql: `((${live.join(' AND ')}) OR t."Author" = ?)`, params };
}

/** The same rule for one item. */
export function readerSees(fields: FieldRecord[], row: ItemRow, userId: number, nowIso: string): boolean {
  if (row.Author === userId) return true;
  return effectiveStatus(fields, row, nowIso) === ModerationStatus.Approved && !expired(fields, row, nowIso);
}

function expired(fields: FieldRecord[], row: ItemRow, nowIso: string): boolean {
  const { end } = scheduleFields(fields);
  const value = end ? row[end] : null;
  return typeof value === 'string' && value <= nowIso;
}

/** The status as SharePoint reports it now: approved items with a start time ahead are Scheduled. */
export function effectiveStatus(fields: FieldRecord[], row: ItemRow, nowIso: string): number {
  const stored = Number(row[MODERATION_STATUS] ?? 0);
  if (stored !== ModerationStatus.Approved && stored !== ModerationStatus.Scheduled) return stored;
  const { start } = scheduleFields(fields);
  const value = start ? row[start] : null;
  return typeof value === 'string' && value > nowIso ? ModerationStatus.Scheduled : ModerationStatus.Approved;
}
