import {
  addDays,
  civilFromDays,
  compareClockTimes,
  daysBetween,
  daysFromCivil,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  pad,
  parseClockTime,
  parseIsoDate,
  toClockTimeString,
  toIsoDate,
  weekdayOf
} from '../../../src/core';

describe('calendar arithmetic', () => {
  it('knows leap years, including the century rules', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2025, 2026, 1900, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('agrees with Date.UTC on day numbers and weekdays for every day 1970–2100', () => {
    const mismatches: string[] = [];
    for (let t: number = 0; t <= Date.UTC(2100, 11, 31); t += 86400000) {
      const d: Date = new Date(t);
      const y: number = d.getUTCFullYear();
      const m: number = d.getUTCMonth() + 1;
      const day: number = d.getUTCDate();
      const n: number = daysFromCivil(y, m, day);
      const back = civilFromDays(t / 86400000);
      if (n !== t / 86400000 || weekdayOf(y, m, day) !== d.getUTCDay() || back.year !== y || back.month !== m || back.day !== day) {
        mismatches.push(d.toISOString());
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('works before 1970 too', () => {
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(civilFromDays(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(weekdayOf(1969, 12, 31)).toBe(3); // a Wednesday
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2026, month: 2, day: 28 }, 1)).toEqual({ year: 2026, month: 3, day: 1 });
    expect(addDays({ year: 2026, month: 12, day: 30 }, 4)).toEqual({ year: 2027, month: 1, day: 3 });
    expect(addDays({ year: 2027, month: 1, day: 3 }, -4)).toEqual({ year: 2026, month: 12, day: 30 });
    expect(daysBetween({ year: 2026, month: 1, day: 1 }, { year: 2027, month: 1, day: 1 })).toBe(365);
    expect(daysBetween({ year: 2024, month: 1, day: 1 }, { year: 2025, month: 1, day: 1 })).toBe(366);
  });
});

describe('ISO date strings', () => {
  it('formats zero-padded', () => {
    expect(toIsoDate({ year: 2026, month: 3, day: 9 })).toBe('2026-03-09');
    expect(pad(7, 3)).toBe('007');
    expect(pad(-7, 2)).toBe('-07');
  });

  it('parses only strict, real dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2026-04-31')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('2026-00-10')).toBeNull();
    expect(parseIsoDate('2026-1-10')).toBeNull();
    expect(parseIsoDate('2026-01-10T00:00:00Z')).toBeNull();
    expect(parseIsoDate('10-01-2026')).toBeNull();
    expect(parseIsoDate('0000-01-01')).toBeNull();
    expect(isIsoDate('2026-11-10')).toBe(true);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('clock times', () => {
  it('parses strict HH:mm between 00:00 and 23:59', () => {
    expect(parseClockTime('12:15')).toEqual({ hour: 12, minute: 15 });
    expect(parseClockTime('00:00')).toEqual({ hour: 0, minute: 0 });
    expect(parseClockTime('23:59')).toEqual({ hour: 23, minute: 59 });
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('12:60')).toBeNull();
    expect(parseClockTime('9:15')).toBeNull();
    expect(parseClockTime('12.15')).toBeNull();
    expect(parseClockTime('12:15:00')).toBeNull();
  });

  it('formats and orders', () => {
    expect(toClockTimeString({ hour: 9, minute: 5 })).toBe('09:05');
    expect(compareClockTimes({ hour: 12, minute: 15 }, { hour: 13, minute: 0 })).toBeLessThan(0);
    expect(compareClockTimes({ hour: 13, minute: 0 }, { hour: 12, minute: 59 })).toBeGreaterThan(0);
    expect(compareClockTimes({ hour: 8, minute: 0 }, { hour: 8, minute: 0 })).toBe(0);
  });
});
