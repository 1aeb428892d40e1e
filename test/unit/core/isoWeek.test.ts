import {
  compareIsoWeeks,
  isoWeekKey,
  isoWeekOf,
  isValidIsoWeek,
  mondayOfIsoWeek,
  nextIsoWeek,
  parseIsoWeekKey,
  previousIsoWeek,
  sundayOfIsoWeek,
  weeksInIsoYear
} from '../../../src/core';

/** Independent reference: the textbook Date.UTC algorithm (Thursday of the week decides the year). */
function referenceIsoWeek(year: number, month: number, day: number): [number, number] {
  const date: Date = new Date(Date.UTC(year, month - 1, day));
  const isoDay: number = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - isoDay);
  const yearStart: number = Date.UTC(date.getUTCFullYear(), 0, 1);
  return [date.getUTCFullYear(), Math.ceil(((date.getTime() - yearStart) / 86400000 + 1) / 7)];
}

describe('isoWeekOf', () => {
  it.each([
    // [date, isoYear, isoWeek] — from published ISO week calendars
    ['2026-11-24', 2026, 48],
    ['2026-01-01', 2026, 1],
    ['2025-12-29', 2026, 1], // Monday of 2026-W1 is in December 2025
    ['2025-12-28', 2025, 52],
    ['2026-12-31', 2026, 53],
    ['2027-01-01', 2026, 53], // Friday: still last year's week
    ['2027-01-03', 2026, 53], // Sunday
    ['2027-01-04', 2027, 1], // Monday
    ['2020-12-31', 2020, 53],
    ['2021-01-03', 2020, 53],
    ['2021-01-04', 2021, 1],
    ['2019-12-30', 2020, 1], // 29–31 December in next year's week 1
    ['2024-12-30', 2025, 1],
    ['2024-12-31', 2025, 1],
    ['2015-12-31', 2015, 53],
    ['2016-01-01', 2015, 53],
    ['2016-01-03', 2015, 53],
    ['2016-01-04', 2016, 1],
    ['2008-12-29', 2009, 1],
    ['2010-01-03', 2009, 53],
    ['2024-02-29', 2024, 9], // leap day
    ['2024-12-29', 2024, 52],
    ['2026-06-28', 2026, 26],
    ['2026-06-29', 2026, 27]
  ])('%s is %i-W%i', (iso: string, isoYear: number, isoWeek: number) => {
    const [y, m, d] = iso.split('-').map(Number);
    expect(isoWeekOf(y, m, d)).toEqual({ isoYear, isoWeek });
  });

  it('agrees with the reference algorithm on every day from 1995 to 2040', () => {
    const mismatches: string[] = [];
    for (let t: number = Date.UTC(1995, 0, 1); t <= Date.UTC(2040, 11, 31); t += 86400000) {
      const date: Date = new Date(t);
      const y: number = date.getUTCFullYear();
      const m: number = date.getUTCMonth() + 1;
      const d: number = date.getUTCDate();
      const ours = isoWeekOf(y, m, d);
      const [refYear, refWeek] = referenceIsoWeek(y, m, d);
      if (ours.isoYear !== refYear || ours.isoWeek !== refWeek) {
        mismatches.push(`${y}-${m}-${d}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('rejects dates that do not exist', () => {
    expect(() => isoWeekOf(2025, 2, 29)).toThrow(RangeError);
    expect(() => isoWeekOf(2026, 13, 1)).toThrow(RangeError);
    expect(() => isoWeekOf(2026, 4, 31)).toThrow(RangeError);
  });
});

describe('weeksInIsoYear', () => {
  it('has 53 weeks exactly in the long years between 1990 and 2049', () => {
    const longYears: number[] = [];
    for (let year: number = 1990; year < 2050; year++) {
      if (weeksInIsoYear(year) === 53) {
        longYears.push(year);
      } else {
        expect(weeksInIsoYear(year)).toBe(52);
      }
    }
    // Years starting on Thursday, or leap years starting on Wednesday (1992, 2020, 2048).
    expect(longYears).toEqual([1992, 1998, 2004, 2009, 2015, 2020, 2026, 2032, 2037, 2043, 2048]);
  });
});

describe('mondayOfIsoWeek / sundayOfIsoWeek', () => {
  it.each([
    [2026, 1, { year: 2025, month: 12, day: 29 }],
    [2026, 48, { year: 2026, month: 11, day: 23 }],
    [2026, 53, { year: 2026, month: 12, day: 28 }],
    [2027, 1, { year: 2027, month: 1, day: 4 }],
    [2020, 53, { year: 2020, month: 12, day: 28 }],
    [2015, 53, { year: 2015, month: 12, day: 28 }],
    [2016, 1, { year: 2016, month: 1, day: 4 }],
    [2025, 1, { year: 2024, month: 12, day: 30 }],
    [2024, 9, { year: 2024, month: 2, day: 26 }]
  ])('%i-W%i starts on %o', (isoYear: number, isoWeek: number, monday: object) => {
    expect(mondayOfIsoWeek(isoYear, isoWeek)).toEqual(monday);
  });

  it('ends on the Sunday six days later, across a year end', () => {
    expect(sundayOfIsoWeek(2026, 53)).toEqual({ year: 2027, month: 1, day: 3 });
    expect(sundayOfIsoWeek(2025, 1)).toEqual({ year: 2025, month: 1, day: 5 });
  });

  it('round-trips with isoWeekOf for every week from 2014 to 2030', () => {
    for (let year: number = 2014; year <= 2030; year++) {
      for (let week: number = 1; week <= weeksInIsoYear(year); week++) {
        const monday = mondayOfIsoWeek(year, week);
        expect(new Date(Date.UTC(monday.year, monday.month - 1, monday.day)).getUTCDay()).toBe(1);
        expect(isoWeekOf(monday.year, monday.month, monday.day)).toEqual({ isoYear: year, isoWeek: week });
      }
    }
  });

  it('rejects week 53 in a 52-week year and week 0', () => {
    expect(() => mondayOfIsoWeek(2027, 53)).toThrow(RangeError);
    expect(() => mondayOfIsoWeek(2026, 0)).toThrow(RangeError);
    expect(isValidIsoWeek(2026, 53)).toBe(true);
    expect(isValidIsoWeek(2025, 53)).toBe(false);
    expect(isValidIsoWeek(2026, 1.5)).toBe(false);
  });
});

describe('isoWeekKey / parseIsoWeekKey', () => {
  it('formats with a zero-padded week', () => {
    expect(isoWeekKey(2026, 48)).toBe('2026-W48');
    expect(isoWeekKey(2027, 1)).toBe('2027-W01');
  });

  it('parses valid keys and rejects malformed or impossible ones', () => {
    expect(parseIsoWeekKey('2026-W48')).toEqual({ isoYear: 2026, isoWeek: 48 });
    expect(parseIsoWeekKey('2026-W53')).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(parseIsoWeekKey('2027-W53')).toBeNull();
    expect(parseIsoWeekKey('2026-W00')).toBeNull();
    expect(parseIsoWeekKey('2026-W1')).toBeNull();
    expect(parseIsoWeekKey('2026W48')).toBeNull();
    expect(parseIsoWeekKey(' 2026-W48')).toBeNull();
  });
});

describe('nextIsoWeek / previousIsoWeek / compareIsoWeeks', () => {
  it('steps over week 53 and over 52-week year ends', () => {
    expect(nextIsoWeek({ isoYear: 2026, isoWeek: 52 })).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(nextIsoWeek({ isoYear: 2026, isoWeek: 53 })).toEqual({ isoYear: 2027, isoWeek: 1 });
    expect(nextIsoWeek({ isoYear: 2025, isoWeek: 52 })).toEqual({ isoYear: 2026, isoWeek: 1 });
    expect(previousIsoWeek({ isoYear: 2027, isoWeek: 1 })).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(previousIsoWeek({ isoYear: 2026, isoWeek: 1 })).toEqual({ isoYear: 2025, isoWeek: 52 });
    expect(previousIsoWeek({ isoYear: 2026, isoWeek: 10 })).toEqual({ isoYear: 2026, isoWeek: 9 });
  });

  it('orders by year, then week', () => {
    expect(compareIsoWeeks({ isoYear: 2026, isoWeek: 53 }, { isoYear: 2027, isoWeek: 1 })).toBeLessThan(0);
    expect(compareIsoWeeks({ isoYear: 2027, isoWeek: 2 }, { isoYear: 2027, isoWeek: 1 })).toBeGreaterThan(0);
    expect(compareIsoWeeks({ isoYear: 2027, isoWeek: 2 }, { isoYear: 2027, isoWeek: 2 })).toBe(0);
  });
});
