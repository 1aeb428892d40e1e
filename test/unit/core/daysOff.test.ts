import { ClosingDay, dayOffLookup, dayOffOn, skippedDaysOff, weeklyDatesSkippingDaysOff } from '../../../src/core/calendar/daysOff';

const CARNIVAL: ClosingDay = { id: 1, date: '2027-02-08', name: 'Carnavalsmaandag', note: 'Stadhuis dicht' };
const BRIDGE: ClosingDay = { id: 2, date: '2027-05-07', name: 'Vrijdag na Hemelvaart', note: '' };

describe('days off: public holidays that are a day off, and closing days', () => {
  it('names a public holiday first, then a closing day; Goede Vrijdag and working days are none', () => {
    expect(dayOffOn('2026-12-25')).toEqual({ date: '2026-12-25', kind: 'publicHoliday', name: { nl: 'Eerste Kerstdag', en: 'Christmas Day' } });
    expect(dayOffOn('2027-02-08', [CARNIVAL])).toEqual({ date: '2027-02-08', kind: 'closingDay', name: { nl: 'Carnavalsmaandag', en: 'Carnavalsmaandag' } });
    expect(dayOffOn('2027-02-08')).toBeUndefined();
    expect(dayOffOn('2027-03-26')).toBeUndefined(); // Goede Vrijdag
    expect(dayOffOn('2026-11-20', [CARNIVAL])).toBeUndefined();
    // A closing day on a holiday is reported as the holiday.
    expect(dayOffOn('2027-01-01', [{ id: 3, date: '2027-01-01', name: 'Dicht', note: '' }])!.kind).toBe('publicHoliday');
    // Malformed closing dates are ignored, and so is an Object.prototype name.
    expect(dayOffLookup([{ id: 4, date: 'morgen', name: 'x', note: '' }])('morgen')).toBeUndefined();
    expect(dayOffOn('constructor')).toBeUndefined();
  });

  it('"elke week op vrijdag, 8 keer" over Christmas keeps 8 sessions and lists what it skipped', () => {
    const series = weeklyDatesSkippingDaysOff('2026-11-27', 8, dayOffLookup());
    expect(series.dates).toEqual(['2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18', '2027-01-08', '2027-01-15', '2027-01-22', '2027-01-29']);
    expect(series.skipped.map((d) => [d.date, d.name.nl])).toEqual([
      ['2026-12-25', 'Eerste Kerstdag'],
      ['2027-01-01', 'Nieuwjaarsdag']
    ]);
  });

  it('skips closing days the same way, and a first date that is a day off', () => {
    const mondays = weeklyDatesSkippingDaysOff('2027-02-01', 3, dayOffLookup([CARNIVAL]));
    expect(mondays.dates).toEqual(['2027-02-01', '2027-02-15', '2027-02-22']);
    expect(mondays.skipped.map((d) => d.kind)).toEqual(['closingDay']);
    const fromHoliday = weeklyDatesSkippingDaysOff('2027-05-06', 2, dayOffLookup([BRIDGE])); // Hemelvaartsdag 2027
    expect(fromHoliday.dates).toEqual(['2027-05-13', '2027-05-20']);
    expect(fromHoliday.skipped.map((d) => d.date)).toEqual(['2027-05-06']);
    expect(weeklyDatesSkippingDaysOff('2027-05-06', 0, dayOffLookup())).toEqual({ dates: [], skipped: [] });
    expect(() => weeklyDatesSkippingDaysOff('2027-13-01', 2, dayOffLookup())).toThrow(RangeError);
  });

  it('gives up instead of running on when every week is closed', () => {
    const everyFriday: ClosingDay[] = [];
    for (let i = 0; i < 200; i++) {
      const d = new Date(Date.UTC(2027, 0, 1 + 7 * i));
      everyFriday.push({ id: i, date: d.toISOString().substring(0, 10), name: 'Dicht', note: '' });
    }
    const series = weeklyDatesSkippingDaysOff('2027-01-01', 3, dayOffLookup(everyFriday));
    expect(series.dates).toEqual([]);
    expect(series.skipped).toHaveLength(107);
  });

  it('finds the days off a stored series leaves out, and nothing else', () => {
    const stored = ['2026-12-04', '2026-12-11', '2026-12-18', '2027-01-08'];
    expect(skippedDaysOff('2026-12-04', stored, dayOffLookup()).map((d) => d.date)).toEqual(['2026-12-25', '2027-01-01']);
    // A week left out on a working day is not "skipped for a day off".
    expect(skippedDaysOff('2026-12-03', ['2026-12-03', '2026-12-10', '2026-12-24', '2026-12-31'], dayOffLookup())).toEqual([]);
    // A holiday that is listed (added by hand) is not skipped.
    expect(skippedDaysOff('2026-12-18', ['2026-12-18', '2026-12-25'], dayOffLookup())).toEqual([]);
    expect(skippedDaysOff('', stored, dayOffLookup())).toEqual([]);
    expect(skippedDaysOff('2026-12-04', [], dayOffLookup())).toEqual([]);
  });
});
