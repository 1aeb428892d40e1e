/**
 * Dutch public holidays (de algemeen erkende feestdagen), computed from their rules for any
 * year, and which of them are a day off for municipal staff.
 *
 * Sources:
 * - The days and their rules: the Algemene termijnenwet (art. 3) lists the generally
 *   recognised holidays; Rijksoverheid, "Welke dagen zijn officiële feestdagen?"
 *   (https://www.rijksoverheid.nl/onderwerpen/arbeidsovereenkomst-en-cao/vraag-en-antwoord/officiele-feestdagen);
 *   Koningsdag is 27 April, or Saturday 26 April when the 27th is a Sunday (royal decree;
 *   e.g. https://gemeente.groningen.nl/koningsdag-2025: "Sinds 1980 wordt Koningsdag nooit op
 *   zondag gevierd").
 * - Which are a day off: not the law but the collective agreement. Maastricht's staff fall under
 *   the Cao Gemeenten. Its article 6.6 (feestdagen) names, from 1 January 2024 on, 8 paid days
 *   off: Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag, Hemelvaartsdag, Tweede
 *   Pinksterdag, Eerste en Tweede Kerstdag (the Sundays Eerste Paasdag and Eerste Pinksterdag
 *   are off anyway). Goede Vrijdag is not among them. Bevrijdingsdag became a yearly day off for
 *   all municipalities in the Cao Gemeenten 2023 (agreed 2023, in force from 2024):
 *   https://www.gemeente.nu/blog/bevrijdingsdag-een-betaalde-vrije-dag/ ("In artikel 6.6 van de
 *   cao gemeenten 2023 is bepaald dat Bevrijdingsdag vanaf dit jaar voor alle
 *   gemeenteambtenaren een betaalde vrije dag is"),
 *   https://ambtenarensalaris.nl/kennisbank/gemeente/werk-gemeente-vrij-op-5-mei/ and CNV's
 *   note on the agreement (https://www.cnvconnectief.nl/overheid/gemeenten/cao-gemeenten/nieuws/
 *   akkoord-cao-gemeenten-ruim-12-voor-gemeentereiniging-meer-verlof-en-rvu/: "vanaf 2024 is
 *   ook 5 mei een vaste vrije dag").
 *   Before 2024 each municipality decided; the common national rule, followed here for those
 *   years, is a day off in lustrum years only (2020, 2015, …: Stichting van de Arbeid, 1959).
 *
 * Decision: `dayOff` answers "is the municipality closed for its staff that day", the question
 * series generation and the studio warnings ask. A municipality's own extra closing days (e.g.
 * carnival Monday, the "lokale feest- of sluitingsdagen" the Cao allows) are not rules: owners
 * keep them in the list "SamenBeter Sluitingsdagen" (see daysOff.ts).
 *
 * Pure: dates are 'YYYY-MM-DD' and computed with integer arithmetic (calendarDate.ts).
 */
import { addDays, CalendarDate, IsoDate, parseIsoDate, toIsoDate, weekdayOf } from '../time/calendarDate';

export interface PublicHoliday {
  date: IsoDate;
  /** Stable key: 'newYear', 'goodFriday', 'easterSunday', 'easterMonday', 'kingsDay', 'liberationDay', 'ascension', 'whitSunday', 'whitMonday', 'christmasDay', 'boxingDay'. */
  key: string;
  name: { nl: string; en: string };
  /** True when municipal staff are off that day (Cao Gemeenten art. 6.6, see above). */
  dayOff: boolean;
}

/** The year Bevrijdingsdag became a yearly day off under the Cao Gemeenten. */
export const LIBERATION_DAY_YEARLY_FROM = 2024;

/** Easter Sunday of a Gregorian year: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** Whether 5 May is a day off in `year` (yearly from 2024, lustrum years before). */
export function isLiberationDayOff(year: number): boolean {
  return year >= LIBERATION_DAY_YEARLY_FROM || year % 5 === 0;
}

function holiday(date: CalendarDate, key: string, nl: string, en: string, dayOff: boolean): PublicHoliday {
  return { date: toIsoDate(date), key, name: { nl, en }, dayOff };
}

/** The eleven public holidays of `year`, in date order. */
export function publicHolidaysInYear(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const kingsDay: CalendarDate = weekdayOf(year, 4, 27) === 0 ? { year, month: 4, day: 26 } : { year, month: 4, day: 27 };
  return [
    holiday({ year, month: 1, day: 1 }, 'newYear', 'Nieuwjaarsdag', "New Year's Day", true),
    holiday(addDays(easter, -2), 'goodFriday', 'Goede Vrijdag', 'Good Friday', false),
    holiday(easter, 'easterSunday', 'Eerste Paasdag', 'Easter Sunday', true),
    holiday(addDays(easter, 1), 'easterMonday', 'Tweede Paasdag', 'Easter Monday', true),
    holiday(kingsDay, 'kingsDay', 'Koningsdag', "King's Day", true),
    holiday({ year, month: 5, day: 5 }, 'liberationDay', 'Bevrijdingsdag', 'Liberation Day', isLiberationDayOff(year)),
    holiday(addDays(easter, 39), 'ascension', 'Hemelvaartsdag', 'Ascension Day', true),
    holiday(addDays(easter, 49), 'whitSunday', 'Eerste Pinksterdag', 'Whit Sunday', true),
    holiday(addDays(easter, 50), 'whitMonday', 'Tweede Pinksterdag', 'Whit Monday', true),
    holiday({ year, month: 12, day: 25 }, 'christmasDay', 'Eerste Kerstdag', 'Christmas Day', true),
    holiday({ year, month: 12, day: 26 }, 'boxingDay', 'Tweede Kerstdag', 'Boxing Day', true)
  ].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * The public holidays from `from` to `to` (both inclusive), in date order. Throws RangeError
 * for a malformed bound (a caller bug, not user input); `to` before `from` gives [].
 */
export function publicHolidaysBetween(from: IsoDate, to: IsoDate): PublicHoliday[] {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (!start || !end) {
    throw new RangeError(`publicHolidaysBetween: invalid range ${from}..${to}`);
  }
  const result: PublicHoliday[] = [];
  for (let year = start.year; year <= end.year; year++) {
    publicHolidaysInYear(year).forEach((h) => {
      if (h.date >= from && h.date <= to) {
        result.push(h);
      }
    });
  }
  return result;
}

// Easter is computed once per year asked (series generation asks the same years often).
const yearCache: { [year: number]: { [date: string]: PublicHoliday } } = {};

/** The public holiday on `date`, or undefined (also for a string that is not a real date). */
export function holidayOn(date: IsoDate): PublicHoliday | undefined {
  const parsed = parseIsoDate(date);
  if (!parsed) {
    return undefined;
  }
  let byDate = yearCache[parsed.year];
  if (!byDate) {
    byDate = {};
    publicHolidaysInYear(parsed.year).forEach((h) => (byDate[h.date] = h));
    yearCache[parsed.year] = byDate;
  }
  const found = byDate[date];
  // A copy: callers cannot change the cached answer.
  return found ? { ...found, name: { ...found.name } } : undefined;
}
