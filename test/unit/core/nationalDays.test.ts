import {
  nationalDaysInRange,
  NationalDay,
  NationalDayRule,
  occurrencesInYear,
  validateNationalDay,
  validateNationalDayRule
} from '../../../src/core';

/** Brute force oracle: scan the month with Date.UTC and pick weekdays. */
function weekdaysOfMonth(year: number, month: number, weekday: number): string[] {
  const result: string[] = [];
  for (let day: number = 1; day <= 31; day++) {
    const d: Date = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() === month - 1 && d.getUTCDay() === weekday) {
      result.push(d.toISOString().slice(0, 10));
    }
  }
  return result;
}

function day(id: number, title: string, rule: NationalDayRule, extra?: Partial<NationalDay>): NationalDay {
  return { id, title, rule, active: true, description: '', ...extra };
}

describe('occurrencesInYear', () => {
  it('places Dag van de Mantelzorg on 10 November every year', () => {
    const rule: NationalDayRule = { kind: 'fixed', month: 11, day: 10 };
    expect(occurrencesInYear(rule, 2025)).toEqual(['2025-11-10']);
    expect(occurrencesInYear(rule, 2026)).toEqual(['2026-11-10']);
    expect(occurrencesInYear(rule, 2027)).toEqual(['2027-11-10']);
  });

  it('finds the first Tuesday of October', () => {
    const rule: NationalDayRule = { kind: 'nthWeekday', month: 10, weekday: 2, n: 1 };
    expect(occurrencesInYear(rule, 2024)).toEqual(['2024-10-01']); // 1 October itself is a Tuesday
    expect(occurrencesInYear(rule, 2025)).toEqual(['2025-10-07']);
    expect(occurrencesInYear(rule, 2026)).toEqual(['2026-10-06']);
    expect(occurrencesInYear(rule, 2027)).toEqual(['2027-10-05']);
  });

  it('finds the last Friday of September', () => {
    const rule: NationalDayRule = { kind: 'lastWeekday', month: 9, weekday: 5 };
    expect(occurrencesInYear(rule, 2024)).toEqual(['2024-09-27']);
    expect(occurrencesInYear(rule, 2025)).toEqual(['2025-09-26']);
    expect(occurrencesInYear(rule, 2026)).toEqual(['2026-09-25']);
    expect(occurrencesInYear(rule, 2028)).toEqual(['2028-09-29']);
  });

  it('gives a fifth weekday only in months that have one', () => {
    expect(occurrencesInYear({ kind: 'nthWeekday', month: 10, weekday: 4, n: 5 }, 2026)).toEqual(['2026-10-29']);
    expect(occurrencesInYear({ kind: 'nthWeekday', month: 10, weekday: 1, n: 5 }, 2026)).toEqual([]);
    expect(occurrencesInYear({ kind: 'nthWeekday', month: 2, weekday: 4, n: 5 }, 2024)).toEqual(['2024-02-29']);
    expect(occurrencesInYear({ kind: 'nthWeekday', month: 2, weekday: 4, n: 5 }, 2025)).toEqual([]);
  });

  it('agrees with a brute-force scan for every nth and last weekday rule, 2020–2032', () => {
    const mismatches: string[] = [];
    for (let year: number = 2020; year <= 2032; year++) {
      for (let month: number = 1; month <= 12; month++) {
        for (let weekday: number = 0; weekday <= 6; weekday++) {
          const all: string[] = weekdaysOfMonth(year, month, weekday);
          for (let n: number = 1; n <= 5; n++) {
            const expected: string[] = all[n - 1] ? [all[n - 1]] : [];
            if (JSON.stringify(occurrencesInYear({ kind: 'nthWeekday', month, weekday, n }, year)) !== JSON.stringify(expected)) {
              mismatches.push(`${year}-${month} wd${weekday} n${n}`);
            }
          }
          const last: string[] = occurrencesInYear({ kind: 'lastWeekday', month, weekday }, year);
          if (JSON.stringify(last) !== JSON.stringify([all[all.length - 1]])) {
            mismatches.push(`${year}-${month} wd${weekday} last`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('skips a fixed 29 February in non-leap years', () => {
    const rule: NationalDayRule = { kind: 'fixed', month: 2, day: 29 };
    expect(occurrencesInYear(rule, 2024)).toEqual(['2024-02-29']);
    expect(occurrencesInYear(rule, 2025)).toEqual([]);
    expect(occurrencesInYear(rule, 2028)).toEqual(['2028-02-29']);
    expect(occurrencesInYear(rule, 2100)).toEqual([]);
    expect(occurrencesInYear(rule, 2000)).toEqual(['2000-02-29']);
  });

  it('returns the explicit dates of that year, sorted, without duplicates or malformed entries', () => {
    const rule: NationalDayRule = { kind: 'explicit', dates: ['2026-11-16', '2025-11-17', '2026-03-02', '2026-11-16'] };
    expect(occurrencesInYear(rule, 2026)).toEqual(['2026-03-02', '2026-11-16']);
    expect(occurrencesInYear(rule, 2025)).toEqual(['2025-11-17']);
    expect(occurrencesInYear(rule, 2024)).toEqual([]);
  });

  it('yields nothing for an invalid rule instead of throwing', () => {
    expect(occurrencesInYear({ kind: 'fixed', month: 13, day: 1 }, 2026)).toEqual([]);
    expect(occurrencesInYear({ kind: 'fixed', month: 4, day: 31 }, 2026)).toEqual([]);
    expect(occurrencesInYear({ kind: 'nthWeekday', month: 10, weekday: 7, n: 1 }, 2026)).toEqual([]);
    expect(occurrencesInYear({ kind: 'nthWeekday', month: 10, weekday: 2, n: 6 }, 2026)).toEqual([]);
    expect(occurrencesInYear({ kind: 'explicit', dates: ['2026-02-30'] }, 2026)).toEqual([]);
    expect(occurrencesInYear({ kind: 'bogus' } as unknown as NationalDayRule, 2026)).toEqual([]);
  });
});

describe('validateNationalDayRule', () => {
  const codes = (rule: NationalDayRule): string[] => validateNationalDayRule(rule).map((e) => `${e.field}:${e.code}`);

  it('accepts sensible rules, including 29 February', () => {
    expect(codes({ kind: 'fixed', month: 11, day: 10 })).toEqual([]);
    expect(codes({ kind: 'fixed', month: 2, day: 29 })).toEqual([]);
    expect(codes({ kind: 'nthWeekday', month: 10, weekday: 0, n: 5 })).toEqual([]);
    expect(codes({ kind: 'lastWeekday', month: 12, weekday: 6 })).toEqual([]);
    expect(codes({ kind: 'explicit', dates: ['2026-11-16'] })).toEqual([]);
  });

  it('reports each bad part on its field', () => {
    expect(codes({ kind: 'fixed', month: 0, day: 10 })).toEqual(['rule.month:outOfRange']);
    expect(codes({ kind: 'fixed', month: 4, day: 31 })).toEqual(['rule.day:dayNotInMonth']);
    expect(codes({ kind: 'fixed', month: 2, day: 30 })).toEqual(['rule.day:dayNotInMonth']);
    expect(codes({ kind: 'fixed', month: 1, day: 32 })).toEqual(['rule.day:outOfRange']);
    expect(codes({ kind: 'fixed', month: 1.5, day: 1 })).toEqual(['rule.month:outOfRange']);
    expect(codes({ kind: 'nthWeekday', month: 13, weekday: -1, n: 0 })).toEqual([
      'rule.month:outOfRange',
      'rule.weekday:outOfRange',
      'rule.n:outOfRange'
    ]);
    expect(codes({ kind: 'lastWeekday', month: 5, weekday: 7 })).toEqual(['rule.weekday:outOfRange']);
    expect(codes({ kind: 'explicit', dates: [] })).toEqual(['rule.dates:required']);
    expect(codes({ kind: 'explicit', dates: ['2026-11-16', '16-11-2026', '2025-02-29'] })).toEqual([
      'rule.dates:dateInvalid',
      'rule.dates:dateInvalid'
    ]);
  });

  it('passes the offending value and its position', () => {
    const [error] = validateNationalDayRule({ kind: 'explicit', dates: ['2026-11-16', '2026-11-31'] });
    expect(error.params).toEqual({ index: 1, value: '2026-11-31' });
    const [dayError] = validateNationalDayRule({ kind: 'fixed', month: 6, day: 31 });
    expect(dayError.params).toEqual({ month: 6, day: 31 });
  });
});

describe('validateNationalDay', () => {
  it('checks title and duration as well as the rule', () => {
    const bad: NationalDay = day(1, '  ', { kind: 'fixed', month: 13, day: 1 }, { durationDays: 0 });
    expect(validateNationalDay(bad).map((e) => `${e.field}:${e.code}`)).toEqual([
      'title:required',
      'durationDays:wholeNumberMin',
      'rule.month:outOfRange'
    ]);
    expect(validateNationalDay(day(2, 'Week van de werkstress', { kind: 'explicit', dates: ['2026-11-16'] }, { durationDays: 5 }))).toEqual([]);
    expect(validateNationalDay(day(3, 'x'.repeat(256), { kind: 'fixed', month: 1, day: 1 }))[0].code).toBe('maxLength');
  });
});

describe('nationalDaysInRange', () => {
  const mantelzorg = day(1, 'Dag van de Mantelzorg', { kind: 'fixed', month: 11, day: 10 });
  const werkstress = day(2, 'Week van de werkstress', { kind: 'explicit', dates: ['2025-11-17', '2026-11-16'] }, { durationDays: 5 });
  const loopbaan = day(3, 'Dag van je loopbaan', { kind: 'nthWeekday', month: 11, weekday: 2, n: 1 });
  const inactive = day(4, 'Uitgezet', { kind: 'fixed', month: 11, day: 12 }, { active: false });
  const days: NationalDay[] = [werkstress, inactive, loopbaan, mantelzorg];

  it('lists active occurrences overlapping the range, sorted by start', () => {
    const result = nationalDaysInRange(days, '2026-11-01', '2026-11-30');
    expect(result.map((o) => [o.day.id, o.start, o.end])).toEqual([
      [3, '2026-11-03', '2026-11-03'],
      [1, '2026-11-10', '2026-11-10'],
      [2, '2026-11-16', '2026-11-20']
    ]);
  });

  it('includes both range ends and a multi-day event already running at the start', () => {
    expect(nationalDaysInRange(days, '2026-11-10', '2026-11-10').map((o) => o.day.id)).toEqual([1]);
    expect(nationalDaysInRange(days, '2026-11-20', '2026-11-25').map((o) => [o.day.id, o.start])).toEqual([[2, '2026-11-16']]);
    expect(nationalDaysInRange(days, '2026-11-21', '2026-11-25')).toEqual([]);
  });

  it('spans years, including an event that starts in December and runs into January', () => {
    const newYear = day(5, 'Goede voornemens', { kind: 'explicit', dates: ['2026-12-30'] }, { durationDays: 5 });
    expect(nationalDaysInRange([newYear], '2027-01-01', '2027-01-31').map((o) => [o.start, o.end])).toEqual([['2026-12-30', '2027-01-03']]);
    expect(nationalDaysInRange([mantelzorg], '2025-01-01', '2027-12-31').map((o) => o.start)).toEqual([
      '2025-11-10',
      '2026-11-10',
      '2027-11-10'
    ]);
  });

  it('orders same-day occurrences by title', () => {
    const a = day(10, 'B-dag', { kind: 'fixed', month: 5, day: 1 });
    const b = day(11, 'A-dag', { kind: 'fixed', month: 5, day: 1 });
    expect(nationalDaysInRange([a, b], '2026-05-01', '2026-05-01').map((o) => o.day.title)).toEqual(['A-dag', 'B-dag']);
  });

  it('returns nothing for an inverted range and throws on malformed bounds', () => {
    expect(nationalDaysInRange(days, '2026-12-01', '2026-11-01')).toEqual([]);
    expect(() => nationalDaysInRange(days, '2026-11', '2026-12-01')).toThrow(RangeError);
  });
});
