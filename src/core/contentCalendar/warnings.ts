/**
 * What the content calendar warns Communications about, as data (the UI words it).
 *
 * Definitions ("today" is the Amsterdam date of `now`; a "live" post is a news page that is not
 * a draft (core/news/postStatus): scheduled in SharePoint or published; its day is the Amsterdam
 * date of its publishAt):
 * - emptyWeek: an ISO week overlapping [from, to] that is not over yet (its Sunday >= today)
 *   and has no live post publishing Monday..Sunday. Past weeks are not reported: nothing can
 *   be done about them. Drafts do not count: they will not appear by themselves.
 * - twoPostsOneDay: a day in [from, to], today or later, with two or more live posts.
 *   Past days are history, not a planning problem.
 * - themeNotUsed: a 365 Vitaal theme is overdue in week W when it is planned in none of the
 *   seven weeks W-6..W, i.e. its last planned week lies MORE than 6 weeks before W (a plain
 *   five-theme rotation has gaps of 5, one skipped week makes 6: both fine). Every week
 *   overlapping [from, to] is checked (future weeks too: planning is the point); each theme
 *   is reported once, with the first week in range where it is overdue. Pass the themes of
 *   at least 6 weeks before `from` (the calendar loads 8), else early weeks look overdue.
 * - nationalDayWithoutPost: an occurrence of an active national day that overlaps the next
 *   14 days (today .. today+14, inclusive; a running multi-day week counts, daysUntil 0)
 *   and lies within [from, to] (posts are only known there), for which no live post exists
 *   that either is tagged with its title (nationalDay, compared trimmed and case-blind) and
 *   publishes between 14 days before its start and its end, or is untagged and publishes on
 *   one of its days. A draft that would count if it were scheduled or published does not
 *   silence the warning but is reported (draftPostId): "concept klaar".
 * Order: nationalDayWithoutPost (most urgent), emptyWeek, twoPostsOneDay, themeNotUsed;
 * within a kind by date.
 */
import { NationalDayOccurrence, nationalDaysInRange } from '../calendar/nationalDays';
import { postStatus } from '../news/postStatus';
import { amsterdamDateOf } from '../time/amsterdam';
import { addDays, CalendarDate, dayNumber, daysBetween, IsoDate, parseIsoDate, toIsoDate } from '../time/calendarDate';
import { IsoWeek, isoWeekKey, isoWeekOf, isValidIsoWeek, mondayOfIsoWeek } from '../time/isoWeek';
import { NationalDay, NewsPost, VITAL_THEMES, VitalTheme, WeeklyTheme } from '../types';
import { comparePostsByPublish, publishDateOf } from './calendarEntries';
import { mondayOf } from './monthGrid';

export type WarningPost = Pick<NewsPost, 'id' | 'title' | 'publishAt' | 'version' | 'scheduledAt' | 'nationalDay'>;

export interface EmptyWeekWarning extends IsoWeek {
  kind: 'emptyWeek';
  weekKey: string;
  /** Monday and Sunday of the week. */
  monday: IsoDate;
  sunday: IsoDate;
}

export interface TwoPostsOneDayWarning {
  kind: 'twoPostsOneDay';
  date: IsoDate;
  /** The live posts of that day, in publish order (two or more). */
  postIds: number[];
}

export interface ThemeNotUsedWarning extends IsoWeek {
  kind: 'themeNotUsed';
  theme: VitalTheme;
  /** The first week in range in which the theme is overdue. */
  weekKey: string;
  /** Its latest planned week before then, or null when none is among the themes passed in. */
  lastUsedWeekKey: string | null;
  /** Weeks from lastUsedWeekKey to weekKey (> 6), or null with it. */
  weeksSince: number | null;
}

export interface NationalDayWithoutPostWarning {
  kind: 'nationalDayWithoutPost';
  dayId: number;
  title: string;
  /** The occurrence, first and last day (inclusive). */
  start: IsoDate;
  end: IsoDate;
  /** Days from today to start; 0 when it is today or already running. */
  daysUntil: number;
  /** A draft that would cover it once scheduled or published ("concept klaar"), else null. */
  draftPostId: number | null;
}

