/**
 * What the content calendar warns Communications about, as data (the UI words it).
 *
 * Which days are looked at: the days shown ([from, to], a month grid) AND the coming
 * LOOKAHEAD_DAYS days (today .. today+14), whatever month is on screen, so on 28 September a
 * national day on 5 October is not missed. Posts must therefore be passed for [from, to] and
 * for warningPostWindow(now) (calendarLoadRange in loadRange.ts asks for both). Past days and
 * weeks are never reported: nothing can be done about them.
 *
 * Definitions ("today" is the Amsterdam date of `now`; a "live" post is a news page that is not
 * a draft (core/news/postStatus): scheduled in SharePoint or published; its day is the Amsterdam
 * date of its publishAt; a "checked week" is an ISO week overlapping the looked-at days whose
 * Sunday is today or later):
 * - emptyWeek: a checked week without a live post publishing Monday..Sunday. Drafts do not
 *   count: they will not appear by themselves.
 * - noTheme: the checked weeks without a 365 Vitaal theme, as ONE warning (a month planned
 *   ahead without themes is one job, not five).
 * - twoPostsOneDay: a looked-at day, today or later, with two or more live posts.
 * - themeNotUsed: a theme is overdue in a checked week W that HAS a theme when it is planned
 *   in none of the seven weeks W-6..W while the plan is known that far back (some theme is
 *   planned in week W-6 or earlier among the themes passed). A plain five-theme rotation has
 *   gaps of 5, one skipped week makes 6: both fine. Weeks without a theme are noTheme's job, and
 *   without a known plan before W-6 (the programme started later, or nothing was planned) there
 *   is no evidence that a theme rests: no claim is made. Each theme is reported once, with the
 *   first checked week in which it is overdue, its last planned week before it (or, when that
 *   is not among the themes passed, the first week that was looked at) and its next planned
 *   week after it, if any.
 * - nationalDayWithoutPost: an occurrence of an active national day that overlaps
 *   today .. today+14 (inclusive; a running multi-day week counts, daysUntil 0), for which no
 *   live post exists that either is tagged with its title (nationalDay, compared trimmed and
 *   case-blind) and publishes between 14 days before its start and its end, or is untagged and
 *   publishes on one of its days. A draft that would count if it were scheduled or published
 *   does not silence the warning but is reported (draftPostId): "concept klaar".
 *
 * Urgency: every warning has `daysUntil`, the days from today to when it bites (the national
 * day's start, the week's Monday, the crowded day; 0 when that is today, this week or running),
 * and an `urgency`: 'high' within 7 days, 'medium' within 14, else 'low'. A resting theme is a
 * matter of balance, not a deadline: it is never 'high', and 'low' when it is planned again
 * within 3 weeks. Warnings are sorted by urgency, then soonest first; on the same day a national
 * day comes before an empty week, a week without a theme, a crowded day and a resting theme.
 */
import { NationalDayOccurrence, nationalDaysInRange } from '../calendar/nationalDays';
import { postStatus } from '../news/postStatus';
import { amsterdamDateOf } from '../time/amsterdam';
import { addDays, CalendarDate, dayNumber, daysBetween, IsoDate, parseIsoDate, toIsoDate } from '../time/calendarDate';
import { IsoWeek, isoWeekKey, isoWeekOf, isValidIsoWeek, mondayOfIsoWeek } from '../time/isoWeek';
import { NationalDay, VITAL_THEMES, VitalTheme, WeeklyTheme } from '../types';
import { comparePostsByPublish, publishDateOf } from './calendarEntries';
import { mondayOf } from './monthGrid';

export * from './warningTypes';
import { ContentWarning, ContentWarningsInput, EmptyWeekWarning, NationalDayWithoutPostWarning, NoThemeWarning, ThemeNotUsedWarning, TwoPostsOneDayWarning, WarningPost, WarningTiming, WarningUrgency } from './warningTypes';

export const LOOKAHEAD_DAYS: number = 14;
/** A theme may rest this many weeks; one more and it is overdue. */
export const THEME_MAX_GAP_WEEKS: number = 6;
/** A resting theme planned again within this many weeks is 'low'. */
const THEME_BACK_SOON_WEEKS: number = 3;
/** A post tagged for a national day counts from this many days before its start. */
const NATIONAL_DAY_LEAD_DAYS: number = 14;
/** The longest national day whose untagged posts are surely read (a two-week event). */
const LONGEST_EVENT_DAYS: number = 14;

