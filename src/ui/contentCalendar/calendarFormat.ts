import type { BadgeProps } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { CalendarDate, IsoDate, parseIsoDate } from '../../core/time/calendarDate';
import { amsterdamWallTime } from '../../core/time/amsterdam';
import { DisplayLocale, formatDateLong, formatTime, monthName, weekdayName } from '../../core/time/dutchFormat';
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

/** An instant on Amsterdam's clock, short: 'di 8 dec 09:00' | 'Tue, Dec 8, 9:00 AM'. */
export function shortDateTime(instant: Date, locale: DisplayLocale): string {
  const wall = amsterdamWallTime(instant);
  const weekday = weekdayName(weekdayOf(wall.year, wall.month, wall.day), locale, 'short');
  const month = monthName(wall.month, locale, 'short');
  const time = formatTime({ hour: wall.hour, minute: wall.minute }, locale);
  return locale === 'nl-NL' ? `${weekday} ${wall.day} ${month} ${time}` : `${weekday}, ${month} ${wall.day}, ${time}`;
}

/** The badge colour of a post status (always next to its word). */
export const POST_STATUS_COLOR: { readonly [status in PostStatus]: BadgeProps['color'] } = {
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
