/**
 * What the content calendar asks the data layer for: the month on screen, and the coming days
 * its warnings look at (warnings.ts looks 14 days ahead whatever month is shown).
 *
 * Decisions:
 * - Posts: the grid's days, plus warningPostWindow(now) (28 days either side of today). When
 *   the two lie close together (at most 4 weeks apart, the usual case: today's month or the
 *   next), they are read as ONE range; further apart (Communications browse months ahead), the
 *   window is a second range (`ahead`), read in the same batch, so months in between are not
 *   read for nothing.
 * - Themes: from THEME_HISTORY_WEEKS before the first week that is checked, so a theme's last
 *   use is usually among the themes read (the "not used" warning names it), to the last week
 *   shown or looked ahead at. 16 + a 6-week grid + 2 weeks ahead stay within one 26-week query
 *   of the theme repository.
 * - Closing days: the grid's days only (`shown`): they are markers on the days on screen, and
 *   no warning looks at them.
 */
import { amsterdamDateOf, amsterdamDayBounds } from '../time/amsterdam';
import { addDays, CalendarDate, dayNumber, IsoDate, parseIsoDate, toIsoDate } from '../time/calendarDate';
import { IsoWeek, isoWeekKey, isoWeekOf } from '../time/isoWeek';
import { MonthGrid, MonthLoadRange, mondayOf } from './monthGrid';
import { LOOKAHEAD_DAYS, warningPostWindow } from './warnings';

export interface CalendarLoadRange extends MonthLoadRange {
  /** The coming days the warnings need, when they lie far from the month shown. */
  ahead?: MonthLoadRange;
  /** The days on screen (the grid), both inclusive: what the closing-day markers need. */
  shown: { first: IsoDate; last: IsoDate };
}

/** Weeks of themes read before the first checked week. */
export const THEME_HISTORY_WEEKS: number = 16;
/** Ranges at most this many days apart are read as one. */
const MERGE_GAP_DAYS: number = 28;

function weekKeyOf(date: CalendarDate): string {
  const week: IsoWeek = isoWeekOf(date.year, date.month, date.day);
  return isoWeekKey(week.isoYear, week.isoWeek);
}

interface DayRange {
  first: CalendarDate;
  last: CalendarDate;
  /** First and last day whose week's theme is needed. */
  themeFirst: CalendarDate;
  themeLast: CalendarDate;
}

function toLoadRange(range: DayRange): MonthLoadRange {
  return {
    from: amsterdamDayBounds(range.first).start,
    to: amsterdamDayBounds(range.last).end,
    fromWeek: weekKeyOf(addDays(mondayOf(range.themeFirst), -7 * THEME_HISTORY_WEEKS)),
    toWeek: weekKeyOf(range.themeLast)
  };
}

function earlier(a: CalendarDate, b: CalendarDate): CalendarDate {
  return dayNumber(a) <= dayNumber(b) ? a : b;
}

function later(a: CalendarDate, b: CalendarDate): CalendarDate {
  return dayNumber(a) >= dayNumber(b) ? a : b;
}

export function calendarLoadRange(grid: MonthGrid, now: Date): CalendarLoadRange {
  const today: CalendarDate = amsterdamDateOf(now);
  const window: { from: IsoDate; to: IsoDate } = warningPostWindow(now);
  const shown: DayRange = {
    first: parseIsoDate(grid.first) as CalendarDate,
    last: parseIsoDate(grid.last) as CalendarDate,
    themeFirst: parseIsoDate(grid.first) as CalendarDate,
    themeLast: parseIsoDate(grid.last) as CalendarDate
  };
  const ahead: DayRange = {
    first: parseIsoDate(window.from) as CalendarDate,
    last: parseIsoDate(window.to) as CalendarDate,
    themeFirst: today,
    themeLast: addDays(today, LOOKAHEAD_DAYS)
  };
  const apart: boolean =
    dayNumber(ahead.first) - dayNumber(shown.last) > MERGE_GAP_DAYS || dayNumber(shown.first) - dayNumber(ahead.last) > MERGE_GAP_DAYS;
  const days = { first: grid.first, last: grid.last };
  if (apart) {
    return { ...toLoadRange(shown), ahead: toLoadRange(ahead), shown: days };
  }
  const merged: MonthLoadRange = toLoadRange({
    first: earlier(shown.first, ahead.first),
    last: later(shown.last, ahead.last),
    themeFirst: earlier(shown.themeFirst, ahead.themeFirst),
    themeLast: later(shown.themeLast, ahead.themeLast)
  });
  return { ...merged, shown: days };
}

/** The days a load range covers, for tests and the data layer's merge: 'YYYY-MM-DD' of its Amsterdam bounds. */
export function loadRangeDays(range: MonthLoadRange): { first: IsoDate; last: IsoDate } {
  return { first: toIsoDate(amsterdamDateOf(range.from)), last: toIsoDate(addDays(amsterdamDateOf(range.to), -1)) };
}
