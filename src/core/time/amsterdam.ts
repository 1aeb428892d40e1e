/**
 * Europe/Amsterdam wall time <-> UTC instants, with daylight saving time
 * computed from the EU rule instead of the host's time-zone database, so the
 * result is the same on every browser, server and CI machine:
 *   CET  = UTC+1 (winter)
 *   CEST = UTC+2 from the last Sunday of March 01:00 UTC (02:00 -> 03:00 local)
 *          until the last Sunday of October 01:00 UTC (03:00 -> 02:00 local).
 * The rule has held since 1996; earlier years are computed with it too
 * (historically wrong before 1996, irrelevant for this product). Should the EU
 * abolish DST, this is the one place to change.
 */
import { CalendarDate, civilFromDays, daysFromCivil, isValidCalendarDate, weekdayOf } from './calendarDate';
import { ClockTime, isValidClockTime } from './clockTime';
import { IsoWeek, isoWeekOf } from './isoWeek';

export const AMSTERDAM_TIME_ZONE: string = 'Europe/Amsterdam';

/** A calendar date plus a time of day on Amsterdam's wall clock. */
export interface AmsterdamWallTime extends CalendarDate {
  hour: number;
  minute: number;
}

const MS_PER_MINUTE: number = 60000;
const MS_PER_HOUR: number = 3600000;
const MS_PER_DAY: number = 86400000;
const WINTER_OFFSET_MINUTES: number = 60;
const SUMMER_OFFSET_MINUTES: number = 120;

function lastSundayOf(year: number, month: number): number {
  const lastDay: number = month === 3 || month === 10 ? 31 : 30;
  return lastDay - weekdayOf(year, month, lastDay);
}

/** The two DST switch instants of a year (both at 01:00 UTC). */
export function amsterdamDstTransitions(year: number): { summerTimeStarts: Date; summerTimeEnds: Date } {
  return {
    summerTimeStarts: new Date(daysFromCivil(year, 3, lastSundayOf(year, 3)) * MS_PER_DAY + MS_PER_HOUR),
    summerTimeEnds: new Date(daysFromCivil(year, 10, lastSundayOf(year, 10)) * MS_PER_DAY + MS_PER_HOUR)
  };
}

function offsetMinutesAt(ms: number): number {
  const year: number = civilFromDays(Math.floor(ms / MS_PER_DAY)).year;
  const transitions: { summerTimeStarts: Date; summerTimeEnds: Date } = amsterdamDstTransitions(year);
  return ms >= transitions.summerTimeStarts.getTime() && ms < transitions.summerTimeEnds.getTime()
    ? SUMMER_OFFSET_MINUTES
    : WINTER_OFFSET_MINUTES;
}

/** Minutes Amsterdam is ahead of UTC at this instant: 60 (CET) or 120 (CEST). */
export function amsterdamOffsetMinutes(instant: Date): number {
  return offsetMinutesAt(checkedTime(instant));
}

export function isAmsterdamSummerTime(instant: Date): boolean {
  return amsterdamOffsetMinutes(instant) === SUMMER_OFFSET_MINUTES;
}

/** What a clock in Amsterdam shows at this instant (seconds dropped). */
export function amsterdamWallTime(instant: Date): AmsterdamWallTime {
  const ms: number = checkedTime(instant);
  const localMs: number = ms + offsetMinutesAt(ms) * MS_PER_MINUTE;
  const dayIndex: number = Math.floor(localMs / MS_PER_DAY);
  const date: CalendarDate = civilFromDays(dayIndex);
  const minuteOfDay: number = Math.floor((localMs - dayIndex * MS_PER_DAY) / MS_PER_MINUTE);
  return {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60
  };
}

/** The calendar date in Amsterdam at this instant (not the UTC date). */
export function amsterdamDateOf(instant: Date): CalendarDate {
  const wall: AmsterdamWallTime = amsterdamWallTime(instant);
  return { year: wall.year, month: wall.month, day: wall.day };
}

/**
 * The instant at which Amsterdam's clock shows this wall time.
 * - Spring gap (e.g. 02:30 on the last Sunday of March does not exist): the
 *   time is read with the winter offset, which lands where the clock jumps
 *   forward to: 02:30 -> 03:30 CEST (01:30 UTC).
 * - Autumn overlap (02:00–02:59 on the last Sunday of October happens twice):
 *   the first occurrence, still in summer time, is chosen: 02:30 -> 00:30 UTC.
 * Throws RangeError for impossible dates or times (month 13, 24:00, 31 April).
 */
export function fromAmsterdamWallTime(year: number, month: number, day: number, hour: number, minute: number): Date {
  if (!isValidCalendarDate(year, month, day) || !isValidClockTime(hour, minute)) {
    throw new RangeError('Invalid Amsterdam wall time: ' + [year, month, day, hour, minute].join(','));
  }
  // The wall time read as if it were UTC; the real instant is 1 or 2 hours earlier.
  const asUtcMs: number = daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE;
  const summerCandidate: number = asUtcMs - SUMMER_OFFSET_MINUTES * MS_PER_MINUTE;
  if (offsetMinutesAt(summerCandidate) === SUMMER_OFFSET_MINUTES) {
    // Valid summer-time reading; in the autumn overlap this is the earlier one.
    return new Date(summerCandidate);
  }
  // Valid winter-time reading, or the spring gap (then this is the jumped-forward instant).
  return new Date(asUtcMs - WINTER_OFFSET_MINUTES * MS_PER_MINUTE);
}

/** fromAmsterdamWallTime for a date and a clock time. */
export function amsterdamInstant(date: CalendarDate, time: ClockTime): Date {
  return fromAmsterdamWallTime(date.year, date.month, date.day, time.hour, time.minute);
}

/**
 * The Amsterdam day as a half-open instant range [start, end); 23 hours long
 * on the spring switch, 25 on the autumn one. For "today" queries and filters.
 */
export function amsterdamDayBounds(date: CalendarDate): { start: Date; end: Date } {
  const next: CalendarDate = civilFromDays(daysFromCivil(date.year, date.month, date.day) + 1);
  return {
    start: fromAmsterdamWallTime(date.year, date.month, date.day, 0, 0),
    end: fromAmsterdamWallTime(next.year, next.month, next.day, 0, 0)
  };
}

/** The ISO week Amsterdam is in at this instant (Sunday 23:30 local is still that week). */
export function currentIsoWeekInAmsterdam(now: Date): IsoWeek {
  const date: CalendarDate = amsterdamDateOf(now);
  return isoWeekOf(date.year, date.month, date.day);
}

function checkedTime(instant: Date): number {
  const ms: number = instant.getTime();
  if (isNaN(ms)) {
    throw new RangeError('Invalid Date');
  }
  return ms;
}
