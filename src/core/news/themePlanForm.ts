/**
 * The month planner for the weekly 365 Vitaal theme as plain values: which ISO weeks a
 * month has, rows prefilled from what is planned, filling empty weeks with the rotation,
 * and which rows changed (only those are sent).
 *
 * Decisions:
 * - A month's weeks are the ISO weeks whose Thursday lies in the month (the ISO rule that
 *   also decides a week's year), so every week belongs to exactly one month: 4 or 5 rows.
 * - The rotation continues after the theme of the nearest earlier week that has one (in
 *   the month, else the latest planned week before the month). Empty weeks before the
 *   first chosen theme of a month with no earlier plan are filled backwards from it, so
 *   the month still reads as one unbroken rotation. With nothing chosen anywhere the
 *   rotation starts with the first theme (fysiek).
 * - A week that already has a theme cannot be emptied here (the list has no "no theme").
 * - The tip, the "meer lezen" link and the image of the week are planned with the theme (the
 *   list's SbTip, SbLinkUrl and SbImageUrl), so "Tip van de week" needs no trip to the raw list.
 *   Links and images are https:// addresses or site-relative paths ('/sites/…'), what the
 *   theme web part will show (ui/shared/safeUrl); at most 255 characters (a URL column).
 */
import { addDays, CalendarDate, IsoDate, toIsoDate, weekdayOf } from '../time/calendarDate';
import { IsoWeek, compareIsoWeeks, isoWeekOfDate, mondayOfIsoWeek } from '../time/isoWeek';
import { DEFAULT_PILLAR_OF_THEME, VITAL_THEMES, VitalTheme, WeeklyTheme } from '../types';
import { ValidationError, collectErrors } from '../validation/validationError';
import { hasControlCharacter, httpsUrl, maxLength } from '../validation/validators';

/** The plan of one week as sent to the list (`id` set when the week already has a theme). */
export type ThemePlanOutput = Omit<WeeklyTheme, 'id'> & { id?: number };

export interface ThemePlanRow {
  isoYear: number;
  isoWeek: number;
  /** Monday and Sunday of the week ('YYYY-MM-DD'). */
  monday: IsoDate;
  sunday: IsoDate;
  theme: VitalTheme | '';
  title: string;
  summary: string;
  /** Tip of the week (plain text), link for more and image address; '' when none. */
  tip: string;
  linkUrl: string;
  imageUrl: string;
  /** What is stored for this week, if anything. */
  existing?: WeeklyTheme;
}

/** The ISO weeks whose Thursday lies in `month` (1..12) of `year`, in order. */
export function isoWeeksOfMonth(year: number, month: number): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  // The first Thursday (4) of the month, then every seven days while still in the month.
  let day: CalendarDate = { year: year, month: month, day: 1 + ((4 - weekdayOf(year, month, 1) + 7) % 7) };
  while (day.month === month && day.year === year) {
    weeks.push(isoWeekOfDate(day));
    day = addDays(day, 7);
  }
  return weeks;
}

/** One row per week of the month, prefilled from the stored themes. */
export function themePlanRows(year: number, month: number, themes: ReadonlyArray<WeeklyTheme>): ThemePlanRow[] {
  return isoWeeksOfMonth(year, month).map((week: IsoWeek) => {
    const existing: WeeklyTheme | undefined = findTheme(themes, week);
    const monday: CalendarDate = mondayOfIsoWeek(week.isoYear, week.isoWeek);
    return {
      isoYear: week.isoYear,
      isoWeek: week.isoWeek,
      monday: toIsoDate(monday),
      sunday: toIsoDate(addDays(monday, 6)),
      theme: existing ? existing.theme : '',
      title: existing ? existing.title : '',
      summary: existing ? existing.summary : '',
      tip: existing ? existing.tip || '' : '',
      linkUrl: existing ? existing.linkUrl || '' : '',
      imageUrl: existing ? existing.imageUrl || '' : '',
      existing: existing
    };
  });
}

function findTheme(themes: ReadonlyArray<WeeklyTheme>, week: IsoWeek): WeeklyTheme | undefined {
  for (let i: number = 0; i < themes.length; i++) {
    if (themes[i].isoYear === week.isoYear && themes[i].isoWeek === week.isoWeek) {
      return themes[i];
    }
  }
  return undefined;
}

function nextTheme(theme: VitalTheme, step: number): VitalTheme {
  const n: number = VITAL_THEMES.length;
  return VITAL_THEMES[(((VITAL_THEMES.indexOf(theme) + step) % n) + n) % n];
}

/** The theme of the latest stored week before `week`, if any. */
function latestThemeBefore(themes: ReadonlyArray<WeeklyTheme>, week: IsoWeek): VitalTheme | undefined {
  let best: WeeklyTheme | undefined;
  for (let i: number = 0; i < themes.length; i++) {
    const t: WeeklyTheme = themes[i];
    if (compareIsoWeeks(t, week) < 0 && (!best || compareIsoWeeks(t, best) > 0)) {
      best = t;
    }
  }
  return best ? best.theme : undefined;
}

