/**
 * National days about vitality (Dag van de Mantelzorg, Week van de werkstress,
 * ...): when they fall in a given year, which fall in a date range, and
 * whether a rule entered by communications makes sense.
 *
 * Decisions:
 * - A fixed 29 February rule has no occurrence in non-leap years (skipped, not
 *   moved to 28 Feb or 1 Mar): inventing a date would put a post on a day that
 *   is not the national day. Communications can add explicit dates instead.
 * - nthWeekday with n = 5 yields the fifth weekday only in months that have one.
 * - Invalid rules yield no occurrences instead of throwing, so one bad list
 *   item cannot break the content calendar; validateNationalDayRule reports them.
 */
import { addDays, CalendarDate, daysInMonth, IsoDate, isWholeNumber, parseIsoDate, toIsoDate, weekdayOf } from '../time/calendarDate';
import { NationalDay, NationalDayRule } from '../types';
import { ValidationError, validationError } from '../validation/validationError';
import { maxLength, numberInRange, required, wholeNumberAtLeast } from '../validation/validators';

export interface NationalDayOccurrence {
  day: NationalDay;
  /** First day, 'YYYY-MM-DD'. */
  start: IsoDate;
  /** Last day (inclusive); equals start for one-day events. */
  end: IsoDate;
}

/** Start dates of the rule in `year`, ascending and without duplicates ('YYYY-MM-DD'). */
export function occurrencesInYear(rule: NationalDayRule, year: number): IsoDate[] {
  if (validateNationalDayRule(rule).length > 0 || !isWholeNumber(year) || year < 1 || year > 9999) {
    return [];
  }
  switch (rule.kind) {
    case 'fixed':
      return rule.day <= daysInMonth(year, rule.month) ? [toIsoDate({ year: year, month: rule.month, day: rule.day })] : [];
    case 'nthWeekday': {
      const first: number = firstWeekdayOfMonth(year, rule.month, rule.weekday);
      const day: number = first + (rule.n - 1) * 7;
      return day <= daysInMonth(year, rule.month) ? [toIsoDate({ year: year, month: rule.month, day: day })] : [];
    }
    case 'lastWeekday': {
      const last: number = daysInMonth(year, rule.month);
      const day: number = last - ((weekdayOf(year, rule.month, last) - rule.weekday + 7) % 7);
      return [toIsoDate({ year: year, month: rule.month, day: day })];
    }
    case 'explicit':
      return explicitDatesInYear(rule.dates, year);
  }
}

function firstWeekdayOfMonth(year: number, month: number, weekday: number): number {
  return 1 + ((weekday - weekdayOf(year, month, 1) + 7) % 7);
}

function explicitDatesInYear(dates: ReadonlyArray<IsoDate>, year: number): IsoDate[] {
  const result: IsoDate[] = [];
  for (let i: number = 0; i < dates.length; i++) {
    const date: CalendarDate | null = parseIsoDate(dates[i]);
    // Strings compare like dates in 'YYYY-MM-DD', so indexOf dedupes exactly.
    if (date && date.year === year && result.indexOf(dates[i]) < 0) {
      result.push(dates[i]);
    }
  }
  return result.sort();
}

/** Occurrence length in days; anything but a whole number >= 1 counts as 1. */
export function durationOf(day: NationalDay): number {
  const duration: number | undefined = day.durationDays;
  return duration !== undefined && isWholeNumber(duration) && duration >= 1 ? duration : 1;
}

/**
 * Occurrences of the active days that overlap [fromIso, toIso] (both inclusive),
 * sorted by start date, then title, then id. A multi-day event that started
 * before `fromIso` but is still running is included. Throws RangeError for a
 * malformed bound (a caller bug, not user input).
 */
