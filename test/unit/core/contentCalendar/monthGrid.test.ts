import { addMonths, monthGrid, MonthGrid, monthLoadRange, shiftMonthKeepingDay } from '../../../../src/core/contentCalendar/monthGrid';

/** Oracle: the ISO week of a date with Date.UTC arithmetic (independent of isoWeek.ts). */
function oracleWeek(iso: string): string {
  const d = new Date(iso + 'T00:00:00Z');
  const weekday = (d.getUTCDay() + 6) % 7; // 0 = Monday
  const thursday = new Date(d.getTime() + (3 - weekday) * 86400000);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / 86400000 / 7) + 1;
  return thursday.getUTCFullYear() + '-W' + (week < 10 ? '0' : '') + week;
}

function keys(grid: MonthGrid): string[] {
  return grid.weeks.map((w) => w.key);
}

describe('monthGrid', () => {
  it('covers November 2026 with whole weeks, Monday first', () => {
    const grid = monthGrid(2026, 11);
    // 1 Nov 2026 is a Sunday, 30 Nov a Monday.
    expect(grid.first).toBe('2026-10-26');
    expect(grid.last).toBe('2026-12-06');
    expect(keys(grid)).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49']);
    expect(grid.weeks[0].days.map((d) => d.inMonth)).toEqual([false, false, false, false, false, false, true]);
    expect(grid.weeks[5].days.map((d) => d.inMonth)).toEqual([true, false, false, false, false, false, false]);
  });

  it('ends December 2026 with W53 and starts January 2027 with the same week', () => {
    const december = monthGrid(2026, 12);
    expect(keys(december)).toEqual(['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53']);
    expect(december.weeks[4].days.map((d) => d.date)).toEqual([
      '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03'
    ]);
    const january = monthGrid(2027, 1);
    expect(january.weeks[0]).toMatchObject({ isoYear: 2026, isoWeek: 53, key: '2026-W53' });
    expect(keys(january)).toEqual(['2026-W53', '2027-W01', '2027-W02', '2027-W03', '2027-W04']);
  });

  it('gives December 2024 a last week that already is 2025-W01', () => {
    const grid = monthGrid(2024, 12);
    expect(grid.weeks[grid.weeks.length - 1]).toMatchObject({ isoYear: 2025, isoWeek: 1 });
    expect(grid.last).toBe('2025-01-05');
  });

  it('has exactly four weeks for February 2027 and holds 29 February 2028', () => {
    expect(keys(monthGrid(2027, 2))).toEqual(['2027-W05', '2027-W06', '2027-W07', '2027-W08']);
    const leap = monthGrid(2028, 2);
    const days = leap.weeks.reduce((all, w) => all.concat(w.days), [] as Array<{ date: string; inMonth: boolean }>);
    expect(days.filter((d) => d.inMonth).map((d) => d.date).slice(-1)).toEqual(['2028-02-29']);
    expect(days.filter((d) => d.inMonth)).toHaveLength(29);
  });

  it('agrees with a Date.UTC oracle for every month 2024..2030', () => {
    for (let year = 2024; year <= 2030; year++) {
      for (let month = 1; month <= 12; month++) {
        const grid = monthGrid(year, month);
        expect(grid.weeks.length).toBeGreaterThanOrEqual(4);
        expect(grid.weeks.length).toBeLessThanOrEqual(6);
        let inMonth = 0;
        grid.weeks.forEach((week) => {
          expect(week.days).toHaveLength(7);
          expect(new Date(week.days[0].date + 'T00:00:00Z').getUTCDay()).toBe(1);
          week.days.forEach((d) => {
            expect(oracleWeek(d.date)).toBe(week.key);
            const inThisMonth = Number(d.date.slice(0, 4)) === year && Number(d.date.slice(5, 7)) === month;
            expect(d.inMonth).toBe(inThisMonth);
            inMonth += d.inMonth ? 1 : 0;
          });
        });
        expect(inMonth).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }
    }
  });

  it('rejects impossible months', () => {
    expect(() => monthGrid(2026, 13)).toThrow(RangeError);
    expect(() => monthGrid(2026, 0)).toThrow(RangeError);
  });
});

describe('month arithmetic', () => {
  it('adds months across years', () => {
    expect(addMonths(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths(2027, 1, -1)).toEqual({ year: 2026, month: 12 });
    expect(addMonths(2026, 11, -23)).toEqual({ year: 2024, month: 12 });
  });

  it('keeps the day of the month, clamped to the month length', () => {
    expect(shiftMonthKeepingDay({ year: 2028, month: 1, day: 31 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(shiftMonthKeepingDay({ year: 2027, month: 1, day: 31 }, 1)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(shiftMonthKeepingDay({ year: 2026, month: 12, day: 15 }, 1)).toEqual({ year: 2027, month: 1, day: 15 });
  });
});

describe('monthLoadRange', () => {
  it('loads the grid days as Amsterdam day bounds and themes from 8 weeks before', () => {
    const range = monthLoadRange(monthGrid(2026, 11));
    // 26 Oct 2026 00:00 CET (summer time ended on the 25th) .. 7 Dec 00:00 CET.
    expect(range.from.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(range.to.toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(range.fromWeek).toBe('2026-W36');
    expect(range.toWeek).toBe('2026-W49');
  });

  it('crosses the year for January 2027 and uses summer time where it applies', () => {
    const january = monthLoadRange(monthGrid(2027, 1));
    expect(january.fromWeek).toBe('2026-W45');
    expect(january.toWeek).toBe('2027-W04');
    const april = monthLoadRange(monthGrid(2026, 4));
    // 30 March 2026 00:00 CEST.
    expect(april.from.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});
