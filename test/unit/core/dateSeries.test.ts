import { duplicateDates, isWeeklySeries, sortedUniqueDates } from '../../../src/core/activities/dateSeries';
import { weeklyDates } from '../../../src/core/activities/sessions';

describe('dateSeries', () => {
  it('recognises "first date + weeks" as a regular weekly series, also over month, year and DST changes', () => {
    expect(isWeeklySeries(['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24'])).toBe(true);
    expect(isWeeklySeries(['2026-12-24', '2026-12-31', '2027-01-07'])).toBe(true);
    expect(isWeeklySeries(weeklyDates('2027-03-21', 3))).toBe(true);
    expect(isWeeklySeries(['2026-12-03'])).toBe(true);
  });

  it('calls a skipped week, an extra date, a duplicate, a wrong order or a bad date irregular', () => {
    // 17 December skipped for a holiday.
    expect(isWeeklySeries(['2026-12-03', '2026-12-10', '2026-12-24', '2026-12-31'])).toBe(false);
    expect(isWeeklySeries(['2026-12-03', '2026-12-10', '2026-12-11'])).toBe(false);
    expect(isWeeklySeries(['2026-12-03', '2026-12-03'])).toBe(false);
    expect(isWeeklySeries(['2026-12-10', '2026-12-03'])).toBe(false);
    expect(isWeeklySeries(['2026-12-03', '2026-02-30'])).toBe(false);
    expect(isWeeklySeries(['x'])).toBe(false);
    expect(isWeeklySeries([])).toBe(false);
  });

  it('sorts a list ascending and drops duplicates', () => {
    expect(sortedUniqueDates(['2026-12-24', '2026-12-03', '2026-12-24', '2026-12-10'])).toEqual(['2026-12-03', '2026-12-10', '2026-12-24']);
    expect(sortedUniqueDates(['2027-01-07', '2026-12-31'])).toEqual(['2026-12-31', '2027-01-07']);
    expect(sortedUniqueDates([])).toEqual([]);
  });

  it('reports each repeated date once', () => {
    expect(duplicateDates(['2026-12-03', '2026-12-10', '2026-12-03', '2026-12-03', '2026-12-10'])).toEqual(['2026-12-03', '2026-12-10']);
    expect(duplicateDates(['2026-12-03', '2026-12-10'])).toEqual([]);
  });
});
