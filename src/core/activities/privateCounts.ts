import { IsoDate, isIsoDate } from '../time/calendarDate';

// Counts for private activities. Employees may not read who signed up for, say, the
// menopause workshop (SharePoint's item-level security hides the sign-ups), so they cannot
// count them either. The coordinators can: when they look at the activities in the studio,
// the app publishes the counts — numbers only, per date — and employees see them with the
// moment they were counted.

export interface SlotCount {
  /** The drop-in date; null for one-off events and programmes. */
  sessionDate: IsoDate | null;
  confirmed: number;
  waiting: number;
}

export interface PublishedCounts {
  activityId: number;
  countedAt: Date;
  slots: SlotCount[];
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value) && value >= 0 && Math.floor(value) === value;
}

/** The stored JSON; anything malformed yields no counts rather than wrong ones. */
export function parseSlotCounts(json: string | null | undefined): SlotCount[] {
  if (!json) {
    return [];
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) {
    return [];
  }
  const result: SlotCount[] = [];
  for (const entry of value) {
    const e = entry as { d?: unknown; c?: unknown; w?: unknown };
    const date = e && (e.d === null || (typeof e.d === 'string' && isIsoDate(e.d))) ? (e.d as IsoDate | null) : undefined;
    if (date === undefined || !isCount(e.c) || !isCount(e.w)) {
      return [];
    }
    result.push({ sessionDate: date, confirmed: e.c, waiting: e.w });
  }
  return result;
}

/** Compact JSON (a list item's Note field): [{"d":"2026-12-03","c":12,"w":2}]. */
export function formatSlotCounts(slots: ReadonlyArray<SlotCount>): string {
  return JSON.stringify(slots.map((s) => ({ d: s.sessionDate, c: s.confirmed, w: s.waiting })));
}

/** Same numbers for the same dates (the moment of counting does not matter). */
export function sameSlotCounts(a: ReadonlyArray<SlotCount>, b: ReadonlyArray<SlotCount>): boolean {
  return formatSlotCounts(a) === formatSlotCounts(b);
}

/** The count of one slot, if it was published. */
export function countOfSlot(counts: PublishedCounts | undefined, sessionDate: IsoDate | null): SlotCount | undefined {
  if (!counts) {
    return undefined;
  }
  for (const slot of counts.slots) {
    if (slot.sessionDate === sessionDate) {
      return slot;
    }
  }
  return undefined;
}
