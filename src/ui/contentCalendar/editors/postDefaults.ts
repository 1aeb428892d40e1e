import { occurrencesInYear } from '../../../core/calendar/nationalDays';
import { amsterdamDateOf, fromAmsterdamWallTime } from '../../../core/time/amsterdam';
import { addDays, CalendarDate, IsoDate, parseIsoDate, toIsoDate, weekdayOf } from '../../../core/time/calendarDate';
import { DEFAULT_PILLAR_OF_THEME, NationalDay, NewsPostInput, Pillar, VITAL_THEMES } from '../../../core/types';

/** Posts go out at 09:00 Amsterdam time unless the editor picks another time. */
export const DEFAULT_PUBLISH_HOUR: number = 9;

/** Used when nothing suggests a pillar (a national day without one): the first theme's default. */
export const FALLBACK_PILLAR: Pillar = DEFAULT_PILLAR_OF_THEME[VITAL_THEMES[0]];

/** The first Monday–Friday after the Amsterdam date of `now` (public holidays are not known here). */
export function nextWorkingDay(now: Date): CalendarDate {
  let day: CalendarDate = addDays(amsterdamDateOf(now), 1);
  while (weekdayOf(day.year, day.month, day.day) === 0 || weekdayOf(day.year, day.month, day.day) === 6) {
    day = addDays(day, 1);
  }
  return day;
}

/** The national day's first start date on or after today (Amsterdam), this year or next. */
function nextOccurrence(day: NationalDay, now: Date): IsoDate | undefined {
  const today: IsoDate = toIsoDate(amsterdamDateOf(now));
  const year: number = amsterdamDateOf(now).year;
  const dates: IsoDate[] = occurrencesInYear(day.rule, year).concat(occurrencesInYear(day.rule, year + 1));
  return dates.filter((d) => d >= today)[0];
}

/**
 * A new news page, planned for 09:00 Amsterdam on `prefill.date`;
 * without a date on the national day's next occurrence, else on the next working day.
 * For a national day: its title as the post title and as `nationalDay`, its pillar if it has one.
 */
export function emptyPostInput(now: Date, prefill?: { date?: IsoDate; nationalDay?: NationalDay }): NewsPostInput {
  const nationalDay: NationalDay | undefined = prefill ? prefill.nationalDay : undefined;
  const requested: CalendarDate | null = prefill && prefill.date ? parseIsoDate(prefill.date) : null;
  const occurrence: IsoDate | undefined = !requested && nationalDay ? nextOccurrence(nationalDay, now) : undefined;
  const date: CalendarDate = requested || (occurrence ? (parseIsoDate(occurrence) as CalendarDate) : nextWorkingDay(now));
  return {
    title: nationalDay ? nationalDay.title : '',
    bodyHtml: '',
    excerpt: '',
    pillar: nationalDay && nationalDay.pillar ? nationalDay.pillar : FALLBACK_PILLAR,
    theme: null,
    imageUrl: null,
    publishAt: fromAmsterdamWallTime(date.year, date.month, date.day, DEFAULT_PUBLISH_HOUR, 0),
    nationalDay: nationalDay ? nationalDay.title : null
  };
}