export type ContentWarning = EmptyWeekWarning | TwoPostsOneDayWarning | ThemeNotUsedWarning | NationalDayWithoutPostWarning;

export interface ContentWarningsInput {
  posts: ReadonlyArray<WarningPost>;
  themes: ReadonlyArray<WeeklyTheme>;
  nationalDays: ReadonlyArray<NationalDay>;
  /** The days shown, both inclusive. */
  from: IsoDate;
  to: IsoDate;
  now: Date;
}

/** How far ahead national days are checked, in days after today. */
export const NATIONAL_DAY_LOOKAHEAD_DAYS: number = 14;
/** A theme may rest this many weeks; one more and it is overdue. */
export const THEME_MAX_GAP_WEEKS: number = 6;

export function contentWarnings(input: ContentWarningsInput): ContentWarning[] {
  const from: CalendarDate | null = parseIsoDate(input.from);
  const to: CalendarDate | null = parseIsoDate(input.to);
  if (!from || !to) {
    throw new RangeError('contentWarnings: bounds must be YYYY-MM-DD, got ' + input.from + ' .. ' + input.to);
  }
  const today: IsoDate = toIsoDate(amsterdamDateOf(input.now));
  const posts: WarningPost[] = input.posts.slice().sort(comparePostsByPublish);
  const live: WarningPost[] = posts.filter((p) => postStatus(p) !== 'draft');
  const weeks: CalendarDate[] = mondaysOverlapping(from, to);
  const result: ContentWarning[] = [];
  return result.concat(
    nationalDayWarnings(input, posts, today),
    emptyWeekWarnings(weeks, live, today),
    twoPostsWarnings(live, input.from, input.to, today),
    themeWarnings(weeks, input.themes)
  );
}

function mondaysOverlapping(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const result: CalendarDate[] = [];
  const last: number = dayNumber(to);
  for (let monday: CalendarDate = mondayOf(from); dayNumber(monday) <= last; monday = addDays(monday, 7)) {
    result.push(monday);
  }
  return result;
}

function emptyWeekWarnings(mondays: CalendarDate[], live: WarningPost[], today: IsoDate): EmptyWeekWarning[] {
  const liveDates: IsoDate[] = live.map(publishDateOf);
  const result: EmptyWeekWarning[] = [];
  for (let i: number = 0; i < mondays.length; i++) {
    const monday: IsoDate = toIsoDate(mondays[i]);
    const sunday: IsoDate = toIsoDate(addDays(mondays[i], 6));
    if (sunday < today || liveDates.some((d) => d >= monday && d <= sunday)) {
      continue;
    }
    const week: IsoWeek = isoWeekOf(mondays[i].year, mondays[i].month, mondays[i].day);
    result.push({
      kind: 'emptyWeek',
      isoYear: week.isoYear,
      isoWeek: week.isoWeek,
      weekKey: isoWeekKey(week.isoYear, week.isoWeek),
      monday: monday,
      sunday: sunday
    });
  }
  return result;
}

function twoPostsWarnings(live: WarningPost[], from: IsoDate, to: IsoDate, today: IsoDate): TwoPostsOneDayWarning[] {
  const byDate: { [date: string]: number[] } = {};
  const dates: IsoDate[] = [];
  for (let i: number = 0; i < live.length; i++) {
    const date: IsoDate = publishDateOf(live[i]);
    if (date < from || date > to || date < today) {
      continue;
    }
    if (!byDate[date]) {
      byDate[date] = [];
      dates.push(date);
    }
    byDate[date].push(live[i].id);
  }
  return dates
    .filter((d) => byDate[d].length >= 2)
    .sort()
    .map((d) => ({ kind: 'twoPostsOneDay' as const, date: d, postIds: byDate[d] }));
}

/** Weeks since 1970 counted from the Monday 1969-12-29, so differences span years. */
function weekIndexOfMonday(monday: CalendarDate): number {
  return Math.floor((dayNumber(monday) + 3) / 7);
}

