import { easterSunday, holidayOn, isLiberationDayOff, PublicHoliday, publicHolidaysBetween, publicHolidaysInYear } from '../../../src/core/calendar/holidays';
import { toIsoDate, weekdayOf } from '../../../src/core/time/calendarDate';

// The official dates, written out by hand (not computed by the code under test). Rijksoverheid
// publishes them per year ("Welke dagen zijn officiële feestdagen?", https://www.rijksoverheid.nl/
// onderwerpen/arbeidsovereenkomst-en-cao/vraag-en-antwoord/officiele-feestdagen); the rows were
// cross-checked with published lists where available: 2026 (naswerkt.nl/werknemers/
// officiele-feestdagen: Goede Vrijdag 3 april, Pasen 5 en 6 april, Koningsdag maandag 27 april,
// Hemelvaartsdag 14 mei, Pinksteren 24 en 25 mei), 2028 (a published table: Goede Vrijdag
// 14 april, Pasen 16 en 17 april, Hemelvaartsdag 25 mei, Pinksteren 4 en 5 juni) and Koningsdag
// 2025 on Saturday 26 April (gemeente.groningen.nl/koningsdag-2025).
// Order per year: Goede Vrijdag, Eerste Paasdag, Tweede Paasdag, Koningsdag, Hemelvaartsdag,
// Eerste Pinksterdag, Tweede Pinksterdag (Nieuwjaarsdag, 5 mei and Kerst are fixed).
const OFFICIAL: { [year: number]: string[] } = {
  2024: ['03-29', '03-31', '04-01', '04-27', '05-09', '05-19', '05-20'],
  2025: ['04-18', '04-20', '04-21', '04-26', '05-29', '06-08', '06-09'],
  2026: ['04-03', '04-05', '04-06', '04-27', '05-14', '05-24', '05-25'],
  2027: ['03-26', '03-28', '03-29', '04-27', '05-06', '05-16', '05-17'],
  2028: ['04-14', '04-16', '04-17', '04-27', '05-25', '06-04', '06-05'],
  2029: ['03-30', '04-01', '04-02', '04-27', '05-10', '05-20', '05-21'],
  2030: ['04-19', '04-21', '04-22', '04-27', '05-30', '06-09', '06-10']
};

