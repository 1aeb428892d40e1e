/**
 * Calendar dates without a time zone ('YYYY-MM-DD'), computed with integer
 * arithmetic so results never depend on the host's time zone.
 */

/** A calendar date; month 1..12, day 1..31. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** 'YYYY-MM-DD', the only date-only string format used in the domain. */
export type IsoDate = string;

/** Day of week as JavaScript numbers it: 0 = Sunday .. 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    isWholeNumber(year) &&
    isWholeNumber(month) &&
    isWholeNumber(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar
 * (H. Hinnant's days_from_civil; no Date object, so no time-zone leaks).
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y: number = month <= 2 ? year - 1 : year;
  const era: number = Math.floor(y / 400);
  const yoe: number = y - era * 400;
  const mp: number = (month + 9) % 12;
  const doy: number = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe: number = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil. */
export function civilFromDays(days: number): CalendarDate {
  const z: number = days + 719468;
  const era: number = Math.floor(z / 146097);
  const doe: number = z - era * 146097;
  const yoe: number = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy: number = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp: number = Math.floor((5 * doy + 2) / 153);
  const day: number = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month: number = mp < 10 ? mp + 3 : mp - 9;
  const year: number = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year: year, month: month, day: day };
}

export function dayNumber(date: CalendarDate): number {
  return daysFromCivil(date.year, date.month, date.day);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return civilFromDays(dayNumber(date) + days);
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): Weekday {
  // 1970-01-01 was a Thursday (4).
  const n: number = daysFromCivil(year, month, day);
  return (((n % 7) + 7 + 4) % 7) as Weekday;
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

export function toIsoDate(date: CalendarDate): IsoDate {
  return pad(date.year, 4) + '-' + pad(date.month, 2) + '-' + pad(date.day, 2);
}

const ISO_DATE_PATTERN: RegExp = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict 'YYYY-MM-DD' that names a real date; anything else gives null. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match: RegExpExecArray | null = ISO_DATE_PATTERN.exec(value);
  if (!match) {
    return null;
  }
  const year: number = parseInt(match[1], 10);
  const month: number = parseInt(match[2], 10);
  const day: number = parseInt(match[3], 10);
  return isValidCalendarDate(year, month, day) ? { year: year, month: month, day: day } : null;
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Zero-padded decimal; es5 has no String.prototype.padStart. */
export function pad(value: number, width: number): string {
  let text: string = String(Math.abs(value));
  while (text.length < width) {
    text = '0' + text;
  }
  return value < 0 ? '-' + text : text;
}

export function isWholeNumber(value: number): boolean {
  return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
}
