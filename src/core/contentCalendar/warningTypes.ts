// The warnings the content calendar gives Communications, as data (rules in warnings.ts).
import { IsoDate } from '../time/calendarDate';
import { IsoWeek } from '../time/isoWeek';
import { NationalDay, NewsPost, VitalTheme, WeeklyTheme } from '../types';

export type WarningPost = Pick<NewsPost, 'id' | 'title' | 'publishAt' | 'version' | 'scheduledAt' | 'nationalDay'>;

export type WarningUrgency = 'high' | 'medium' | 'low';

/** When a warning bites. */
export interface WarningTiming {
  /** Days from today to when it matters; 0 when that is today, this week or running. */
  daysUntil: number;
  urgency: WarningUrgency;
}

export interface EmptyWeekWarning extends IsoWeek, WarningTiming {
  kind: 'emptyWeek';
  weekKey: string;
  /** Monday and Sunday of the week. */
  monday: IsoDate;
  sunday: IsoDate;
}

export interface NoThemeWarning extends WarningTiming {
  kind: 'noTheme';
  /** The checked weeks without a theme, in order ('2026-W46'); at least one. */
  weekKeys: string[];
  /** Their week numbers, in the same order. */
  isoWeeks: number[];
  /** Monday of the first of them. */
  monday: IsoDate;
}

export interface TwoPostsOneDayWarning extends WarningTiming {
  kind: 'twoPostsOneDay';
  date: IsoDate;
  /** The live posts of that day, in publish order (two or more). */
  postIds: number[];
}

export interface ThemeNotUsedWarning extends IsoWeek, WarningTiming {
  kind: 'themeNotUsed';
  theme: VitalTheme;
  /** The first checked week in which the theme is overdue. */
  weekKey: string;
  /** Its latest planned week before then, or null when that is not among the themes passed in. */
  lastUsedWeekKey: string | null;
  /** Weeks from lastUsedWeekKey to weekKey (> 6), or null with it. */
  weeksSince: number | null;
  /** The earliest week with a theme among the themes passed in: "not planned since" that week. */
  checkedFromWeekKey: string;
  /** The theme's next planned week after weekKey among the themes passed in, or null. */
  nextPlannedWeekKey: string | null;
}

export interface NationalDayWithoutPostWarning extends WarningTiming {
  kind: 'nationalDayWithoutPost';
  dayId: number;
  title: string;
  /** The occurrence, first and last day (inclusive). */
  start: IsoDate;
  end: IsoDate;
  /** A draft that would cover it once scheduled or published ("concept klaar"), else null. */
  draftPostId: number | null;
}

export type ContentWarning = EmptyWeekWarning | NoThemeWarning | TwoPostsOneDayWarning | ThemeNotUsedWarning | NationalDayWithoutPostWarning;

export interface ContentWarningsInput {
  /** Posts of [from, to] and of warningPostWindow(now). */
  posts: ReadonlyArray<WarningPost>;
  /** Themes from at least 6 (better 20) weeks before the first checked week to the last. */
  themes: ReadonlyArray<WeeklyTheme>;
  nationalDays: ReadonlyArray<NationalDay>;
  /** The days shown, both inclusive. */
  from: IsoDate;
  to: IsoDate;
  now: Date;
}

/** How far ahead of today everything is checked (national days, weeks, days), in days. */
