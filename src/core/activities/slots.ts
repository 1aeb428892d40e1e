/**
 * A slot is what places are counted on: the whole activity for one-off events
 * and programmes (one sign-up covers every session), one Amsterdam date for a
 * weekly drop-in. Its key is stored on every registration (SbSlot, indexed),
 * so one indexed filter fetches exactly the registrations that compete.
 */
import { IsoDate, isIsoDate } from '../time/calendarDate';
import { Activity, ActivitySession, Registration } from '../types';

export interface SlotKeyParts {
  activityId: number;
  /** The drop-in date; null for one-off events and programmes. */
  sessionDate: IsoDate | null;
}

const SLOT_KEY_PATTERN: RegExp = /^([1-9]\d{0,14})(?:\|(\d{4}-\d{2}-\d{2}))?$/;

/** '7' or '7|2026-03-24'. Throws RangeError for ids that are not positive integers or malformed dates. */
export function slotKey(activityId: number, sessionDate: IsoDate | null): string {
  if (!isPositiveId(activityId)) {
    throw new RangeError('Invalid activity id: ' + activityId);
  }
  if (sessionDate === null) {
    return String(activityId);
  }
  if (!isIsoDate(sessionDate)) {
    throw new RangeError('Invalid session date: ' + sessionDate);
  }
  return activityId + '|' + sessionDate;
}

/** The inverse of slotKey; null for anything slotKey would not produce. */
export function parseSlotKey(key: string): SlotKeyParts | null {
  const match: RegExpExecArray | null = SLOT_KEY_PATTERN.exec(key);
  if (!match) {
    return null;
  }
  const sessionDate: IsoDate | null = match[2] === undefined ? null : match[2];
  if (sessionDate !== null && !isIsoDate(sessionDate)) {
    return null;
  }
  return { activityId: parseInt(match[1], 10), sessionDate: sessionDate };
}

/** The slot a sign-up for this session goes into: per date for drop-ins, the whole activity otherwise. */
export function slotKeyFor(activity: Activity, session: ActivitySession): string {
  return slotKey(activity.id, activity.shape === 'weeklyDropIn' ? session.date : null);
}

/** The slot a stored registration belongs to. */
export function registrationSlotKey(registration: Registration): string {
  return slotKey(registration.activityId, registration.sessionKey);
}

/** Registrations grouped per slot key, each group keeping the input order. */
export function groupBySlot(registrations: ReadonlyArray<Registration>): { [slotKey: string]: Registration[] } {
  const groups: { [slotKey: string]: Registration[] } = {};
  for (let i: number = 0; i < registrations.length; i++) {
    const key: string = registrationSlotKey(registrations[i]);
    if (!Object.prototype.hasOwnProperty.call(groups, key)) {
      groups[key] = [];
    }
    groups[key].push(registrations[i]);
  }
  return groups;
}

function isPositiveId(value: number): boolean {
  return typeof value === 'number' && isFinite(value) && Math.floor(value) === value && value >= 1 && value <= 999999999999999;
}
