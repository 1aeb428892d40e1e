import { activitySessions } from '../activities/sessions';
import { IsoDate, parseIsoDate } from '../time/calendarDate';
import { Activity } from '../types';

/**
 * Attendance: how many people came to a date, entered by the organiser (a number, never who).
 * The list "SamenBeter Opkomst" lets every employee add items (WriteSecurity 2), so a count
 * only counts when SharePoint's facts say it is the organiser's: its Author created the
 * activity. Of those, the newest item (highest Id, assigned by SharePoint) per date wins: a
 * correction is simply a new item.
 */
export interface AttendanceRecord {
  /** SharePoint's item Id: the order of entry. */
  id: number;
  /** SharePoint's Author (Created By). */
  authorId: number;
  activityId: number;
  sessionDate: IsoDate;
  count: number;
}

/** The most people a count may say: far above any activity's size, catches typos like 1200. */
export const MAX_ATTENDANCE = 500;

export function isValidAttendance(count: number): boolean {
  return Number.isInteger(count) && count >= 0 && count <= MAX_ATTENDANCE;
}

/** `<activityId>|<YYYY-MM-DD>`: the key of a date's attendance. */
export function attendanceKey(activityId: number, sessionDate: IsoDate): string {
  return `${activityId}|${sessionDate}`;
}

/**
 * The count per date that holds: from the activity's creator only (`creatorOf` is what
 * SharePoint says, the activity's Author), the newest valid item per date.
 */
export function attendanceByDate(records: ReadonlyArray<AttendanceRecord>, creatorOf: (activityId: number) => number | undefined): { [key: string]: number } {
  const newest: { [key: string]: AttendanceRecord } = {};
  for (const record of records) {
    const creator = creatorOf(record.activityId);
    if (creator === undefined || record.authorId !== creator || !parseIsoDate(record.sessionDate) || !isValidAttendance(record.count)) {
      continue;
    }
    const key = attendanceKey(record.activityId, record.sessionDate);
    if (!newest[key] || newest[key].id < record.id) {
      newest[key] = record;
    }
  }
  const counts: { [key: string]: number } = {};
  Object.keys(newest).forEach((key) => (counts[key] = newest[key].count));
  return counts;
}

/**
 * The dates whose attendance the organiser can enter: sessions that have started (now or
 * earlier), not called off, of an activity that was not called off, in date order.
 */
export function attendanceDates(activity: Activity, now: Date): IsoDate[] {
  if (activity.status === 'cancelled') {
    return [];
  }
  const off = new Set((activity.cancelledDates || []).map((c) => c.date));
  return activitySessions(activity)
    .filter((s) => s.startsAt.getTime() <= now.getTime() && !off.has(s.date))
    .map((s) => s.date);
}

/** What the organiser typed: a whole number 0–500 ("14", " 14 "), else undefined. */
export function parseAttendance(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) {
    return undefined;
  }
  const count = Number(trimmed);
  return isValidAttendance(count) ? count : undefined;
}
