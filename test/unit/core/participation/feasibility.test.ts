import { canVary, Domain, Line } from '../../../../src/core/participation/feasibility';
import { feasible } from './attacker';

const shown = (v: number): Domain => ({ lo: v, hi: v });
const small: Domain = { lo: 1, hi: 4 };
const protect: Domain = { lo: 5, hi: Infinity };
const withheld: Domain = { lo: 0, hi: Infinity };

describe('canVary (the exact check)', () => {
  it('one hidden entry in a line with a known total is found by subtraction', () => {
    // 3 + 7 = 10 (constant total): 10 - 7 = 3.
    const lines: Line[] = [{ parts: [0, 1], total: null }];
    expect(canVary([3, 7], [small, shown(7)], lines)).toEqual([false, false]);
    expect(canVary([3, 7], [small, protect], lines)).toEqual([true, true]);
  });

  it('two hidden "< 5" entries whose hidden sum is 2 are both 1 (the bound pins them)', () => {
    // 1 + 1 + 10 = 12: the attacker knows the two "< 5" add up to 2, and each is at least 1.
    const lines: Line[] = [{ parts: [0, 1, 2], total: 3 }];
    expect(canVary([1, 1, 10, 12], [small, small, shown(10), shown(12)], lines)).toEqual([false, false, false, false]);
    expect(canVary([1, 1, 10, 12], [small, small, protect, shown(12)], lines)).toEqual([true, true, true, false]);
  });

  it('a protecting hide of exactly 5 next to a hidden 1 is pinned: 1 + 5 = 6 with the 1 at least 1 and the 5 at least 5', () => {
    const lines: Line[] = [{ parts: [0, 1], total: null }];
    expect(canVary([1, 5], [small, protect], lines)).toEqual([false, false]);
    expect(canVary([1, 5], [withheld, withheld], lines)).toEqual([true, true]);
  });

  it('a 2 × 2 block hidden in a table with shown margins can move round its cycle', () => {
    // rows a, b; columns Q1, Q2, year. a: 3 + 8 = 11, b: 9 + 6 = 15; column totals 12, 14, 26 are constants.
    const values = [3, 8, 11, 9, 6, 15];
    const lines: Line[] = [
      { parts: [0, 1], total: 2 },
      { parts: [3, 4], total: 5 },
      { parts: [0, 3], total: null },
      { parts: [1, 4], total: null },
      { parts: [2, 5], total: null }
    ];
    const allShown = values.map(shown);
    const block = [small, protect, shown(11), protect, protect, shown(15)];
    expect(canVary(values, block, lines)).toEqual([true, true, false, true, true, false]);
    // Hiding only the 3 and its year total: the Q1 column (12 - 9) gives it away.
    expect(canVary(values, [small, shown(8), protect, ...allShown.slice(3)], lines)).toEqual([false, false, false, false, false, false]);
  });

  it('agrees with the brute-force search on random single lines', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let n = 0; n < 300; n++) {
      const parts = Array.from({ length: 2 + random(4) }, () => random(12));
      const total = parts.reduce((a, b) => a + b, 0);
      const values = parts.concat([total]);
      const domains = values.map((v): Domain => (v > 0 && v < 5 ? small : random(3) === 0 ? (v === 0 ? withheld : protect) : shown(v)));
      const lines: Line[] = [{ parts: parts.map((_, i) => i), total: parts.length }];
      const fast = canVary(values, domains, lines);
      const cap = 2 * total + 10;
      values.forEach((v, e) => {
        const lo = domains.map((d) => d.lo);
        const hi = domains.map((d) => Math.min(d.hi, cap));
        const eqs = [{ plus: parts.map((_, i) => i), minus: [parts.length] }];
        const below = hi.slice();
        below[e] = v - 1;
        const above = lo.slice();
        above[e] = v + 1;
        const slow = (v - 1 >= lo[e] && feasible(lo, below, eqs)) || (v + 1 <= hi[e] && feasible(above, hi, eqs));
        expect({ values, e, fast: fast[e] }).toEqual({ values, e, fast: slow });
      });
    }
  });

  it('refuses systems it cannot check exactly', () => {
    // An entry in three lines (a total shared by three breakdowns).
    const lines: Line[] = [
      { parts: [0], total: 3 },
      { parts: [1], total: 3 },
      { parts: [2], total: 3 }
    ];
    expect(() => canVary([5, 5, 5, 5], [protect, protect, protect, protect], lines)).toThrow(RangeError);
    // Lines that cannot be signed as a network: three parts pairwise shared (an odd cycle of "same sign").
    const odd: Line[] = [
      { parts: [0, 1], total: null },
      { parts: [1, 2], total: null },
      { parts: [2, 0], total: null }
    ];
    expect(() => canVary([5, 5, 5], [protect, protect, protect], odd)).toThrow(RangeError);
  });
});