function themeWarnings(mondays: CalendarDate[], themes: ReadonlyArray<WeeklyTheme>): ThemeNotUsedWarning[] {
  // Per theme, the week indexes it is planned in.
  const planned: { [theme: string]: number[] } = {};
  for (let i: number = 0; i < themes.length; i++) {
    const t: WeeklyTheme = themes[i];
    if (!isValidIsoWeek(t.isoYear, t.isoWeek)) {
      continue;
    }
    (planned[t.theme] = planned[t.theme] || []).push(weekIndexOfMonday(mondayOfIsoWeek(t.isoYear, t.isoWeek)));
  }
  const result: ThemeNotUsedWarning[] = [];
  for (let k: number = 0; k < VITAL_THEMES.length; k++) {
    const theme: VitalTheme = VITAL_THEMES[k];
    const weeks: number[] = planned[theme] || [];
    for (let i: number = 0; i < mondays.length; i++) {
      const index: number = weekIndexOfMonday(mondays[i]);
      const latest: number = weeks.filter((w) => w <= index).reduce((a, b) => Math.max(a, b), -Infinity);
      if (index - latest <= THEME_MAX_GAP_WEEKS) {
        continue;
      }
      const week: IsoWeek = isoWeekOf(mondays[i].year, mondays[i].month, mondays[i].day);
      let lastUsedWeekKey: string | null = null;
      if (latest !== -Infinity) {
        const lastMonday: CalendarDate = addDays(mondays[i], (latest - index) * 7);
        const lastWeek: IsoWeek = isoWeekOf(lastMonday.year, lastMonday.month, lastMonday.day);
        lastUsedWeekKey = isoWeekKey(lastWeek.isoYear, lastWeek.isoWeek);
      }
      result.push({
        kind: 'themeNotUsed',
        theme: theme,
        isoYear: week.isoYear,
        isoWeek: week.isoWeek,
        weekKey: isoWeekKey(week.isoYear, week.isoWeek),
        lastUsedWeekKey: lastUsedWeekKey,
        weeksSince: latest === -Infinity ? null : index - latest
      });
      break;
    }
  }
  return result.sort((a, b) => (a.weekKey < b.weekKey ? -1 : a.weekKey > b.weekKey ? 1 : 0));
}

function sameTitle(a: string | null, b: string): boolean {
  return a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

function nationalDayWarnings(input: ContentWarningsInput, posts: WarningPost[], today: IsoDate): NationalDayWithoutPostWarning[] {
  const todayDate: CalendarDate = parseIsoDate(today) as CalendarDate;
  const horizon: IsoDate = toIsoDate(addDays(todayDate, NATIONAL_DAY_LOOKAHEAD_DAYS));
  const windowStart: IsoDate = today > input.from ? today : input.from;
  const windowEnd: IsoDate = horizon < input.to ? horizon : input.to;
  if (windowStart > windowEnd) {
    return [];
  }
  const occurrences: NationalDayOccurrence[] = nationalDaysInRange(input.nationalDays, windowStart, windowEnd);
  const result: NationalDayWithoutPostWarning[] = [];
  for (let i: number = 0; i < occurrences.length; i++) {
    const occurrence: NationalDayOccurrence = occurrences[i];
    const start: CalendarDate = parseIsoDate(occurrence.start) as CalendarDate;
    const leadStart: IsoDate = toIsoDate(addDays(start, -NATIONAL_DAY_LOOKAHEAD_DAYS));
    const covers = (post: WarningPost): boolean => {
      const date: IsoDate = publishDateOf(post);
      if (sameTitle(post.nationalDay, occurrence.day.title)) {
        return date >= leadStart && date <= occurrence.end;
      }
      return !post.nationalDay && date >= occurrence.start && date <= occurrence.end;
    };
    const covering: WarningPost[] = posts.filter(covers);
    if (covering.some((p) => postStatus(p) !== 'draft')) {
      continue;
    }
    result.push({
      kind: 'nationalDayWithoutPost',
      dayId: occurrence.day.id,
      title: occurrence.day.title,
      start: occurrence.start,
      end: occurrence.end,
      daysUntil: Math.max(0, daysBetween(todayDate, start)),
      draftPostId: covering.length > 0 ? covering[0].id : null
    });
  }
  return result;
}
