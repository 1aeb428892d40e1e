import { isoWeeksOfMonth, nextTheme, planMonthThemes } from '../../../../src/core/contentCalendar/themePlan';
import { theme } from './fixtures';

describe('isoWeeksOfMonth', () => {
  it('gives a month the weeks whose Thursday lies in it', () => {
    // 1 Nov 2026 is a Sunday: W44 (26 Oct..1 Nov) has its Thursday in October.
    expect(isoWeeksOfMonth(2026, 11).map((w) => w.isoWeek)).toEqual([45, 46, 47, 48]);
    // W53 of 2026 (28 Dec..3 Jan) belongs to December, not January 2027.
    expect(isoWeeksOfMonth(2026, 12)).toEqual([49, 50, 51, 52, 53].map((n) => ({ isoYear: 2026, isoWeek: n })));
    expect(isoWeeksOfMonth(2027, 1)).toEqual([1, 2, 3, 4].map((n) => ({ isoYear: 2027, isoWeek: n })));
    // 30 Dec 2024 .. 5 Jan 2025 is 2025-W01 with its Thursday on 2 Jan: January's.
    expect(isoWeeksOfMonth(2024, 12).map((w) => w.isoWeek)).toEqual([49, 50, 51, 52]);
    expect(isoWeeksOfMonth(2025, 1)[0]).toEqual({ isoYear: 2025, isoWeek: 1 });
  });

  it('plans every week of 2026 exactly once over the twelve months', () => {
    const all: number[] = [];
    for (let month = 1; month <= 12; month++) {
      isoWeeksOfMonth(2026, month).forEach((w) => {
        expect(w.isoYear).toBe(2026);
        all.push(w.isoWeek);
      });
    }
    expect(all).toEqual(Array.from({ length: 53 }, (_, i) => i + 1));
  });
});

describe('planMonthThemes', () => {
  it('continues the rotation from the last planned week and keeps existing plans', () => {
    const w46 = theme(2, 2026, 46, 'voeding');
    const plan = planMonthThemes(2026, 11, [theme(1, 2026, 44, 'werkomgeving'), w46]);
    expect(plan.map((w) => [w.key, w.theme, w.existing ? w.existing.id : null])).toEqual([
      ['2026-W45', 'motivatie', null],
      ['2026-W46', 'voeding', 2],
      ['2026-W47', 'werkomgeving', null],
      ['2026-W48', 'motivatie', null]
    ]);
    expect(plan[0]).toMatchObject({ monday: '2026-11-02', sunday: '2026-11-08' });
    expect(plan[1].existing).toBe(w46);
  });

  it('crosses the year: December 2026 with W53, then January 2027 from previous themes', () => {
    const december = planMonthThemes(2026, 12, [theme(1, 2026, 48, 'fysiek')]);
    expect(december.map((w) => w.theme)).toEqual(['mentaal', 'voeding', 'werkomgeving', 'motivatie', 'fysiek']);
    expect(december[4]).toMatchObject({ key: '2026-W53', monday: '2026-12-28', sunday: '2027-01-03' });
    const january = planMonthThemes(2027, 1, [], ['motivatie', 'fysiek']);
    expect(january.map((w) => w.theme)).toEqual(['mentaal', 'voeding', 'werkomgeving', 'motivatie']);
  });

  it('prefers stored weeks before the month over `previous`, and starts at fysiek without either', () => {
    expect(planMonthThemes(2027, 1, [theme(1, 2026, 53, 'voeding')], ['fysiek'])[0].theme).toBe('werkomgeving');
    expect(planMonthThemes(2027, 2, []).map((w) => w.theme)).toEqual(['fysiek', 'mentaal', 'voeding', 'werkomgeving']);
  });

  it('ignores stored weeks after the month for the starting point', () => {
    expect(planMonthThemes(2026, 11, [theme(1, 2026, 50, 'mentaal')])[0].theme).toBe('fysiek');
  });

  it('wraps the round robin', () => {
    expect(nextTheme('motivatie')).toBe('fysiek');
    expect(nextTheme('fysiek')).toBe('mentaal');
  });
});
