import type { PillColor } from '../shared/Pill.types';
import * as strings from 'SamenBeterStrings';
import { CalendarDate, IsoDate, parseIsoDate } from '../../core/time/calendarDate';
import { amsterdamWallTime } from '../../core/time/amsterdam';
import type { PublicHoliday } from '../../core/calendar/holidays';
import { DisplayLocale, formatDateLong, monthName, weekdayName } from '../../core/time/dutchFormat';
import { pad, weekdayOf } from '../../core/time/calendarDate';
import { PostStatus } from '../../core/types';
import { formatString } from '../shared/formatString';

function dateOf(iso: IsoDate): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) {
    throw new RangeError('Not a date: ' + iso);
  }
  return date;
}

/** 'november 2026' | 'November 2026' */
export function monthTitle(year: number, month: number, locale: DisplayLocale): string {
  return monthName(month, locale, 'long') + ' ' + year;
}

/** 'di 8 dec.' | 'Tue, Dec 8' */
export function shortDay(iso: IsoDate, locale: DisplayLocale): string {
  const date = dateOf(iso);
  const weekday = weekdayName(weekdayOf(date.year, date.month, date.day), locale, 'short');
  const month = monthName(date.month, locale, 'short');
  return locale === 'nl-NL' ? `${weekday} ${date.day} ${month}.` : `${weekday}, ${month} ${date.day}`;
}

/** 'dinsdag 8 december 2026' | 'Tuesday, December 8, 2026' */
export function longDay(iso: IsoDate, locale: DisplayLocale): string {
  return formatDateLong(dateOf(iso), locale);
}

export function dayOfMonth(iso: IsoDate): number {
  return dateOf(iso).day;
}

/**
 * An instant on Amsterdam's clock, short: 'di 8 dec 09:00' | 'Tue, Dec 8, 09:00'. The 24-hour
 * clock in English too: the organisation and its publishing times are Dutch.
 */
export function shortDateTime(instant: Date, locale: DisplayLocale): string {
  const wall = amsterdamWallTime(instant);
  const weekday = weekdayName(weekdayOf(wall.year, wall.month, wall.day), locale, 'short');
  const month = monthName(wall.month, locale, 'short');
  const time = `${pad(wall.hour, 2)}:${pad(wall.minute, 2)}`;
  return locale === 'nl-NL' ? `${weekday} ${wall.day} ${month} ${time}` : `${weekday}, ${month} ${wall.day}, ${time}`;
}

/** The badge colour of a post status (always next to its word). */
export const POST_STATUS_COLOR: { readonly [status in PostStatus]: PillColor } = {
  draft: 'warning',
  scheduled: 'informative',
  published: 'success'
};

/** The status as a word (never colour alone). */
export function postStatusLabel(status: PostStatus): string {
  switch (status) {
    case 'draft':
      return strings.CalendarStatusDraft;
    case 'scheduled':
      return strings.CalendarStatusScheduled;
    default:
      return strings.CalendarStatusPublished;
  }
}

/** 'week 45' | 'week 45 en 46' | 'week 45, 46 en 48' (English: 'weeks 45, 46 and 48'). */
export function weekNumbers(weeks: ReadonlyArray<number>): string {
  if (weeks.length <= 1) {
    return formatString(strings.CalendarWeeksOne, weeks.length ? weeks[0] : '');
  }
  return formatString(strings.CalendarWeeksMany, weeks.slice(0, -1).join(', '), weeks[weeks.length - 1]);
}

/** The holiday's name in the display language. */
export function holidayName(holiday: PublicHoliday, locale: DisplayLocale): string {
  return locale === 'nl-NL' ? holiday.name.nl : holiday.name.en;
}
