/**
 * ISO 8601 weeks: weeks start on Monday and week 1 is the week holding the
 * year's first Thursday. So 1–3 January can belong to the previous ISO year
 * and 29–31 December to the next one.
 */
import { addDays, CalendarDate, civilFromDays, daysFromCivil, isValidCalendarDate, isWholeNumber, pad, weekdayOf } from './calendarDate';

export interface IsoWeek {
  isoYear: number;
  /** 1..52 or 1..53 */
  isoWeek: number;
}

/** ISO weekday: 1 = Monday .. 7 = Sunday. */
function isoWeekday(year: number, month: number, day: number): number {
  const weekday: number = weekdayOf(year, month, day);
  return weekday === 0 ? 7 : weekday;
}

export function isoWeekOf(year: number, month: number, day: number): IsoWeek {
  if (!isValidCalendarDate(year, month, day)) {
    throw new RangeError('Invalid calendar date: ' + year + '-' + month + '-' + day);
  }
  // The Thursday of this date's week decides the ISO year.
  const thursday: CalendarDate = civilFromDays(daysFromCivil(year, month, day) + 4 - isoWeekday(year, month, day));
  const dayOfYear: number = daysFromCivil(thursday.year, thursday.month, thursday.day) - daysFromCivil(thursday.year, 1, 1);
  return { isoYear: thursday.year, isoWeek: Math.floor(dayOfYear / 7) + 1 };
}

export function isoWeekOfDate(date: CalendarDate): IsoWeek {
  return isoWeekOf(date.year, date.month, date.day);
}

/** 53 when 1 January is a Thursday, or a Wednesday in a leap year; else 52. */
export function weeksInIsoYear(isoYear: number): number {
  // 28 December always lies in the last ISO week of its year.
  return isoWeekOf(isoYear, 12, 28).isoWeek;
}

export function isValidIsoWeek(isoYear: number, isoWeek: number): boolean {
  return (
    isWholeNumber(isoYear) &&
    isWholeNumber(isoWeek) &&
    isoYear >= 1 &&
    isoYear <= 9999 &&
    isoWeek >= 1 &&
    isoWeek <= weeksInIsoYear(isoYear)
  );
}

/** The Monday that starts the given ISO week. */
export function mondayOfIsoWeek(isoYear: number, isoWeek: number): CalendarDate {
  if (!isValidIsoWeek(isoYear, isoWeek)) {
    throw new RangeError('Invalid ISO week: ' + isoYear + '-W' + isoWeek);
  }
  // 4 January is always in week 1.
  const jan4: CalendarDate = { year: isoYear, month: 1, day: 4 };
  const mondayOfWeek1: CalendarDate = addDays(jan4, 1 - isoWeekday(isoYear, 1, 4));
  return addDays(mondayOfWeek1, (isoWeek - 1) * 7);
}

/** The Sunday that ends the given ISO week. */
export function sundayOfIsoWeek(isoYear: number, isoWeek: number): CalendarDate {
  return addDays(mondayOfIsoWeek(isoYear, isoWeek), 6);
}

/** '2026-W48' (ISO 8601 week notation, week zero-padded). */
export function isoWeekKey(isoYear: number, isoWeek: number): string {
  return pad(isoYear, 4) + '-W' + pad(isoWeek, 2);
}

const ISO_WEEK_KEY_PATTERN: RegExp = /^(\d{4})-W(\d{2})$/;

/** Parses '2026-W48'; null for malformed keys or a week the year does not have. */
export function parseIsoWeekKey(key: string): IsoWeek | null {
  const match: RegExpExecArray | null = ISO_WEEK_KEY_PATTERN.exec(key);
  if (!match) {
    return null;
  }
  const isoYear: number = parseInt(match[1], 10);
  const isoWeek: number = parseInt(match[2], 10);
  return isValidIsoWeek(isoYear, isoWeek) ? { isoYear: isoYear, isoWeek: isoWeek } : null;
}

export function nextIsoWeek(week: IsoWeek): IsoWeek {
  return week.isoWeek < weeksInIsoYear(week.isoYear)
    ? { isoYear: week.isoYear, isoWeek: week.isoWeek + 1 }
    : { isoYear: week.isoYear + 1, isoWeek: 1 };
}

export function previousIsoWeek(week: IsoWeek): IsoWeek {
  return week.isoWeek > 1
    ? { isoYear: week.isoYear, isoWeek: week.isoWeek - 1 }
    : { isoYear: week.isoYear - 1, isoWeek: weeksInIsoYear(week.isoYear - 1) };
}

/** Negative when a is earlier, 0 when equal. */
export function compareIsoWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.isoYear !== b.isoYear ? a.isoYear - b.isoYear : a.isoWeek - b.isoWeek;
}