/** Empty weeks filled round-robin, continuing after the last chosen theme (see the decisions above). */
export function fillWithRotation(rows: ReadonlyArray<ThemePlanRow>, themes: ReadonlyArray<WeeklyTheme>): ThemePlanRow[] {
  const result: ThemePlanRow[] = rows.map((r: ThemePlanRow) => ({ ...r }));
  if (result.length === 0) {
    return result;
  }
  let previous: VitalTheme | undefined = latestThemeBefore(themes, result[0]);
  const firstChosen: number = result.findIndex((r: ThemePlanRow) => r.theme !== '');
  if (previous === undefined && firstChosen > 0) {
    // Backwards from the first chosen week.
    for (let i: number = firstChosen - 1; i >= 0; i--) {
      result[i].theme = nextTheme(result[firstChosen].theme as VitalTheme, i - firstChosen);
    }
  }
  if (previous === undefined && firstChosen < 0) {
    previous = VITAL_THEMES[VITAL_THEMES.length - 1];
  }
  for (let i: number = 0; i < result.length; i++) {
    if (result[i].theme === '') {
      result[i].theme = nextTheme(previous as VitalTheme, 1);
    }
    previous = result[i].theme as VitalTheme;
  }
  return result;
}

/**
 * The weeks to send: new weeks with a theme, and stored weeks whose theme, title, summary,
 * tip, link or image changed (with their id). A changed theme takes
 * its default pillar unless the stored pillar was not the old theme's default (an editor's
 * own choice is kept). An empty title becomes `defaultTitle(theme)` (the list needs one).
 */
export function changedThemePlans(rows: ReadonlyArray<ThemePlanRow>, defaultTitle: (theme: VitalTheme) => string): ThemePlanOutput[] {
  const plans: ThemePlanOutput[] = [];
  for (let i: number = 0; i < rows.length; i++) {
    const row: ThemePlanRow = rows[i];
    if (row.theme === '') {
      continue;
    }
    const theme: VitalTheme = row.theme;
    const title: string = trim(row.title) === '' ? defaultTitle(theme) : trim(row.title);
    const summary: string = trim(row.summary);
    const tip: string = trim(row.tip);
    const linkUrl: string | null = trim(row.linkUrl) || null;
    const imageUrl: string | null = trim(row.imageUrl) || null;
    const old: WeeklyTheme | undefined = row.existing;
    if (old) {
      if (
        old.theme === theme &&
        old.title === title &&
        (old.summary || '') === summary &&
        (old.tip || '') === tip &&
        (old.linkUrl || null) === linkUrl &&
        (old.imageUrl || null) === imageUrl
      ) {
        continue;
      }
      const keepPillar: boolean = old.theme === theme || old.pillar !== DEFAULT_PILLAR_OF_THEME[old.theme];
      plans.push({
        id: old.id,
        isoYear: row.isoYear,
        isoWeek: row.isoWeek,
        theme: theme,
        pillar: keepPillar ? old.pillar : DEFAULT_PILLAR_OF_THEME[theme],
        title: title,
        summary: summary,
        tip: tip,
        imageUrl: imageUrl,
        linkUrl: linkUrl
      });
    } else {
      plans.push({
        isoYear: row.isoYear,
        isoWeek: row.isoWeek,
        theme: theme,
        pillar: DEFAULT_PILLAR_OF_THEME[theme],
        title: title,
        summary: summary,
        tip: tip,
        imageUrl: imageUrl,
        linkUrl: linkUrl
      });
    }
  }
  return plans;
}

/**
 * Per row: title at most 255 characters ('title-<index>'); link and image an https:// address
 * or a site-relative path, at most 255 characters ('linkUrl-<index>', 'imageUrl-<index>').
 */
export function validateThemePlanRows(rows: ReadonlyArray<ThemePlanRow>): ValidationError[] {
  const errors: Array<ValidationError | null> = [];
  rows.forEach((r: ThemePlanRow, i: number) => {
    errors.push(maxLength('title-' + i, trim(r.title)));
    errors.push(addressProblem('linkUrl-' + i, r.linkUrl));
    errors.push(addressProblem('imageUrl-' + i, r.imageUrl));
  });
  return collectErrors(errors);
}

/** An https:// URL or a site-relative path ('/sites/stella/…', not '//host'), at most 255 characters. */
function addressProblem(field: string, value: string | undefined): ValidationError | null {
  const url: string = trim(value);
  if (url === '') {
    return null;
  }
  // No '//host', no backslash (browsers read it as '/'), no spaces or control characters.
  if (/^\/(?!\/)[^\s\\]*$/.test(url) && !hasControlCharacter(url)) {
    return maxLength(field, url);
  }
  return httpsUrl(field, url) || maxLength(field, url);
}


function trim(value: string | null | undefined): string {
  return (value || '').replace(/^\s+|\s+$/g, '');
}