export function nationalDaysInRange(days: ReadonlyArray<NationalDay>, fromIso: IsoDate, toIso: IsoDate): NationalDayOccurrence[] {
  const from: CalendarDate | null = parseIsoDate(fromIso);
  const to: CalendarDate | null = parseIsoDate(toIso);
  if (!from || !to) {
    throw new RangeError('nationalDaysInRange: bounds must be YYYY-MM-DD, got ' + fromIso + ' .. ' + toIso);
  }
  const result: NationalDayOccurrence[] = [];
  for (let i: number = 0; i < days.length; i++) {
    const day: NationalDay = days[i];
    if (!day.active) {
      continue;
    }
    const duration: number = durationOf(day);
    // Look back far enough for an event that began in an earlier year to reach `from`.
    const firstYear: number = Math.max(1, from.year - Math.ceil((duration - 1) / 365));
    for (let year: number = firstYear; year <= to.year; year++) {
      const starts: IsoDate[] = occurrencesInYear(day.rule, year);
      for (let j: number = 0; j < starts.length; j++) {
        const start: CalendarDate = parseIsoDate(starts[j]) as CalendarDate;
        const end: IsoDate = toIsoDate(addDays(start, duration - 1));
        if (starts[j] <= toIso && end >= fromIso) {
          result.push({ day: day, start: starts[j], end: end });
        }
      }
    }
  }
  return result.sort(compareOccurrences);
}

function compareOccurrences(a: NationalDayOccurrence, b: NationalDayOccurrence): number {
  if (a.start !== b.start) {
    return a.start < b.start ? -1 : 1;
  }
  if (a.day.title !== b.day.title) {
    return a.day.title < b.day.title ? -1 : 1;
  }
  return a.day.id - b.day.id;
}

/**
 * Problems with a rule, on fields 'rule.month', 'rule.day', 'rule.weekday',
 * 'rule.n' and 'rule.dates'. A day is checked against the month's longest
 * form, so 29 February is allowed (see the leap-year decision above) and
 * 31 April or 30 February are not.
 */
export function validateNationalDayRule(rule: NationalDayRule): ValidationError[] {
  const errors: ValidationError[] = [];
  const push = (error: ValidationError | null): void => {
    if (error) {
      errors.push(error);
    }
  };
  switch (rule.kind) {
    case 'fixed': {
      const monthError: ValidationError | null = numberInRange('rule.month', rule.month, 1, 12);
      push(monthError);
      const dayError: ValidationError | null = numberInRange('rule.day', rule.day, 1, 31);
      push(dayError);
      if (!monthError && !dayError && rule.day > daysInMonth(2000, rule.month)) {
        push(validationError('rule.day', 'dayNotInMonth', { month: rule.month, day: rule.day }));
      }
      break;
    }
    case 'nthWeekday':
      push(numberInRange('rule.month', rule.month, 1, 12));
      push(numberInRange('rule.weekday', rule.weekday, 0, 6));
      push(numberInRange('rule.n', rule.n, 1, 5));
      break;
    case 'lastWeekday':
      push(numberInRange('rule.month', rule.month, 1, 12));
      push(numberInRange('rule.weekday', rule.weekday, 0, 6));
      break;
    case 'explicit': {
      const dates: ReadonlyArray<IsoDate> = rule.dates || [];
      push(required('rule.dates', dates));
      for (let i: number = 0; i < dates.length; i++) {
        if (typeof dates[i] !== 'string' || !parseIsoDate(dates[i])) {
          push(validationError('rule.dates', 'dateInvalid', { index: i, value: String(dates[i]) }));
        }
      }
      break;
    }
    default:
      // Unknown kind from a hand-edited list item.
      push(validationError('rule', 'required'));
  }
  return errors;
}

/** Rule problems plus title (required, max 255) and duration (whole number of days >= 1). */
export function validateNationalDay(day: NationalDay): ValidationError[] {
  const errors: ValidationError[] = [];
  const titleError: ValidationError | null = required('title', day.title) || maxLength('title', day.title);
  if (titleError) {
    errors.push(titleError);
  }
  const durationError: ValidationError | null =
    day.durationDays === undefined ? null : wholeNumberAtLeast('durationDays', day.durationDays, 1);
  if (durationError) {
    errors.push(durationError);
  }
  return errors.concat(validateNationalDayRule(day.rule));
}
