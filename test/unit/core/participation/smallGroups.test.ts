import { Published, rateFollowing } from '../../../../src/core/participation/smallGroups';
import { suppressYear, YearInput, YearOutput } from './yearRule';
import { modelOf, recoveredSmall } from './attacker';

const big = [20, 22, 25, 18, 30, 27, 15, 12, 26, 31, 24, 19];

/** A year whose months are the given totals, with one breakdown split as given (rows = categories, columns = quarters). */
function year(months: number[], unlisted: number[], ...breakdowns: Array<{ name: string; quarters: number[][] }>): YearInput {
  return { months, unlisted, breakdowns: breakdowns.map((b) => ({ ...b, categories: b.quarters.map((_, i) => `c${i}`) })) };
}

const quarterTotals = (months: number[]): number[] => [0, 1, 2, 3].map((q) => months[3 * q] + months[3 * q + 1] + months[3 * q + 2]);

/** The split of quarter totals over categories: the first rows given, the last row the rest. */
function split(months: number[], unlisted: number[], first: number[][]): number[][] {
  const totals = quarterTotals(months).map((t, q) => t - unlisted[q]);
  const rest = totals.map((t, q) => t - first.reduce((a, row) => a + row[q], 0));
  return first.concat([rest]);
}

function expectSafe(input: YearInput): YearOutput {
  const out = suppressYear(input);
  expect(recoveredSmall(modelOf(input, out))).toEqual([]);
  return out;
}

const isNumber = (p: Published): p is number => typeof p === 'number';

describe('suppressYear: hand-checked cases', () => {
  it('shows a year without small groups as it is', () => {
    const input = year(big, [0, 0, 0, 0], { name: 'pillar', quarters: split(big, [0, 0, 0, 0], [[30, 40, 20, 35]]) });
    const out = expectSafe(input);
    expect(out.months).toEqual(big);
    expect(out.quarters).toEqual([67, 75, 53, 74]);
    expect(out.year).toBe(269);
    expect(out.breakdowns[0].quarters).toEqual([[30, 40, 20, 35], [37, 35, 33, 39]]);
    expect(out.breakdowns[0].year).toEqual([125, 144]);
  });

  it('hides a 3 and stops "quarter total − other cells" and "year − other quarters"', () => {
    const q = split(big, [0, 0, 0, 0], [[3, 12, 9, 14], [25, 30, 20, 28]]);
    const out = expectSafe(year(big, [0, 0, 0, 0], { name: 'activity', quarters: q }));
    const b = out.breakdowns[0];
    expect(b.quarters[0][0]).toBe('small');
    // Subtraction in its column: Q1 public total 67 − the other cells of Q1.
    expect(b.quarters.filter((row) => !isNumber(row[0])).length).toBeGreaterThanOrEqual(2);
    // Subtraction in its row: the year of c0 − its other quarters.
    expect([...b.quarters[0].slice(1), b.year[0]].some((p) => !isNumber(p))).toBe(true);
    // The protecting hides are the smallest shown figures of 5 or more in those lines.
    expect(b.quarters[0][2]).toBe('protect'); // 9 in c0's row
  });

  it('two "< 5" cells whose hidden sum would be 2 get a third hide: otherwise both are 1', () => {
    const months = [10, 10, 12, 20, 20, 20, 20, 20, 20, 20, 20, 20];
    const q = split(months, [0, 0, 0, 0], [[1, 20, 20, 20], [1, 20, 20, 20]]);
    const out = expectSafe(year(months, [0, 0, 0, 0], { name: 'shape', quarters: q }));
    const column = out.breakdowns[0].quarters.map((row) => row[0]);
    expect(column).toEqual(['small', 'small', 'protect']);
  });

  it('a small month total: "quarter − other months" does not give it away', () => {
    const months = big.slice();
    months[1] = 2;
    const out = expectSafe(year(months, [0, 0, 0, 0]));
    expect(out.months[1]).toBe('small');
    expect([out.months[0], out.months[2], out.quarters[0]].filter((p) => !isNumber(p)).length).toBeGreaterThanOrEqual(1);
  });

  it('private activities: a remainder of 3 cannot be read as "total − the listed cells" in any breakdown', () => {
    const unlisted = [3, 0, 0, 0];
    const pillar = split(big, unlisted, [[30, 40, 20, 35]]);
    const department = split(big, unlisted, [[10, 10, 10, 10], [20, 25, 15, 30]]);
    const out = expectSafe(year(big, unlisted, { name: 'pillar', quarters: pillar }, { name: 'department', quarters: department }));
    expect(out.unlisted[0]).toBe('small');
    // "Q1 total − Q1's listed cells" needs both shown, in some breakdown.
    for (const b of out.breakdowns) expect(isNumber(out.quarters[0]) && b.quarters.every((row) => isNumber(row[0]))).toBe(false);
    // Nor the year: year total − every category's year figure = the year's private remainder, and
    // that minus the other quarters' remainders (shown as 0 here) would be Q1's 3.
    for (const b of out.breakdowns) expect(b.year.every(isNumber)).toBe(false);
  });

  it('a private remainder of 5 or more is read by subtraction, which is allowed (the rule hides only 1–4)', () => {
    const unlisted = [6, 0, 0, 0];
    const out = expectSafe(year(big, unlisted, { name: 'pillar', quarters: split(big, unlisted, [[30, 40, 20, 35]]) }));
    expect(out.breakdowns[0].quarters[0].every(isNumber)).toBe(true);
    expect(out.unlisted[0]).toBe(6);
  });

  it('a figure with small totals (late cancellations) shows no 1–4 anywhere and lets nothing be worked out', () => {
    const months = [0, 1, 0, 2, 0, 0, 3, 1, 0, 0, 0, 4];
    const unlisted = [0, 1, 0, 0];
    const out = expectSafe(year(months, unlisted, { name: 'pillar', quarters: split(months, unlisted, [[1, 0, 2, 1]]) }));
    const all: Published[] = [...out.months, ...out.quarters, out.year, ...out.breakdowns[0].quarters.flat(), ...out.breakdowns[0].year];
    expect(all.filter((p) => isNumber(p) && p > 0 && p < 5)).toEqual([]);
  });

  it('zeros are shown (they name nobody)', () => {
    const months = big.slice();
    const out = expectSafe(year(months, [0, 0, 0, 0], { name: 'location', quarters: split(months, [0, 0, 0, 0], [[0, 0, 0, 0]]) }));
    expect(out.breakdowns[0].quarters[0]).toEqual([0, 0, 0, 0]);
    expect(out.breakdowns[0].year[0]).toBe(0);
  });

  it('rejects figures that do not add up', () => {
    expect(() => suppressYear(year(big, [0, 0, 0, 0], { name: 'x', quarters: [[1, 1, 1, 1]] }))).toThrow(RangeError);
    expect(() => suppressYear(year(big.slice(0, 11), [0, 0, 0, 0]))).toThrow(RangeError);
    expect(() => suppressYear(year(big.map((v, i) => (i === 0 ? -1 : v)), [0, 0, 0, 0]))).toThrow(RangeError);
  });
});

describe('rateFollowing', () => {
  it('hides a fill rate whose numerator is hidden', () => {
    expect(rateFollowing(12, 0.8)).toBe(0.8);
    expect(rateFollowing('small', 0.2)).toBe('small');
    expect(rateFollowing('protect', 0.5)).toBe('protect');
    expect(rateFollowing(0, null)).toBeNull();
  });
});
