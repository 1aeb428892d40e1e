import { amsterdamDateOf, amsterdamDayBounds } from '../../core/time/amsterdam';
import { IsoDate, parseIsoDate, toIsoDate } from '../../core/time/calendarDate';

// Date-only columns (DateTime, DisplayFormat DateOnly): SharePoint keeps the instant at which
// the day starts in the site's time zone (2026-12-24T23:00:00Z for 25 December in Amsterdam).

/** The Amsterdam day a date-only value stands for, also for a value written as UTC midnight or noon. */
export function dateOnlyDay(instant: Date): IsoDate {
  return toIsoDate(amsterdamDateOf(instant));
}

export function dayStart(date: IsoDate): Date {
  const parsed = parseIsoDate(date);
  if (!parsed) {
    throw new RangeError(`Invalid date: ${date}`);
  }
  return amsterdamDayBounds(parsed).start;
}

export function dayEnd(date: IsoDate): Date {
  const parsed = parseIsoDate(date);
  if (!parsed) {
    throw new RangeError(`Invalid date: ${date}`);
  }
  return amsterdamDayBounds(parsed).end;
}
