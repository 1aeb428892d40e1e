import * as strings from 'SamenBeterStrings';
import { CalendarDate, IsoDate, parseIsoDate } from '../../core/time/calendarDate';
import { DisplayLocale, formatDateLong, monthName, weekdayName } from '../../core/time/dutchFormat';
import { weekdayOf } from '../../core/time/calendarDate';
import { PostStatus } from '../../core/types';

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

/** The status as a word (never colour alone). */
export function postStatusLabel(status: PostStatus): string {
  switch (status) {
    case 'draft':
      return strings.CalendarStatusDraft;
    case 'scheduled':
      return strings.CalendarStatusScheduled;
    case 'published':
      return strings.CalendarStatusPublished;
    default:
      return strings.CalendarStatusExpired;
  }
}
