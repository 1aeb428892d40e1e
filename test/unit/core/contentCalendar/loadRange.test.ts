import { calendarLoadRange, loadRangeDays } from '../../../../src/core/contentCalendar/loadRange';
import { monthGrid } from '../../../../src/core/contentCalendar/monthGrid';
import { at } from './fixtures';

describe('calendarLoadRange', () => {
  it('on 28 September reads September with the coming weeks of October in one range', () => {
    const range = calendarLoadRange(monthGrid(2026, 9), at('2026-09-28 10:00'));
    expect(range.ahead).toBeUndefined();
    // The grid is 31 Aug .. 4 Oct; the warnings need up to 28 days after today (26 Oct).
    expect(loadRangeDays(range)).toEqual({ first: '2026-08-31', last: '2026-10-26' });
    // Themes: 16 weeks before W36 (the grid's first week) up to the week of 12 October (W42).
    expect([range.fromWeek, range.toWeek]).toEqual(['2026-W20', '2026-W42']);
    // The closing days: the days on screen only, not the weeks the warnings look at.
    expect(range.shown).toEqual({ first: '2026-08-31', last: '2026-10-04' });
  });

  it('reads the coming weeks separately when Communications look months ahead', () => {
    const range = calendarLoadRange(monthGrid(2027, 1), at('2026-09-28 10:00'));
    expect(loadRangeDays(range)).toEqual({ first: '2026-12-28', last: '2027-01-31' });
    expect(range.ahead).toBeDefined();
    expect(loadRangeDays(range.ahead!)).toEqual({ first: '2026-08-31', last: '2026-10-26' });
    expect([range.ahead!.fromWeek, range.ahead!.toWeek]).toEqual(['2026-W24', '2026-W42']);
    expect(range.shown).toEqual({ first: '2026-12-28', last: '2027-01-31' });
  });

  it('uses Amsterdam day bounds (CEST and CET)', () => {
    const range = calendarLoadRange(monthGrid(2026, 11), at('2026-11-05 10:00'));
    expect(range.from.toISOString()).toBe('2026-10-07T22:00:00.000Z');
    expect(range.to.toISOString()).toBe('2026-12-06T23:00:00.000Z');
  });
});
