import * as strings from 'SamenBeterStrings';
import { Activity, ActivitySession } from '../../core/types';
import { amsterdamDateOf } from '../../core/time/amsterdam';
import { parseIsoDate, weekdayOf } from '../../core/time/calendarDate';
import { parseClockTime } from '../../core/time/clockTime';
import { DisplayLocale, formatAmsterdamDateTime, formatTimeRange, monthName, weekdayName } from '../../core/time/dutchFormat';
import { venueLocation } from '../../core/activities/catalogue';
import { formatString } from '../shared/formatString';

// Display strings for activities. All dates and times are Europe/Amsterdam, written out
// by core/time/dutchFormat so every browser shows the same ("di 24 nov · 12:15–13:00").

/** 'di 24 nov' | 'Tue, Nov 24'; the year is added when it is not the current one. */
export function dayLabel(isoDate: string, locale: DisplayLocale, now: Date): string {
  const date = parseIsoDate(isoDate);
  if (!date) {
    return isoDate;
  }
  const weekday = weekdayName(weekdayOf(date.year, date.month, date.day), locale, 'short');
  const month = monthName(date.month, locale, 'short');
  const year = date.year !== amsterdamDateOf(now).year ? ` ${date.year}` : '';
  return locale === 'nl-NL' ? `${weekday} ${date.day} ${month}${year}` : `${weekday}, ${month} ${date.day}${year ? ',' + year : ''}`;
}

/** '12:15–13:00' | '12:15–1:00 PM' */
export function timeLabel(activity: Activity, locale: DisplayLocale): string {
  const start = parseClockTime(activity.startTime);
  const end = parseClockTime(activity.endTime);
  return start && end ? formatTimeRange(start, end, locale) : '';
}

/** 'di 24 nov · 12:15–13:00' */
export function sessionLabel(activity: Activity, session: ActivitySession, locale: DisplayLocale, now: Date): string {
  const time = timeLabel(activity, locale);
  return time ? `${dayLabel(session.date, locale, now)} · ${time}` : dayLabel(session.date, locale, now);
}

/** The place, "Online", or both for hybrid sessions. */
export function venueLabel(activity: Activity): string {
  const location = venueLocation(activity.venue);
  if (activity.venue.kind === 'online' || !location) {
    return strings.ActivitiesOnline;
  }
  return activity.venue.kind === 'hybrid' ? formatString(strings.ActivitiesHybrid, location) : location;
}

/** 'di 24 nov 2026 12:00' */
export function instantLabel(instant: Date, locale: DisplayLocale): string {
  return formatAmsterdamDateTime(instant, locale);
}
