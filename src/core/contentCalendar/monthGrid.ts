/**
 * The weeks a month view shows: whole ISO weeks (Monday first) from the week holding the
 * 1st to the week holding the last day, each with its ISO week number. A week keeps the
 * ISO year of its Thursday, so the grid of January 2027 starts with 2026-W53
 * (28 Dec 2026 .. 3 Jan 2027) and December 2024 ends with 2025-W01.
 */
import { amsterdamDayBounds } from '../time/amsterdam';
import { addDays, CalendarDate, daysInMonth, IsoDate, isWholeNumber, parseIsoDate, toIsoDate, weekdayOf } from '../time/calendarDate';
import { IsoWeek, isoWeekKey, isoWeekOf } from '../time/isoWeek';

export interface MonthGridDay {
  date: IsoDate;
  /** false for the leading and trailing days of the neighbouring months. */
  inMonth: boolean;
}

export interface MonthGridWeek extends IsoWeek {
  /** '2026-W45' */
  key: string;
  /** Monday .. Sunday, always seven. */
  days: MonthGridDay[];
}

export interface MonthGrid {
  year: number;
  month: number;
  /** 4 to 6 weeks. */
  weeks: MonthGridWeek[];
  /** Monday of the first week and Sunday of the last (inclusive), 'YYYY-MM-DD'. */
  first: IsoDate;
  last: IsoDate;
}

/** A year and month (1..12). */
export interface YearMonth {
  year: number;
  month: number;
}

function checkMonth(year: number, month: number): void {
  if (!isWholeNumber(year) || !isWholeNumber(month) || year < 1 || year > 9999 || month < 1 || month > 12) {
    throw new RangeError('Invalid month: ' + year + '-' + month);
  }
}

/** Monday of the week that holds the date. */
export function mondayOf(date: CalendarDate): CalendarDate {
  const weekday: number = weekdayOf(date.year, date.month, date.day);
  return addDays(date, -((weekday + 6) % 7));
}

export function monthGrid(year: number, month: number): MonthGrid {
  checkMonth(year, month);
  const lastDay: CalendarDate = { year: year, month: month, day: daysInMonth(year, month) };
  let monday: CalendarDate = mondayOf({ year: year, month: month, day: 1 });
  const weeks: MonthGridWeek[] = [];
  const lastIso: IsoDate = toIsoDate(lastDay);
  while (toIsoDate(monday) <= lastIso) {
    const week: IsoWeek = isoWeekOf(monday.year, monday.month, monday.day);
    const days: MonthGridDay[] = [];
    for (let i: number = 0; i < 7; i++) {
      const date: CalendarDate = addDays(monday, i);
      days.push({ date: toIsoDate(date), inMonth: date.year === year && date.month === month });
    }
    weeks.push({ isoYear: week.isoYear, isoWeek: week.isoWeek, key: isoWeekKey(week.isoYear, week.isoWeek), days: days });
    monday = addDays(monday, 7);
  }
  return {
    year: year,
    month: month,
    weeks: weeks,
    first: weeks[0].days[0].date,
    last: weeks[weeks.length - 1].days[6].date
  };
}

/** The month `delta` months from year/month (delta may be negative). */
export function addMonths(year: number, month: number, delta: number): YearMonth {
  const index: number = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The same day of the month `delta` months on, clamped to the month's length (31 Jan + 1 -> 28/29 Feb). */
export function shiftMonthKeepingDay(date: CalendarDate, delta: number): CalendarDate {
  const target: YearMonth = addMonths(date.year, date.month, delta);
  return { year: target.year, month: target.month, day: Math.min(date.day, daysInMonth(target.year, target.month)) };
}

/** What the calendar asks the API for: a shape like ContentCalendarRange (core knows no data layer). */
export interface MonthLoadRange {
  /** Start of the grid's first Amsterdam day and end of its last (exclusive). */
  from: Date;
  to: Date;
  /** Week keys, inclusive: `themeWeeksBefore` weeks before the first grid week .. the last grid week. */
  fromWeek: string;
  toWeek: string;
}

/**
 * The range to load for a month grid: posts over the grid's days as Amsterdam day bounds,
 * themes from 8 weeks before the first grid week (the "theme not used" warning looks 6 back).
 */
export function monthLoadRange(grid: MonthGrid, themeWeeksBefore: number = 8): MonthLoadRange {
  const first: CalendarDate = parseIsoDate(grid.first) as CalendarDate;
  const last: CalendarDate = parseIsoDate(grid.last) as CalendarDate;
  const earliest: CalendarDate = addDays(first, -7 * themeWeeksBefore);
  const earliestWeek: IsoWeek = isoWeekOf(earliest.year, earliest.month, earliest.day);
  return {
    from: amsterdamDayBounds(first).start,
    to: amsterdamDayBounds(last).end,
    fromWeek: isoWeekKey(earliestWeek.isoYear, earliestWeek.isoWeek),
    toWeek: grid.weeks[grid.weeks.length - 1].key
  };
}
