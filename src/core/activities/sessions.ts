/** The dated occurrences of an activity, as instants, from its Amsterdam dates and wall-clock times. */
import { amsterdamInstant } from '../time/amsterdam';
import { addDays, CalendarDate, compareCalendarDates, IsoDate, parseIsoDate, toIsoDate } from '../time/calendarDate';
import { ClockTime, compareClockTimes, parseClockTime } from '../time/clockTime';
import { Activity, ActivitySession } from '../types';

/**
 * One session per valid date, ascending, duplicates dropped. Malformed dates or
 * times yield no session (validation reports them; display must not crash).
 * An end time at or before the start time means the session ends the next day.
 */
export function activitySessions(activity: Activity): ActivitySession[] {
  const start: ClockTime | null = parseClockTime(activity.startTime);
  const end: ClockTime | null = parseClockTime(activity.endTime);
  if (!start || !end) {
    return [];
  }
  const dates: CalendarDate[] = [];
  for (let i: number = 0; i < activity.dates.length; i++) {
    const date: CalendarDate | null = parseIsoDate(activity.dates[i]);
    if (date) {
      dates.push(date);
    }
  }
  dates.sort(compareCalendarDates);
  const sessions: ActivitySession[] = [];
  for (let i: number = 0; i < dates.length; i++) {
    const key: string = toIsoDate(dates[i]);
    if (sessions.length > 0 && sessions[sessions.length - 1].key === key) {
      continue;
    }
    const endDate: CalendarDate = compareClockTimes(end, start) > 0 ? dates[i] : addDays(dates[i], 1);
    sessions.push({
      activityId: activity.id,
      key: key,
      date: key,
      startsAt: amsterdamInstant(dates[i], start),
      endsAt: amsterdamInstant(endDate, end)
    });
  }
  return sessions;
}

/** The session a drop-in registration points at, or undefined. */
export function findSession(sessions: ReadonlyArray<ActivitySession>, sessionKey: string): ActivitySession | undefined {
  for (let i: number = 0; i < sessions.length; i++) {
    if (sessions[i].key === sessionKey) {
      return sessions[i];
    }
  }
  return undefined;
}

/**
 * Sessions that are not over yet (end after now), ascending: a lunch walk
 * under way still shows in "Mijn aanmeldingen" and the catalogue.
 */
export function upcomingSessions(activity: Activity, now: Date): ActivitySession[] {
  const all: ActivitySession[] = activitySessions(activity);
  const upcoming: ActivitySession[] = [];
  for (let i: number = 0; i < all.length; i++) {
    if (all[i].endsAt.getTime() > now.getTime()) {
      upcoming.push(all[i]);
    }
  }
  return upcoming;
}

/** The first session that has not started yet: the next date one can still join. */
export function nextSession(activity: Activity, now: Date): ActivitySession | undefined {
  const all: ActivitySession[] = activitySessions(activity);
  for (let i: number = 0; i < all.length; i++) {
    if (all[i].startsAt.getTime() > now.getTime()) {
      return all[i];
    }
  }
  return undefined;
}

/**
 * The sessions one sign-up covers: that one date for a weekly drop-in, every
 * session for a one-off event or a programme (sessionDate is then ignored).
 */
export function sessionsOfSignUp(activity: Activity, sessionDate: IsoDate | null): ActivitySession[] {
  const all: ActivitySession[] = activitySessions(activity);
  if (activity.shape !== 'weeklyDropIn') {
    return all;
  }
  const session: ActivitySession | undefined = sessionDate === null ? undefined : findSession(all, sessionDate);
  return session ? [session] : [];
}

/** `count` dates a week apart from `first`, for entering a drop-in or programme series. */
export function weeklyDates(first: IsoDate, count: number): IsoDate[] {
  const start: CalendarDate | null = parseIsoDate(first);
  if (!start) {
    throw new RangeError('Invalid date: ' + first);
  }
  const dates: IsoDate[] = [];
  for (let i: number = 0; i < count; i++) {
    dates.push(toIsoDate(addDays(start, 7 * i)));
  }
  return dates;
}