/**
 * The days whose posts the lookahead needs besides the days shown: from 28 days before today
 * (a tagged post counts from 14 days before a national day that may already be running) to
 * 28 days after (an event starting in 14 days and lasting up to 14).
 */
export function warningPostWindow(now: Date): { from: IsoDate; to: IsoDate } {
  const today: CalendarDate = amsterdamDateOf(now);
  return {
    from: toIsoDate(addDays(today, -(NATIONAL_DAY_LEAD_DAYS + LONGEST_EVENT_DAYS))),
    to: toIsoDate(addDays(today, LOOKAHEAD_DAYS + LONGEST_EVENT_DAYS))
  };
}

const KIND_ORDER: { readonly [kind in ContentWarning['kind']]: number } = {
  nationalDayWithoutPost: 0,
  emptyWeek: 1,
  noTheme: 2,
  twoPostsOneDay: 3,
  themeNotUsed: 4
};

const URGENCY_ORDER: { readonly [urgency in WarningUrgency]: number } = { high: 0, medium: 1, low: 2 };

function urgencyOf(daysUntil: number): WarningUrgency {
  return daysUntil <= 7 ? 'high' : daysUntil <= LOOKAHEAD_DAYS ? 'medium' : 'low';
}

/** High before medium before low; within that soonest first; then the kind order above; then by date (themes: longest rest first). */
export function compareWarnings(a: ContentWarning, b: ContentWarning): number {
  return (
    URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] ||
    a.daysUntil - b.daysUntil ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compareText(sortKeyOf(a), sortKeyOf(b))
  );
}

function sortKeyOf(warning: ContentWarning): string {
  switch (warning.kind) {
    case 'nationalDayWithoutPost':
      return warning.start + warning.title;
    case 'twoPostsOneDay':
      return warning.date;
    case 'noTheme':
      return warning.monday;
    case 'themeNotUsed':
      // More weeks of rest first (unknown counts as the longest), then the theme order.
      return pad3(999 - (warning.weeksSince === null ? 999 : warning.weeksSince)) + VITAL_THEMES.indexOf(warning.theme);
    default:
      return warning.monday;
  }
}

