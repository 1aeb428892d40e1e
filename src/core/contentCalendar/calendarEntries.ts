/**
 * What the content calendar shows per day and per week, grouped once so the month grid,
 * the week list and the warnings read the same thing:
 * - posts by their Amsterdam publish DATE (00:30 on the 1st in Amsterdam is the 1st, even
 *   though UTC still says the 31st), in publish order. A news page's publishAt is its first
 *   publication, else its scheduled time, else the date a draft is planned for;
 * - national-day occurrences on every day they span (Week van de werkstress: five days);
 * - weekly themes by ISO week key ('2026-W45');
 * - Dutch public holidays (core/calendar/holidays) by date: Communications see at a glance that
 *   nobody reads a post on Tweede Kerstdag;
 * - the municipality's own closing days (list "SamenBeter Sluitingsdagen") by date, for the
 *   same reason: on Carnavalsmaandag nobody is at their desk in Maastricht.
 */
import { ClosingDay } from '../calendar/daysOff';
import { PublicHoliday, publicHolidaysBetween } from '../calendar/holidays';
import { NationalDayOccurrence, nationalDaysInRange } from '../calendar/nationalDays';
import { amsterdamDateOf } from '../time/amsterdam';
import { addDays, CalendarDate, IsoDate, parseIsoDate, toIsoDate } from '../time/calendarDate';
import { isoWeekKey } from '../time/isoWeek';
import { NationalDay, NewsPost, WeeklyTheme } from '../types';

/** The part of a post the calendar needs to place it. */
export type PlaceablePost = Pick<NewsPost, 'id' | 'publishAt'>;

export interface CalendarEntries<P extends PlaceablePost> {
  /** 'YYYY-MM-DD' -> posts publishing that Amsterdam day, earliest first (then by id). */
  postsByDate: { [date: string]: P[] };
  /** 'YYYY-MM-DD' -> occurrences covering that day, in nationalDaysInRange's order. */
  nationalDaysByDate: { [date: string]: NationalDayOccurrence[] };
  /** '2026-W45' -> the week's theme. Should the list hold two for one week, the lowest id wins. */
  themesByWeek: { [weekKey: string]: WeeklyTheme };
  /** 'YYYY-MM-DD' -> the public holiday on that day. */
  holidaysByDate: { [date: string]: PublicHoliday };
  /** 'YYYY-MM-DD' -> the closing day on that date; should the list hold two, the lowest id wins. */
  closingDaysByDate: { [date: string]: ClosingDay };
}

export interface CalendarEntriesInput<P extends PlaceablePost> {
  posts: ReadonlyArray<P>;
  themes: ReadonlyArray<WeeklyTheme>;
  nationalDays: ReadonlyArray<NationalDay>;
  /** The municipality's closing days; undefined when they could not be read (none shown). */
  closingDays?: ReadonlyArray<ClosingDay>;
  /** The days shown, both inclusive; posts and national days outside them are left out. */
  from: IsoDate;
  to: IsoDate;
}

/** The Amsterdam calendar date a post publishes on. */
export function publishDateOf(post: Pick<NewsPost, 'publishAt'>): IsoDate {
  return toIsoDate(amsterdamDateOf(post.publishAt));
}

export function comparePostsByPublish(a: PlaceablePost, b: PlaceablePost): number {
  const diff: number = a.publishAt.getTime() - b.publishAt.getTime();
  return diff !== 0 ? diff : a.id - b.id;
}

export function calendarEntries<P extends PlaceablePost>(input: CalendarEntriesInput<P>): CalendarEntries<P> {
  const from: CalendarDate | null = parseIsoDate(input.from);
  const to: CalendarDate | null = parseIsoDate(input.to);
  if (!from || !to) {
    throw new RangeError('calendarEntries: bounds must be YYYY-MM-DD, got ' + input.from + ' .. ' + input.to);
  }

  const postsByDate: { [date: string]: P[] } = {};
  const posts: P[] = input.posts.slice().sort(comparePostsByPublish);
  for (let i: number = 0; i < posts.length; i++) {
    const date: IsoDate = publishDateOf(posts[i]);
    if (date >= input.from && date <= input.to) {
      (postsByDate[date] = postsByDate[date] || []).push(posts[i]);
    }
  }

  const nationalDaysByDate: { [date: string]: NationalDayOccurrence[] } = {};
  const occurrences: NationalDayOccurrence[] = nationalDaysInRange(input.nationalDays, input.from, input.to);
  for (let i: number = 0; i < occurrences.length; i++) {
    eachDate(occurrences[i].start, occurrences[i].end, (date: IsoDate) => {
      if (date >= input.from && date <= input.to) {
        (nationalDaysByDate[date] = nationalDaysByDate[date] || []).push(occurrences[i]);
      }
    });
  }

  const themesByWeek: { [weekKey: string]: WeeklyTheme } = {};
  const themes: WeeklyTheme[] = input.themes.slice().sort((a, b) => a.id - b.id);
  for (let i: number = 0; i < themes.length; i++) {
    const key: string = isoWeekKey(themes[i].isoYear, themes[i].isoWeek);
    if (!themesByWeek[key]) {
      themesByWeek[key] = themes[i];
    }
  }

  const holidaysByDate: { [date: string]: PublicHoliday } = {};
  publicHolidaysBetween(input.from, input.to).forEach((holiday) => {
    holidaysByDate[holiday.date] = holiday;
  });

  const closingDaysByDate: { [date: string]: ClosingDay } = {};
  (input.closingDays || [])
    .slice()
    .sort((a, b) => a.id - b.id)
    .forEach((day) => {
      if (day.date >= input.from && day.date <= input.to && !closingDaysByDate[day.date]) {
        closingDaysByDate[day.date] = day;
      }
    });

  return {
    postsByDate: postsByDate,
    nationalDaysByDate: nationalDaysByDate,
    themesByWeek: themesByWeek,
    holidaysByDate: holidaysByDate,
    closingDaysByDate: closingDaysByDate
  };
}

/** Calls `visit` for start..end inclusive ('YYYY-MM-DD'); nothing when end < start. */
export function eachDate(start: IsoDate, end: IsoDate, visit: (date: IsoDate) => void): void {
  const first: CalendarDate | null = parseIsoDate(start);
  if (!first) {
    return;
  }
  for (let offset: number = 0; ; offset++) {
    const date: IsoDate = toIsoDate(addDays(first, offset));
    if (date > end) {
      return;
    }
    visit(date);
  }
}
