import { customRangeTotal, monthKeyOf, monthsOf, parsePeriod, periodKey, quarterKeyOf, quartersOf } from '../../../../src/core/participation/periods';

describe('periods', () => {
  it('parses and prints month, quarter and year keys, and nothing else', () => {
    expect(parsePeriod('2026-03')).toEqual({ kind: 'month', year: 2026, index: 3 });
    expect(parsePeriod('2026-Q4')).toEqual({ kind: 'quarter', year: 2026, index: 4 });
    expect(parsePeriod('2026')).toEqual({ kind: 'year', year: 2026, index: 0 });
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-01-01', '26-01', '2026-1', '2026/01']) expect(parsePeriod(bad)).toBeNull();
    for (const key of ['2026-01', '2026-12', '2026-Q1', '2026']) expect(periodKey(parsePeriod(key)!)).toBe(key);
  });

  it('knows which months make a quarter and a year', () => {
    expect(monthsOf('2026-Q2')).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(monthsOf('2026')).toHaveLength(12);
    expect(monthsOf('2026')[11]).toBe('2026-12');
    expect(monthsOf('2026-07')).toEqual(['2026-07']);
    expect(quartersOf('2026')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(quarterKeyOf('2026-03')).toBe('2026-Q1');
    expect(quarterKeyOf('2026-10')).toBe('2026-Q4');
    expect(() => quartersOf('2026-Q1')).toThrow(RangeError);
    expect(() => monthsOf('next year')).toThrow(RangeError);
  });

  it('puts an instant in its Amsterdam calendar month, not its UTC month', () => {
    expect(monthKeyOf(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04'); // 00:30 CEST on 1 April
    expect(monthKeyOf(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01'); // 00:30 CET on 1 January
    expect(monthKeyOf(new Date('2026-03-31T21:30:00Z'))).toBe('2026-03');
  });

  it('gives a custom range total only when every month total inside it is shown', () => {
    const shown: { [k: string]: number | null } = { '2026-01': 12, '2026-02': 9, '2026-03': null };
    expect(customRangeTotal(['2026-01', '2026-02'], (k) => shown[k])).toBe(21);
    expect(customRangeTotal(['2026-01', '2026-02', '2026-03'], (k) => shown[k])).toBeNull();
  });
});
