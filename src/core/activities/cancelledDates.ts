/**
 * Single dates an organiser called off, with the reason participants see ("Datum afzeggen").
 * Stored on the activity as JSON (SbCancelledDates): the date stays in the series so its
 * people still find their sign-up, with the reason, instead of it vanishing. A cancelled date
 * takes no sign-ups and derives like a cancelled activity (availability.slotRules).
 * Only the activity's writers (its organiser, owners: WriteSecurity 2 and item rights) can set it.
 */
import { IsoDate, isIsoDate } from '../time/calendarDate';
import { Activity } from '../types';
import { CANCEL_REASON_MAX } from './cancelReason';

export interface CancelledDate {
  date: IsoDate;
  /** May be empty: no reason given. */
  reason: string;
}

/** Reads the stored JSON; anything malformed is dropped (a hand-edited value cannot break a page). */
export function parseCancelledDates(value: string | null | undefined): CancelledDate[] {
  if (!value) {
    return [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) {
    return [];
  }
  const seen: { [date: string]: boolean } = {};
  const result: CancelledDate[] = [];
  for (const entry of parsed) {
    const date = entry && typeof entry === 'object' ? (entry as { date?: unknown }).date : undefined;
    const reason = entry && typeof entry === 'object' ? (entry as { reason?: unknown }).reason : undefined;
    if (typeof date === 'string' && isIsoDate(date) && !seen[date]) {
      seen[date] = true;
      result.push({ date, reason: typeof reason === 'string' ? reason.trim().slice(0, CANCEL_REASON_MAX) : '' });
    }
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function serializeCancelledDates(list: ReadonlyArray<CancelledDate>): string | null {
  return list.length === 0 ? null : JSON.stringify(list.map((c) => ({ date: c.date, reason: c.reason })));
}

/** The list with `date` called off (a second call replaces the reason). */
export function withCancelledDate(list: ReadonlyArray<CancelledDate>, date: IsoDate, reason: string): CancelledDate[] {
  const cleaned = reason.trim().slice(0, CANCEL_REASON_MAX);
  return parseCancelledDates(JSON.stringify(list.filter((c) => c.date !== date).concat([{ date, reason: cleaned }])));
}

/** The list with `date` on again. */
export function withoutCancelledDate(list: ReadonlyArray<CancelledDate>, date: IsoDate): CancelledDate[] {
  return list.filter((c) => c.date !== date);
}

/** The entry for `date` when the organiser called that date off. */
export function cancelledDateOf(activity: Pick<Activity, 'cancelledDates'>, date: IsoDate | null | undefined): CancelledDate | undefined {
  if (!date || !activity.cancelledDates) {
    return undefined;
  }
  for (const entry of activity.cancelledDates) {
    if (entry.date === date) {
      return entry;
    }
  }
  return undefined;
}