function expectedYear(year: number): Array<[string, string]> {
  const [goodFriday, easter, easterMonday, kingsDay, ascension, whitSunday, whitMonday] = OFFICIAL[year];
  return (
    [
      [`${year}-01-01`, 'Nieuwjaarsdag'],
      [`${year}-${goodFriday}`, 'Goede Vrijdag'],
      [`${year}-${easter}`, 'Eerste Paasdag'],
      [`${year}-${easterMonday}`, 'Tweede Paasdag'],
      [`${year}-${kingsDay}`, 'Koningsdag'],
      [`${year}-05-05`, 'Bevrijdingsdag'],
      [`${year}-${ascension}`, 'Hemelvaartsdag'],
      [`${year}-${whitSunday}`, 'Eerste Pinksterdag'],
      [`${year}-${whitMonday}`, 'Tweede Pinksterdag'],
      [`${year}-12-25`, 'Eerste Kerstdag'],
      [`${year}-12-26`, 'Tweede Kerstdag']
    ] as Array<[string, string]>
  ).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

const short = (h: PublicHoliday): [string, string] => [h.date, h.name.nl];

describe('Dutch public holidays', () => {
  it.each(Object.keys(OFFICIAL).map(Number))('computes the official dates of %i', (year) => {
    expect(publicHolidaysBetween(`${year}-01-01`, `${year}-12-31`).map(short)).toEqual(expectedYear(year));
  });

  it('computes Easter by the Gregorian rule, also at its earliest and latest', () => {
    expect(toIsoDate(easterSunday(2008))).toBe('2008-03-23');
    expect(toIsoDate(easterSunday(2011))).toBe('2011-04-24');
    expect(toIsoDate(easterSunday(2038))).toBe('2038-04-25');
    expect(toIsoDate(easterSunday(2285))).toBe('2285-03-22');
    expect(toIsoDate(easterSunday(1818))).toBe('1818-03-22');
    // Always a Sunday between 22 March and 25 April, any year.
    for (let year = 1900; year <= 2200; year++) {
      const e = easterSunday(year);
      expect(weekdayOf(e.year, e.month, e.day)).toBe(0);
      expect(toIsoDate(e) >= `${year}-03-22` && toIsoDate(e) <= `${year}-04-25`).toBe(true);
    }
  });

  it('moves Koningsdag to Saturday 26 April when the 27th is a Sunday', () => {
    const kingsDay = (year: number): string => publicHolidaysInYear(year).filter((h) => h.key === 'kingsDay')[0].date;
    expect(kingsDay(2025)).toBe('2025-04-26');
    expect(kingsDay(2031)).toBe('2031-04-26');
    expect(kingsDay(2036)).toBe('2036-04-26');
    // A Saturday 27 April stays put.
    expect(kingsDay(2024)).toBe('2024-04-27');
    expect(kingsDay(2030)).toBe('2030-04-27');
    expect(holidayOn('2025-04-27')).toBeUndefined();
  });

  it('says which holidays are a day off for municipal staff (Cao Gemeenten art. 6.6)', () => {
    const off = publicHolidaysInYear(2026)
      .filter((h) => h.dayOff)
      .map((h) => h.key);
    expect(off).toEqual(['newYear', 'easterSunday', 'easterMonday', 'kingsDay', 'liberationDay', 'ascension', 'whitSunday', 'whitMonday', 'christmasDay', 'boxingDay']);
    // Goede Vrijdag is a public holiday but no day off under the Cao Gemeenten.
    expect(holidayOn('2026-04-03')).toEqual({ date: '2026-04-03', key: 'goodFriday', name: { nl: 'Goede Vrijdag', en: 'Good Friday' }, dayOff: false });
  });

  it('makes Bevrijdingsdag a day off every year from 2024 (Cao Gemeenten 2023), in lustrum years before', () => {
    const liberation = (year: number): boolean => (holidayOn(`${year}-05-05`) as PublicHoliday).dayOff;
    for (let year = 2024; year <= 2030; year++) {
      expect([year, liberation(year)]).toEqual([year, true]);
    }
    expect([2015, 2019, 2020, 2021, 2023].map(liberation)).toEqual([true, false, true, false, false]);
    expect(isLiberationDayOff(2025)).toBe(true);
    expect(isLiberationDayOff(2030)).toBe(true);
  });

  it('answers for any range and any date', () => {
    expect(publicHolidaysBetween('2026-12-20', '2027-01-10').map(short)).toEqual([
      ['2026-12-25', 'Eerste Kerstdag'],
      ['2026-12-26', 'Tweede Kerstdag'],
      ['2027-01-01', 'Nieuwjaarsdag']
    ]);
    expect(publicHolidaysBetween('2026-12-25', '2026-12-25').map((h) => h.key)).toEqual(['christmasDay']);
    expect(publicHolidaysBetween('2026-12-26', '2026-12-25')).toEqual([]);
    expect(publicHolidaysBetween('2024-01-01', '2030-12-31')).toHaveLength(77);
    expect(holidayOn('2026-05-14')).toMatchObject({ key: 'ascension', name: { nl: 'Hemelvaartsdag', en: 'Ascension Day' }, dayOff: true });
    expect(holidayOn('2026-11-20')).toBeUndefined();
    expect(holidayOn('not a date')).toBeUndefined();
    expect(() => publicHolidaysBetween('2026-13-01', '2026-12-31')).toThrow(RangeError);
  });

  it('cannot be changed through an answer', () => {
    const first = holidayOn('2026-12-25') as PublicHoliday;
    first.name.nl = 'iets anders';
    first.dayOff = false;
    expect(holidayOn('2026-12-25')).toMatchObject({ name: { nl: 'Eerste Kerstdag' }, dayOff: true });
  });
});
