import {
  amsterdamDateOf,
  amsterdamDayBounds,
  amsterdamDstTransitions,
  amsterdamInstant,
  amsterdamOffsetMinutes,
  amsterdamWallTime,
  currentIsoWeekInAmsterdam,
  fromAmsterdamWallTime,
  isAmsterdamSummerTime
} from '../../../src/core';

// Oracle: the host's ICU time-zone database, independent of our arithmetic.
const intlAmsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric'
});

function intlWallTime(instant: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts: { [type: string]: number } = {};
  for (const part of intlAmsterdam.formatToParts(instant)) {
    if (part.type !== 'literal') {
      parts[part.type] = Number(part.value);
    }
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

const utc = (iso: string): Date => new Date(iso);

describe('DST transitions', () => {
  it.each([
    [2024, '2024-03-31T01:00:00.000Z', '2024-10-27T01:00:00.000Z'],
    [2025, '2025-03-30T01:00:00.000Z', '2025-10-26T01:00:00.000Z'],
    [2026, '2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z'],
    [2027, '2027-03-28T01:00:00.000Z', '2027-10-31T01:00:00.000Z']
  ])('%i switches on the last Sundays of March and October at 01:00 UTC', (year: number, start: string, end: string) => {
    const transitions = amsterdamDstTransitions(year);
    expect(transitions.summerTimeStarts.toISOString()).toBe(start);
    expect(transitions.summerTimeEnds.toISOString()).toBe(end);
  });

  it('switches offset exactly at the transition instants', () => {
    expect(amsterdamOffsetMinutes(utc('2026-03-29T00:59:59Z'))).toBe(60);
    expect(amsterdamOffsetMinutes(utc('2026-03-29T01:00:00Z'))).toBe(120);
    expect(amsterdamOffsetMinutes(utc('2026-10-25T00:59:59Z'))).toBe(120);
    expect(amsterdamOffsetMinutes(utc('2026-10-25T01:00:00Z'))).toBe(60);
    expect(isAmsterdamSummerTime(utc('2026-07-01T12:00:00Z'))).toBe(true);
    expect(isAmsterdamSummerTime(utc('2026-01-01T12:00:00Z'))).toBe(false);
  });
});

describe('amsterdamWallTime', () => {
  it('shows the clock jumping 02:00 -> 03:00 in spring and 03:00 -> 02:00 in autumn (2026)', () => {
    expect(amsterdamWallTime(utc('2026-03-29T00:59:00Z'))).toEqual({ year: 2026, month: 3, day: 29, hour: 1, minute: 59 });
    expect(amsterdamWallTime(utc('2026-03-29T01:00:00Z'))).toEqual({ year: 2026, month: 3, day: 29, hour: 3, minute: 0 });
    expect(amsterdamWallTime(utc('2026-10-25T00:59:00Z'))).toEqual({ year: 2026, month: 10, day: 25, hour: 2, minute: 59 });
    expect(amsterdamWallTime(utc('2026-10-25T01:00:00Z'))).toEqual({ year: 2026, month: 10, day: 25, hour: 2, minute: 0 });
  });

  it('drops seconds and milliseconds instead of rounding', () => {
    expect(amsterdamWallTime(utc('2026-11-24T11:15:59.999Z'))).toEqual({ year: 2026, month: 11, day: 24, hour: 12, minute: 15 });
  });

  it('agrees with Intl every 20 minutes from 2024 to 2028', () => {
    const mismatches: string[] = [];
    const end: number = Date.UTC(2029, 0, 1);
    for (let t: number = Date.UTC(2024, 0, 1); t < end; t += 20 * 60000) {
      const instant: Date = new Date(t);
      const ours = amsterdamWallTime(instant);
      const theirs = intlWallTime(instant);
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
        mismatches.push(instant.toISOString());
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('agrees with Intl minute by minute around every switch 2025–2027', () => {
    const mismatches: string[] = [];
    for (const year of [2025, 2026, 2027]) {
      const transitions = amsterdamDstTransitions(year);
      for (const switchAt of [transitions.summerTimeStarts, transitions.summerTimeEnds]) {
        for (let t: number = switchAt.getTime() - 3 * 3600000; t <= switchAt.getTime() + 3 * 3600000; t += 60000) {
          const instant: Date = new Date(t);
          if (JSON.stringify(amsterdamWallTime(instant)) !== JSON.stringify(intlWallTime(instant))) {
            mismatches.push(instant.toISOString());
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('never reads the host time zone (local-time Date methods are off limits)', () => {
    const localMethods: Array<keyof Date> = [
      'getTimezoneOffset', 'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes',
      'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'toString'
    ];
    const spies: jest.SpyInstance[] = localMethods.map((name) =>
      jest.spyOn(Date.prototype, name as 'getDate').mockImplementation(() => {
        throw new Error('host-time-zone method called: ' + String(name));
      })
    );
    const dateSpies: jest.SpyInstance[] = [jest.spyOn(Date.prototype, 'setHours'), jest.spyOn(Date.prototype, 'setDate')];
    try {
      expect(amsterdamWallTime(utc('2026-11-29T22:30:00Z'))).toEqual({ year: 2026, month: 11, day: 29, hour: 23, minute: 30 });
      expect(fromAmsterdamWallTime(2026, 3, 29, 9, 0).getTime()).toBe(Date.UTC(2026, 2, 29, 7, 0));
      expect(currentIsoWeekInAmsterdam(utc('2026-11-29T23:30:00Z'))).toEqual({ isoYear: 2026, isoWeek: 49 });
      expect(amsterdamDayBounds({ year: 2026, month: 10, day: 25 }).end.getTime()).toBe(Date.UTC(2026, 9, 25, 23, 0));
      for (const spy of dateSpies) {
        expect(spy).not.toHaveBeenCalled();
      }
    } finally {
      spies.concat(dateSpies).forEach((spy) => spy.mockRestore());
    }
  });

  it('rejects an invalid Date', () => {
    expect(() => amsterdamWallTime(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('fromAmsterdamWallTime', () => {
  it.each([
    // [y, m, d, h, min, expected UTC]
    [2026, 3, 29, 9, 0, '2026-03-29T07:00:00.000Z'], // Sunday of the spring switch: already summer time
    [2026, 10, 25, 9, 0, '2026-10-25T08:00:00.000Z'], // Sunday of the autumn switch: back to winter time
    [2026, 3, 28, 9, 0, '2026-03-28T08:00:00.000Z'],
    [2026, 3, 29, 1, 59, '2026-03-29T00:59:00.000Z'],
    [2026, 3, 29, 3, 0, '2026-03-29T01:00:00.000Z'],
    [2026, 10, 25, 3, 0, '2026-10-25T02:00:00.000Z'],
    [2026, 10, 25, 1, 59, '2026-10-24T23:59:00.000Z'],
    [2026, 11, 24, 12, 15, '2026-11-24T11:15:00.000Z'],
    [2026, 6, 1, 12, 15, '2026-06-01T10:15:00.000Z'],
    [2025, 3, 30, 9, 0, '2025-03-30T07:00:00.000Z'],
    [2025, 10, 26, 9, 0, '2025-10-26T08:00:00.000Z'],
    [2027, 3, 28, 9, 0, '2027-03-28T07:00:00.000Z'],
    [2027, 10, 31, 9, 0, '2027-10-31T08:00:00.000Z'],
    [2027, 1, 1, 0, 0, '2026-12-31T23:00:00.000Z']
  ])('%i-%i-%i %i:%i Amsterdam is %s', (y: number, m: number, d: number, h: number, min: number, expected: string) => {
    expect(fromAmsterdamWallTime(y, m, d, h, min).toISOString()).toBe(expected);
  });

  it.each([
    [2025, 3, 30],
    [2026, 3, 29],
    [2027, 3, 28]
  ])('moves the non-existent 02:30 on %i-%i-%i forward to 03:30 summer time', (y: number, m: number, d: number) => {
    const instant: Date = fromAmsterdamWallTime(y, m, d, 2, 30);
    expect(amsterdamWallTime(instant)).toEqual({ year: y, month: m, day: d, hour: 3, minute: 30 });
    expect(intlWallTime(instant)).toEqual({ year: y, month: m, day: d, hour: 3, minute: 30 });
    expect(fromAmsterdamWallTime(y, m, d, 2, 0).getTime()).toBe(fromAmsterdamWallTime(y, m, d, 3, 0).getTime());
  });

  it.each([
    [2025, 10, 26, '2025-10-26T00:30:00.000Z'],
    [2026, 10, 25, '2026-10-25T00:30:00.000Z'],
    [2027, 10, 31, '2027-10-31T00:30:00.000Z']
  ])('picks the first (summer-time) 02:30 on %i-%i-%i', (y: number, m: number, d: number, expected: string) => {
    const instant: Date = fromAmsterdamWallTime(y, m, d, 2, 30);
    expect(instant.toISOString()).toBe(expected);
    // The hour that repeats: one hour later the clock shows 02:30 again.
    expect(intlWallTime(new Date(instant.getTime() + 3600000))).toEqual({ year: y, month: m, day: d, hour: 2, minute: 30 });
  });

  it('round-trips with amsterdamWallTime for every quarter hour of 2026', () => {
    const autumnSwitch: number = Date.UTC(2026, 9, 25, 1, 0); // 03:00 CEST -> 02:00 CET
    const failures: string[] = [];
    for (let t: number = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 15 * 60000) {
      const wall = amsterdamWallTime(new Date(t));
      const back: Date = fromAmsterdamWallTime(wall.year, wall.month, wall.day, wall.hour, wall.minute);
      // The repeated hour's second pass (01:00–01:59 UTC) maps back to its first pass, an hour earlier.
      const expected: number = t >= autumnSwitch && t < autumnSwitch + 3600000 ? t - 3600000 : t;
      if (back.getTime() !== expected) {
        failures.push(new Date(t).toISOString());
      }
    }
    expect(failures).toEqual([]);
  });

  it('rejects impossible wall times', () => {
    expect(() => fromAmsterdamWallTime(2026, 2, 29, 12, 0)).toThrow(RangeError);
    expect(() => fromAmsterdamWallTime(2026, 13, 1, 12, 0)).toThrow(RangeError);
    expect(() => fromAmsterdamWallTime(2026, 1, 1, 24, 0)).toThrow(RangeError);
    expect(() => fromAmsterdamWallTime(2026, 1, 1, 12, 60)).toThrow(RangeError);
    expect(() => fromAmsterdamWallTime(2026, 1, 1, 12.5, 0)).toThrow(RangeError);
  });
});

describe('amsterdamInstant and amsterdamDayBounds', () => {
  it('builds an instant from a date and a clock time', () => {
    expect(amsterdamInstant({ year: 2026, month: 11, day: 24 }, { hour: 12, minute: 15 }).toISOString()).toBe('2026-11-24T11:15:00.000Z');
  });

  it('gives 23-hour and 25-hour days on the switch Sundays', () => {
    const spring = amsterdamDayBounds({ year: 2026, month: 3, day: 29 });
    expect(spring.start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(spring.end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    const autumn = amsterdamDayBounds({ year: 2026, month: 10, day: 25 });
    expect(autumn.start.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(autumn.end.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    const newYear = amsterdamDayBounds({ year: 2026, month: 12, day: 31 });
    expect(newYear.end.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });
});

describe('amsterdamDateOf and currentIsoWeekInAmsterdam', () => {
  it('uses the Amsterdam date, not the UTC date', () => {
    // 23:30 UTC on a winter evening is 00:30 the next day in Amsterdam.
    expect(amsterdamDateOf(utc('2026-11-24T23:30:00Z'))).toEqual({ year: 2026, month: 11, day: 25 });
    // 22:30 UTC in summer is 00:30 the next day.
    expect(amsterdamDateOf(utc('2026-06-28T22:30:00Z'))).toEqual({ year: 2026, month: 6, day: 29 });
    expect(amsterdamDateOf(utc('2026-06-28T21:59:00Z'))).toEqual({ year: 2026, month: 6, day: 28 });
  });

  it('keeps Sunday 23:30 in Amsterdam in the old week and moves Sunday 23:30 UTC into the new one', () => {
    // Sunday 29 November 2026, 23:30 Amsterdam (22:30 UTC): still week 48.
    expect(currentIsoWeekInAmsterdam(fromAmsterdamWallTime(2026, 11, 29, 23, 30))).toEqual({ isoYear: 2026, isoWeek: 48 });
    expect(fromAmsterdamWallTime(2026, 11, 29, 23, 30).toISOString()).toBe('2026-11-29T22:30:00.000Z');
    // Sunday 23:30 UTC is Monday 00:30 in Amsterdam: week 49, although the UTC date is still Sunday.
    expect(currentIsoWeekInAmsterdam(utc('2026-11-29T23:30:00Z'))).toEqual({ isoYear: 2026, isoWeek: 49 });
    // Summer: Monday starts at 22:00 UTC on Sunday.
    expect(currentIsoWeekInAmsterdam(utc('2026-06-28T21:59:00Z'))).toEqual({ isoYear: 2026, isoWeek: 26 });
    expect(currentIsoWeekInAmsterdam(utc('2026-06-28T22:00:00Z'))).toEqual({ isoYear: 2026, isoWeek: 27 });
  });

  it('handles the year end of a 53-week year', () => {
    expect(currentIsoWeekInAmsterdam(utc('2026-12-31T23:30:00Z'))).toEqual({ isoYear: 2026, isoWeek: 53 }); // Fri 1 Jan 2027
    expect(currentIsoWeekInAmsterdam(utc('2027-01-03T22:59:00Z'))).toEqual({ isoYear: 2026, isoWeek: 53 }); // Sun 23:59
    expect(currentIsoWeekInAmsterdam(utc('2027-01-03T23:00:00Z'))).toEqual({ isoYear: 2027, isoWeek: 1 }); // Mon 00:00
  });
});
