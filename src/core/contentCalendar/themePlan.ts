/**
 * Suggests the 365 Vitaal themes for a month.
 *
 * Decisions:
 * - A month plans the ISO weeks whose THURSDAY falls in it (ISO week ownership): every week
 *   belongs to exactly one month, so planning November and then December never plans a
 *   week twice or skips one. (2026-W53, 28 Dec 2026 .. 3 Jan 2027, belongs to December.)
 * - Weeks that already have a theme are returned untouched (existing set).
 * - Unplanned weeks continue the round robin over VITAL_THEMES from the theme of the week
 *   before: the latest planned week before it (from `existing`), else the last entry of
 *   `previous` (themes of the weeks before the month, oldest first, for when `existing` only
 *   holds the month itself), else the rotation starts at VITAL_THEMES[0].
 */
import { addDays, CalendarDate, daysInMonth, IsoDate, toIsoDate, weekdayOf } from '../time/calendarDate';
import { compareIsoWeeks, IsoWeek, isoWeekKey, isoWeekOf, isValidIsoWeek } from '../time/isoWeek';
import { VITAL_THEMES, VitalTheme, WeeklyTheme } from '../types';

export interface MonthThemeWeek extends IsoWeek {
  /** '2026-W45' */
  key: string;
  /** Monday and Sunday of the week. */
  monday: IsoDate;
  sunday: IsoDate;
  /** The existing plan's theme, or the suggestion. */
  theme: VitalTheme;
  /** The plan already stored for this week (keep it), or null (theme is a suggestion). */
  existing: WeeklyTheme | null;
}

/** The ISO weeks owned by a month (their Thursday lies in it), in order: 4 or 5. */
export function isoWeeksOfMonth(year: number, month: number): IsoWeek[] {
  const result: IsoWeek[] = [];
  for (let day: number = 1; day <= daysInMonth(year, month); day++) {
    if (weekdayOf(year, month, day) === 4) {
      result.push(isoWeekOf(year, month, day));
    }
  }
  return result;
}

/** The round-robin successor of a theme. */
export function nextTheme(theme: VitalTheme): VitalTheme {
  return VITAL_THEMES[(VITAL_THEMES.indexOf(theme) + 1) % VITAL_THEMES.length];
}

function mondayOfWeekHolding(thursday: CalendarDate): CalendarDate {
  return addDays(thursday, -3);
}

export function planMonthThemes(
  year: number,
  month: number,
  existing: ReadonlyArray<WeeklyTheme>,
  previous?: ReadonlyArray<VitalTheme>
): MonthThemeWeek[] {
  const weeks: IsoWeek[] = isoWeeksOfMonth(year, month);
  const valid: WeeklyTheme[] = existing
    .filter((t) => isValidIsoWeek(t.isoYear, t.isoWeek) && VITAL_THEMES.indexOf(t.theme) >= 0)
    .sort((a, b) => compareIsoWeeks(a, b) || a.id - b.id);
  const byKey: { [key: string]: WeeklyTheme } = {};
  valid.forEach((t) => {
    const key: string = isoWeekKey(t.isoYear, t.isoWeek);
    byKey[key] = byKey[key] || t;
  });

  // The theme of the latest week before the month.
  const before: WeeklyTheme[] = valid.filter((t) => compareIsoWeeks(t, weeks[0]) < 0);
  let last: VitalTheme | null =
    before.length > 0
      ? before[before.length - 1].theme
      : previous && previous.length > 0
        ? previous[previous.length - 1]
        : null;

  const result: MonthThemeWeek[] = [];
  let thursday: CalendarDate = firstThursday(year, month);
  for (let i: number = 0; i < weeks.length; i++) {
    const key: string = isoWeekKey(weeks[i].isoYear, weeks[i].isoWeek);
    const stored: WeeklyTheme | undefined = byKey[key];
    const theme: VitalTheme = stored ? stored.theme : last === null ? VITAL_THEMES[0] : nextTheme(last);
    const monday: CalendarDate = mondayOfWeekHolding(thursday);
    result.push({
      isoYear: weeks[i].isoYear,
      isoWeek: weeks[i].isoWeek,
      key: key,
      monday: toIsoDate(monday),
      sunday: toIsoDate(addDays(monday, 6)),
      theme: theme,
      existing: stored || null
    });
    last = theme;
    thursday = addDays(thursday, 7);
  }
  return result;
}

function firstThursday(year: number, month: number): CalendarDate {
  for (let day: number = 1; ; day++) {
    if (weekdayOf(year, month, day) === 4) {
      return { year: year, month: month, day: day };
    }
  }
}
