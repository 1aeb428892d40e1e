/**
 * Lists of session dates as an ambassador enters them: a weekly drop-in or a programme
 * is usually "every week from the first date", but may skip a week (a holiday) or have
 * an extra date. These helpers tell the two apart and keep a list tidy.
 */
import { CalendarDate, daysBetween, IsoDate, parseIsoDate } from '../time/calendarDate';

/** The dates ascending, each once ('YYYY-MM-DD' sorts as text; malformed entries are kept, last). */
export function sortedUniqueDates(dates: ReadonlyArray<string>): IsoDate[] {
  const valid: IsoDate[] = [];
  const other: string[] = [];
  for (let i: number = 0; i < dates.length; i++) {
    const date: string = dates[i];
    const list: string[] = parseIsoDate(date) ? valid : other;
    if (list.indexOf(date) < 0) {
      list.push(date);
    }
  }
  return valid.sort().concat(other);
}

/** The dates that occur more than once, each reported once, in order of first repetition. */
export function duplicateDates(dates: ReadonlyArray<string>): IsoDate[] {
  const seen: string[] = [];
  const duplicates: IsoDate[] = [];
  for (let i: number = 0; i < dates.length; i++) {
    if (seen.indexOf(dates[i]) < 0) {
      seen.push(dates[i]);
    } else if (duplicates.indexOf(dates[i]) < 0) {
      duplicates.push(dates[i]);
    }
  }
  return duplicates;
}

/**
 * True when the dates, in the order given, are real dates exactly one week apart: what
 * "first date + number of weeks" produces. One date counts as a (one-week) series; an
 * empty list, a skipped week, an extra date, a duplicate or a wrong order do not.
 */
export function isWeeklySeries(dates: ReadonlyArray<string>): boolean {
  if (dates.length === 0) {
    return false;
  }
  let previous: CalendarDate | null = parseIsoDate(dates[0]);
  if (!previous) {
    return false;
  }
  for (let i: number = 1; i < dates.length; i++) {
    const current: CalendarDate | null = parseIsoDate(dates[i]);
    if (!current || daysBetween(previous, current) !== 7) {
      return false;
    }
    previous = current;
  }
  return true;
}
