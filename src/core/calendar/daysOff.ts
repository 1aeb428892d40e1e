/**
 * Days the municipality is closed: the public holidays that are a day off (holidays.ts) plus
 * the municipality's own closing days, which owners keep in the list "SamenBeter
 * Sluitingsdagen" (e.g. carnival Monday, the Friday after Ascension). Weekly series skip them;
 * a single date on one gets a warning.
 *
 * Decision: a weekly series keeps the number of sessions the organiser asked for. A skipped
 * week moves the rest of the series on by a week, and the skipped dates are reported, so "every
 * Friday, 8 times" over Christmas still gives 8 sessions and says that 25 December and
 * 1 January were left out. (A programme such as Start to Run is built on its number of
 * sessions; a lunch walk that ends a week later harms nobody.)
 */
import { addDays, IsoDate, parseIsoDate, toIsoDate } from '../time/calendarDate';
import { holidayOn } from './holidays';

/** One of the municipality's own closing days (list "SamenBeter Sluitingsdagen"). */
export interface ClosingDay {
  id: number;
  date: IsoDate;
  /** What the day is called, as the owner entered it (Dutch), e.g. 'Carnavalsmaandag'. */
  name: string;
  /** Optional explanation; '' when none. */
  note: string;
}

/** Why nothing is planned on a date. */
export interface DayOff {
  date: IsoDate;
  kind: 'publicHoliday' | 'closingDay';
  /** The holiday's name per language; a closing day has the owner's name in both. */
  name: { nl: string; en: string };
}

/** Looks dates up quickly: built once per list of closing days. */
export type DayOffLookup = (date: IsoDate) => DayOff | undefined;

/**
 * The day off on `date`: a public holiday that is a day off first, else a closing day;
 * undefined on a working day (and for Goede Vrijdag, which is not a day off).
 */
export function dayOffLookup(closingDays: ReadonlyArray<ClosingDay> = []): DayOffLookup {
  const closed: { [date: string]: ClosingDay } = {};
  closingDays.forEach((c) => {
    if (parseIsoDate(c.date) && !closed[c.date]) {
      closed[c.date] = c;
    }
  });
  return (date: IsoDate): DayOff | undefined => {
    const holiday = holidayOn(date);
    if (holiday && holiday.dayOff) {
      return { date, kind: 'publicHoliday', name: holiday.name };
    }
    const closing = Object.prototype.hasOwnProperty.call(closed, date) ? closed[date] : undefined;
    return closing ? { date, kind: 'closingDay', name: { nl: closing.name, en: closing.name } } : undefined;
  };
}

export function dayOffOn(date: IsoDate, closingDays: ReadonlyArray<ClosingDay> = []): DayOff | undefined {
  return dayOffLookup(closingDays)(date);
}

export interface WeeklySeries {
  /** `count` dates a week apart that are no day off (fewer only when the search gives up). */
  dates: IsoDate[];
  /** The weeks left out, in date order, with the reason. */
  skipped: DayOff[];
}

/**
 * `count` weekly dates from `first` on, leaving out days off. Looks at most `count` + 104 weeks
 * ahead, so a list full of closing days cannot make it run on forever. Throws RangeError for a
 * first date that is not 'YYYY-MM-DD' (as weeklyDates does).
 */
export function weeklyDatesSkippingDaysOff(first: IsoDate, count: number, isDayOff: DayOffLookup): WeeklySeries {
  const start = parseIsoDate(first);
  if (!start) {
    throw new RangeError('Invalid date: ' + first);
  }
  const dates: IsoDate[] = [];
  const skipped: DayOff[] = [];
  const limit = Math.max(0, count) + 104;
  for (let week = 0; dates.length < count && week < limit; week++) {
    const date = toIsoDate(addDays(start, 7 * week));
    const off = isDayOff(date);
    if (off) {
      skipped.push(off);
    } else {
      dates.push(date);
    }
  }
  return { dates, skipped };
}

/**
 * The days off a listed weekly series leaves out: every week from `from` up to its last date
 * on the same weekday, that is not listed and is a day off. An opened or edited series says
 * the same as a freshly generated one. Looks at most ten years ahead of `from`.
 */
export function skippedDaysOff(from: IsoDate, listed: ReadonlyArray<IsoDate>, isDayOff: DayOffLookup): DayOff[] {
  const start = parseIsoDate(from);
  const valid = listed.filter((d) => parseIsoDate(d) !== null).sort();
  if (!start || valid.length === 0) {
    return [];
  }
  const last = valid[valid.length - 1];
  const skipped: DayOff[] = [];
  for (let week = 0; week < 522; week++) {
    const date = toIsoDate(addDays(start, 7 * week));
    if (date > last) {
      break;
    }
    const off = valid.indexOf(date) < 0 ? isDayOff(date) : undefined;
    if (off) {
      skipped.push(off);
    }
  }
  return skipped;
}