function pad3(n: number): string {
  return ('00' + Math.max(0, n)).slice(-3);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function contentWarnings(input: ContentWarningsInput): ContentWarning[] {
  const from: CalendarDate | null = parseIsoDate(input.from);
  const to: CalendarDate | null = parseIsoDate(input.to);
  if (!from || !to) {
    throw new RangeError('contentWarnings: bounds must be YYYY-MM-DD, got ' + input.from + ' .. ' + input.to);
  }
  const todayDate: CalendarDate = amsterdamDateOf(input.now);
  const today: IsoDate = toIsoDate(todayDate);
  const horizon: IsoDate = toIsoDate(addDays(todayDate, LOOKAHEAD_DAYS));
  const posts: WarningPost[] = input.posts.slice().sort(comparePostsByPublish);
  const live: WarningPost[] = posts.filter((p) => postStatus(p) !== 'draft');
  const inLookedAtDays = (date: IsoDate): boolean => (date >= input.from && date <= input.to) || (date >= today && date <= horizon);
  const weeks: CalendarDate[] = checkedMondays(from, to, todayDate);
  const result: ContentWarning[] = [];
  return result
    .concat(
      nationalDayWarnings(input.nationalDays, posts, todayDate),
      emptyWeekWarnings(weeks, live, todayDate),
      noThemeWarnings(weeks, input.themes, todayDate),
      twoPostsWarnings(live, inLookedAtDays, today, todayDate),
      themeWarnings(weeks, input.themes, todayDate)
    )
    .sort(compareWarnings);
}

/** Mondays of the weeks overlapping [from, to] or the lookahead, whose Sunday is today or later; in order, once each. */
function checkedMondays(from: CalendarDate, to: CalendarDate, today: CalendarDate): CalendarDate[] {
  const byDay: { [day: number]: CalendarDate } = {};
  const add = (first: CalendarDate, last: CalendarDate): void => {
    for (let monday: CalendarDate = mondayOf(first); dayNumber(monday) <= dayNumber(last); monday = addDays(monday, 7)) {
      if (dayNumber(monday) + 6 >= dayNumber(today)) {
        byDay[dayNumber(monday)] = monday;
      }
    }
  };
  add(from, to);
  add(today, addDays(today, LOOKAHEAD_DAYS));
  return Object.keys(byDay)
    .map(Number)
    .sort((a, b) => a - b)
    .map((day) => byDay[day]);
}

function weekTiming(monday: CalendarDate, today: CalendarDate): WarningTiming {
  const daysUntil: number = Math.max(0, daysBetween(today, monday));
  return { daysUntil: daysUntil, urgency: urgencyOf(daysUntil) };
}

function isoWeekOfMonday(monday: CalendarDate): IsoWeek {
  return isoWeekOf(monday.year, monday.month, monday.day);
}

function emptyWeekWarnings(mondays: CalendarDate[], live: WarningPost[], today: CalendarDate): EmptyWeekWarning[] {
  const liveDates: IsoDate[] = live.map(publishDateOf);
  const result: EmptyWeekWarning[] = [];
  for (let i: number = 0; i < mondays.length; i++) {
    const monday: IsoDate = toIsoDate(mondays[i]);
    const sunday: IsoDate = toIsoDate(addDays(mondays[i], 6));
    if (liveDates.some((d) => d >= monday && d <= sunday)) {
      continue;
    }
    const week: IsoWeek = isoWeekOfMonday(mondays[i]);
    result.push({
      kind: 'emptyWeek',
      isoYear: week.isoYear,
      isoWeek: week.isoWeek,
      weekKey: isoWeekKey(week.isoYear, week.isoWeek),
      monday: monday,
      sunday: sunday,
      ...weekTiming(mondays[i], today)
    });
  }
  return result;
}

/** Weeks since 1970 counted from the Monday 1969-12-29, so differences span years. */
function weekIndexOfMonday(monday: CalendarDate): number {
  return Math.floor((dayNumber(monday) + 3) / 7);
}

function mondayOfWeekIndex(index: number): CalendarDate {
  return addDays({ year: 1969, month: 12, day: 29 }, index * 7);
}

function weekKeyOfIndex(index: number): string {
  const week: IsoWeek = isoWeekOfMonday(mondayOfWeekIndex(index));
  return isoWeekKey(week.isoYear, week.isoWeek);
}

/** Per theme the week indexes it is planned in, and the set of weeks that have any theme. */
function plannedWeeks(themes: ReadonlyArray<WeeklyTheme>): { byTheme: { [theme: string]: number[] }; any: { [index: number]: true }; earliest: number } {
  const byTheme: { [theme: string]: number[] } = {};
  const any: { [index: number]: true } = {};
  let earliest: number = Infinity;
  for (let i: number = 0; i < themes.length; i++) {
    const t: WeeklyTheme = themes[i];
    if (!isValidIsoWeek(t.isoYear, t.isoWeek) || VITAL_THEMES.indexOf(t.theme) < 0) {
      continue;
    }
    const index: number = weekIndexOfMonday(mondayOfIsoWeek(t.isoYear, t.isoWeek));
    (byTheme[t.theme] = byTheme[t.theme] || []).push(index);
    any[index] = true;
    earliest = Math.min(earliest, index);
  }
  return { byTheme: byTheme, any: any, earliest: earliest };
}

function noThemeWarnings(mondays: CalendarDate[], themes: ReadonlyArray<WeeklyTheme>, today: CalendarDate): NoThemeWarning[] {
  const planned = plannedWeeks(themes);
  const empty: CalendarDate[] = mondays.filter((m) => !planned.any[weekIndexOfMonday(m)]);
  if (empty.length === 0) {
    return [];
  }
  const weeks: IsoWeek[] = empty.map(isoWeekOfMonday);
  return [
    {
      kind: 'noTheme',
      weekKeys: weeks.map((w) => isoWeekKey(w.isoYear, w.isoWeek)),
      isoWeeks: weeks.map((w) => w.isoWeek),
      monday: toIsoDate(empty[0]),
      ...weekTiming(empty[0], today)
    }
  ];
}

function twoPostsWarnings(live: WarningPost[], lookedAt: (date: IsoDate) => boolean, today: IsoDate, todayDate: CalendarDate): TwoPostsOneDayWarning[] {
  const byDate: { [date: string]: number[] } = {};
  const dates: IsoDate[] = [];
  for (let i: number = 0; i < live.length; i++) {
    const date: IsoDate = publishDateOf(live[i]);
    if (date < today || !lookedAt(date)) {
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
    .map((d) => {
      const daysUntil: number = daysBetween(todayDate, parseIsoDate(d) as CalendarDate);
      return { kind: 'twoPostsOneDay' as const, date: d, postIds: byDate[d], daysUntil: daysUntil, urgency: urgencyOf(daysUntil) };
    });
}

function themeWarnings(mondays: CalendarDate[], themes: ReadonlyArray<WeeklyTheme>, today: CalendarDate): ThemeNotUsedWarning[] {
  const planned = plannedWeeks(themes);
  const result: ThemeNotUsedWarning[] = [];
  for (let k: number = 0; k < VITAL_THEMES.length; k++) {
    const theme: VitalTheme = VITAL_THEMES[k];
    const weeks: number[] = planned.byTheme[theme] || [];
    for (let i: number = 0; i < mondays.length; i++) {
      const index: number = weekIndexOfMonday(mondays[i]);
      // Only weeks with a theme, and only where the plan is known back to W-6.
      if (!planned.any[index] || planned.earliest > index - THEME_MAX_GAP_WEEKS) {
        continue;
      }
      const latest: number = weeks.filter((w) => w <= index).reduce((a, b) => Math.max(a, b), -Infinity);
      if (index - latest <= THEME_MAX_GAP_WEEKS) {
        continue;
      }
      const next: number = weeks.filter((w) => w > index).reduce((a, b) => Math.min(a, b), Infinity);
      const week: IsoWeek = isoWeekOfMonday(mondays[i]);
      const timing: WarningTiming = weekTiming(mondays[i], today);
      const backSoon: boolean = next !== Infinity && next - index <= THEME_BACK_SOON_WEEKS;
      result.push({
        kind: 'themeNotUsed',
        theme: theme,
        isoYear: week.isoYear,
        isoWeek: week.isoWeek,
        weekKey: isoWeekKey(week.isoYear, week.isoWeek),
        lastUsedWeekKey: latest === -Infinity ? null : weekKeyOfIndex(latest),
        weeksSince: latest === -Infinity ? null : index - latest,
        checkedFromWeekKey: weekKeyOfIndex(planned.earliest),
        nextPlannedWeekKey: next === Infinity ? null : weekKeyOfIndex(next),
        daysUntil: timing.daysUntil,
        urgency: backSoon || timing.urgency === 'low' ? 'low' : 'medium'
      });
      break;
    }
  }
  return result;
}

function sameTitle(a: string | null, b: string): boolean {
  return a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

function nationalDayWarnings(days: ReadonlyArray<NationalDay>, posts: WarningPost[], todayDate: CalendarDate): NationalDayWithoutPostWarning[] {
  const today: IsoDate = toIsoDate(todayDate);
  const horizon: IsoDate = toIsoDate(addDays(todayDate, LOOKAHEAD_DAYS));
  const occurrences: NationalDayOccurrence[] = nationalDaysInRange(days, today, horizon);
  const result: NationalDayWithoutPostWarning[] = [];
  for (let i: number = 0; i < occurrences.length; i++) {
    const occurrence: NationalDayOccurrence = occurrences[i];
    const start: CalendarDate = parseIsoDate(occurrence.start) as CalendarDate;
    const leadStart: IsoDate = toIsoDate(addDays(start, -NATIONAL_DAY_LEAD_DAYS));
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
    const daysUntil: number = Math.max(0, daysBetween(todayDate, start));
    result.push({
      kind: 'nationalDayWithoutPost',
      dayId: occurrence.day.id,
      title: occurrence.day.title,
      start: occurrence.start,
      end: occurrence.end,
      daysUntil: daysUntil,
      urgency: urgencyOf(daysUntil),
      draftPostId: covering.length > 0 ? covering[0].id : null
    });
  }
  return result;
}
