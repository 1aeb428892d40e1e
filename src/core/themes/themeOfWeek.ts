/**
 * Which 365 Vitaal theme applies now. The week is the ISO week of the
 * Amsterdam calendar date, never of the UTC or host date: Amsterdam is 1–2
 * hours ahead of UTC, so at Sunday 23:30 UTC it is already Monday (a new week)
 * in Amsterdam, and a browser or server in another zone is off as well.
 */
import { currentIsoWeekInAmsterdam } from '../time/amsterdam';
import { compareIsoWeeks, IsoWeek, isoWeekKey, nextIsoWeek } from '../time/isoWeek';
import { WeeklyTheme } from '../types';

/** The theme planned for an ISO week; with two planned (a clash), the first in the given order. */
export function themeForIsoWeek(themes: ReadonlyArray<WeeklyTheme>, isoYear: number, isoWeek: number): WeeklyTheme | null {
  for (let i: number = 0; i < themes.length; i++) {
    if (themes[i].isoYear === isoYear && themes[i].isoWeek === isoWeek) {
      return themes[i];
    }
  }
  return null;
}

/** The theme of the ISO week Amsterdam is in at `now`, or null when none is planned. */
export function themeOfWeek(themes: ReadonlyArray<WeeklyTheme>, now: Date): WeeklyTheme | null {
  const week: IsoWeek = currentIsoWeekInAmsterdam(now);
  return themeForIsoWeek(themes, week.isoYear, week.isoWeek);
}

/** ISO weeks from `from` to `to` (both inclusive) that have no theme planned; [] when from > to. */
export function weeksWithoutTheme(themes: ReadonlyArray<WeeklyTheme>, from: IsoWeek, to: IsoWeek): IsoWeek[] {
  const counts: { [key: string]: number } = themesPerWeek(themes);
  const gaps: IsoWeek[] = [];
  for (let week: IsoWeek = from; compareIsoWeeks(week, to) <= 0; week = nextIsoWeek(week)) {
    if (!counts[isoWeekKey(week.isoYear, week.isoWeek)]) {
      gaps.push(week);
    }
  }
  return gaps;
}

/** ISO weeks with more than one theme planned (a clash for the content calendar), ascending. */
export function weeksWithSeveralThemes(themes: ReadonlyArray<WeeklyTheme>): IsoWeek[] {
  const counts: { [key: string]: number } = themesPerWeek(themes);
  const clashes: IsoWeek[] = [];
  for (let i: number = 0; i < themes.length; i++) {
    const key: string = isoWeekKey(themes[i].isoYear, themes[i].isoWeek);
    if (counts[key] > 1) {
      counts[key] = 0; // report each week once
      clashes.push({ isoYear: themes[i].isoYear, isoWeek: themes[i].isoWeek });
    }
  }
  return clashes.sort(compareIsoWeeks);
}

/** Number of themes per ISO week key ('2026-W48'). */
function themesPerWeek(themes: ReadonlyArray<WeeklyTheme>): { [key: string]: number } {
  const counts: { [key: string]: number } = {};
  for (let i: number = 0; i < themes.length; i++) {
    const key: string = isoWeekKey(themes[i].isoYear, themes[i].isoWeek);
    counts[key] = (counts[key] || 0) + 1;
  }
  return counts;
}
