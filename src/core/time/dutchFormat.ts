/**
 * Date and time display strings for nl-NL (first) and en-US, written out by
 * hand instead of Intl so tests and server-rendered output are identical on
 * every ICU version ("sep" vs "sep." vs "sept.", spaces around dashes, etc.).
 */
import { AmsterdamWallTime, amsterdamWallTime } from './amsterdam';
import { CalendarDate, pad, weekdayOf } from './calendarDate';
import { ClockTime } from './clockTime';

export type DisplayLocale = 'nl-NL' | 'en-US';
export type NameStyle = 'short' | 'long';

const MONTHS_LONG: { [locale: string]: string[] } = {
  'nl-NL': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  'en-US': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
};
const MONTHS_SHORT: { [locale: string]: string[] } = {
  'nl-NL': ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  'en-US': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};
// Index 0 = Sunday, as weekdayOf returns.
const WEEKDAYS_LONG: { [locale: string]: string[] } = {
  'nl-NL': ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  'en-US': ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
};
const WEEKDAYS_SHORT: { [locale: string]: string[] } = {
  'nl-NL': ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  'en-US': ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
};

/** Between the two times of a range, no spaces (Dutch style: 12:15–13:00). */
const EN_DASH: string = '\u2013';

/** Month 1..12 -> 'november' / 'nov' / 'November' / 'Nov'. */
export function monthName(month: number, locale: DisplayLocale, style: NameStyle): string {
  const names: string[] = (style === 'long' ? MONTHS_LONG : MONTHS_SHORT)[locale];
  const name: string | undefined = names[month - 1];
  if (name === undefined) {
    throw new RangeError('Invalid month: ' + month);
  }
  return name;
}

/** Weekday 0 = Sunday .. 6 = Saturday -> 'dinsdag' / 'di' / 'Tuesday' / 'Tue'. */
export function weekdayName(weekday: number, locale: DisplayLocale, style: NameStyle): string {
  const names: string[] = (style === 'long' ? WEEKDAYS_LONG : WEEKDAYS_SHORT)[locale];
  const name: string | undefined = names[weekday];
  if (name === undefined) {
    throw new RangeError('Invalid weekday: ' + weekday);
  }
  return name;
}

/** 'di 24 nov 2026' | 'Tue, Nov 24, 2026' */
export function formatDateShort(date: CalendarDate, locale: DisplayLocale): string {
  return formatDate(date, locale, 'short');
}

/** 'dinsdag 24 november 2026' | 'Tuesday, November 24, 2026' */
export function formatDateLong(date: CalendarDate, locale: DisplayLocale): string {
  return formatDate(date, locale, 'long');
}

function formatDate(date: CalendarDate, locale: DisplayLocale, style: NameStyle): string {
  const weekday: string = weekdayName(weekdayOf(date.year, date.month, date.day), locale, style);
  const month: string = monthName(date.month, locale, style);
  return locale === 'nl-NL'
    ? weekday + ' ' + date.day + ' ' + month + ' ' + date.year
    : weekday + ', ' + month + ' ' + date.day + ', ' + date.year;
}

/** '12:15' | '12:15 PM' */
export function formatTime(time: ClockTime, locale: DisplayLocale): string {
  if (locale === 'nl-NL') {
    return pad(time.hour, 2) + ':' + pad(time.minute, 2);
  }
  return twelveHour(time) + ' ' + meridiem(time);
}

/** '12:15–13:00' | '12:15–1:00 PM' (one AM/PM when both share it) | '11:30 AM–12:15 PM' */
export function formatTimeRange(start: ClockTime, end: ClockTime, locale: DisplayLocale): string {
  if (locale === 'en-US' && meridiem(start) === meridiem(end)) {
    return twelveHour(start) + EN_DASH + twelveHour(end) + ' ' + meridiem(end);
  }
  return formatTime(start, locale) + EN_DASH + formatTime(end, locale);
}

/** An instant as Amsterdam shows it: 'di 24 nov 2026 12:15' | 'Tue, Nov 24, 2026, 12:15 PM' */
export function formatAmsterdamDateTime(instant: Date, locale: DisplayLocale): string {
  const wall: AmsterdamWallTime = amsterdamWallTime(instant);
  const separator: string = locale === 'nl-NL' ? ' ' : ', ';
  return formatDateShort(wall, locale) + separator + formatTime(wall, locale);
}

function twelveHour(time: ClockTime): string {
  const hour: number = time.hour % 12 === 0 ? 12 : time.hour % 12;
  return hour + ':' + pad(time.minute, 2);
}

function meridiem(time: ClockTime): string {
  return time.hour < 12 ? 'AM' : 'PM';
}
