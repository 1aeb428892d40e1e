/**
 * An attacker that shares no code with the rule: it knows every published number, what each hidden
 * kind means ("< 5" = 1..4, protect = 5 or more, withheld = 0 or more), all the sums that link the
 * published figures (the raw ones, redundant included), and an upper bound (the year total × 2 + 10).
 * It searches ALL integer assignments of the unknowns (branch on a domain half, prune by bounds) for
 * one that is consistent with everything and gives the target another value than the true one.
 */
import { Published, SMALL_GROUP } from '../../../../src/core/participation/smallGroups';
import { suppressYear, YearInput, YearOutput } from './yearRule';

/** sum(plus) = sum(minus) */
export interface Equation {
  plus: number[];
  minus: number[];
}

export interface Model {
  names: string[];
  truth: number[];
  lo: number[];
  hi: number[];
  equations: Equation[];
}

/** Bounds propagation with a work list: only equations touching a narrowed variable are looked at again. */
function propagate(lo: number[], hi: number[], eqs: ReadonlyArray<Equation>, touching: ReadonlyArray<ReadonlyArray<number>>): boolean {
  const queued = new Array<boolean>(eqs.length).fill(true);
  const queue = eqs.map((_, i) => i);
  while (queue.length > 0) {
    const i = queue.pop() as number;
    queued[i] = false;
    const eq = eqs[i];
    for (const [own, other] of [
      [eq.plus, eq.minus],
      [eq.minus, eq.plus]
    ]) {
      let ownLo = 0;
      let ownHi = 0;
      let otherLo = 0;
      let otherHi = 0;
      for (const v of own) (ownLo += lo[v]), (ownHi += hi[v]);
      for (const v of other) (otherLo += lo[v]), (otherHi += hi[v]);
      for (const v of own) {
        const newHi = Math.min(hi[v], otherHi - (ownLo - lo[v]));
        const newLo = Math.max(lo[v], otherLo - (ownHi - hi[v]));
        if (newLo > newHi) return false;
        if (newLo !== lo[v] || newHi !== hi[v]) {
          ownLo += newLo - lo[v];
          ownHi += newHi - hi[v];
          lo[v] = newLo;
          hi[v] = newHi;
          for (const j of touching[v]) if (!queued[j]) (queued[j] = true), queue.push(j);
        }
      }
    }
  }
  return true;
}

function touchingOf(count: number, eqs: ReadonlyArray<Equation>): number[][] {
  const touching: number[][] = Array.from({ length: count }, () => []);
  eqs.forEach((eq, i) => eq.plus.concat(eq.minus).forEach((v) => touching[v].push(i)));
  return touching;
}

/** Is there an integer assignment within [lo, hi] that satisfies every equation? (complete search) */
export function feasible(lo0: ReadonlyArray<number>, hi0: ReadonlyArray<number>, eqs: ReadonlyArray<Equation>, touching = touchingOf(lo0.length, eqs)): boolean {
  const lo = lo0.slice();
  const hi = hi0.slice();
  if (!propagate(lo, hi, eqs, touching)) return false;
  let pick = -1;
  for (let v = 0; v < lo.length; v++) if (hi[v] > lo[v] && (pick < 0 || hi[v] - lo[v] < hi[pick] - lo[pick])) pick = v;
  if (pick < 0) return true; // all fixed and propagation found no violation: every equation holds
  const mid = Math.floor((lo[pick] + hi[pick]) / 2);
  const hiA = hi.slice();
  hiA[pick] = mid;
  if (feasible(lo, hiA, eqs, touching)) return true;
  const loB = lo.slice();
  loB[pick] = mid + 1;
  return feasible(loB, hi, eqs, touching);
}

/** Can the target take a value other than its true one? */
export function canDiffer(m: Model, target: number): boolean {
  const t = m.truth[target];
  const below = m.hi.slice();
  below[target] = t - 1;
  const above = m.lo.slice();
  above[target] = t + 1;
  const touching = touchingOf(m.lo.length, m.equations);
  return (t - 1 >= m.lo[target] && feasible(m.lo, below, m.equations, touching)) || (t + 1 <= m.hi[target] && feasible(above, m.hi, m.equations, touching));
}

/** The entries of 1–4 people, hidden or not, that the attacker pins (or sees). Empty = the rule held. */
export function recoveredSmall(m: Model): string[] {
  return m.truth.map((t, v) => (t > 0 && t < SMALL_GROUP && !canDiffer(m, v) ? `${m.names[v]}=${t}` : '')).filter((s) => s !== '');
}

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0);

/** The attacker's model of one published year: every unknown, its domain, and the raw sums. */
export function modelOf(input: YearInput, out: YearOutput): Model {
  const m: Model = { names: [], truth: [], lo: [], hi: [], equations: [] };
  const quarterTotals = [0, 1, 2, 3].map((q) => sum(input.months.slice(3 * q, 3 * q + 3)));
  const cap = 2 * sum(input.months) + 10;
  const add = (name: string, truth: number, p: Published): number => {
    const [lo, hi] = typeof p === 'number' ? [p, p] : p === 'small' ? [1, SMALL_GROUP - 1] : p === 'protect' ? [SMALL_GROUP, cap] : [0, cap];
    if (typeof p === 'number' && p !== truth) throw new Error(`${name} published ${p}, truth ${truth}`);
    m.names.push(name);
    m.truth.push(truth);
    m.lo.push(lo);
    m.hi.push(hi);
    return m.names.length - 1;
  };
  const eq = (plus: number[], minus: number[]): void => void m.equations.push({ plus, minus });
  const months = input.months.map((v, i) => add(`month${i + 1}`, v, out.months[i]));
  const quarters = quarterTotals.map((v, q) => add(`Q${q + 1}`, v, out.quarters[q]));
  const year = add('year', sum(quarterTotals), out.year);
  const unlistedTruth = input.unlisted.concat([sum(input.unlisted)]);
  const unlisted = unlistedTruth.map((v, i) => add(`unlisted${i < 4 ? `Q${i + 1}` : 'Year'}`, v, out.unlisted[i]));
  const totals = quarters.concat([year]);
  const publicTotals = unlistedTruth.map((u, i) => add(`public${i < 4 ? `Q${i + 1}` : 'Year'}`, m.truth[totals[i]] - u, out.publicTotals[i]));
  quarters.forEach((t, q) => eq(months.slice(3 * q, 3 * q + 3), [t]));
  eq(quarters, [year]);
  eq(months, [year]);
  eq(unlisted.slice(0, 4), [unlisted[4]]);
  eq(publicTotals.slice(0, 4), [publicTotals[4]]);
  totals.forEach((t, i) => eq([publicTotals[i], unlisted[i]], [t]));
  input.breakdowns.forEach((b, k) => {
    const o = out.breakdowns[k];
    const cells = b.quarters.map((row, c) => row.map((v, q) => add(`${b.name}:${b.categories[c]}:Q${q + 1}`, v, o.quarters[c][q])));
    const years = b.quarters.map((row, c) => add(`${b.name}:${b.categories[c]}:year`, sum(row), o.year[c]));
    [0, 1, 2, 3].forEach((q) => eq(cells.map((row) => row[q]), [publicTotals[q]]));
    eq(years, [publicTotals[4]]);
    cells.forEach((row, c) => eq(row, [years[c]]));
  });
  return m;
}

/** Seeded, so a failure names its case and can be replayed. */
function generator(seed: number): (n: number) => number {
  let s = seed;
  return (n: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

/**
 * A realistic year: per month and category of a first breakdown, counts 0–15 (often small); a second
 * breakdown re-splits each month's public count over 3–6 other categories; sometimes private activities.
 */
export function randomYear(seed: number): YearInput {
  const random = generator(seed);
  const scale = [3, 6, 16][random(3)]; // small figures (late cancellations) up to sign-ups
  const count = (): number => (random(3) === 0 ? 0 : random(scale));
  const cats1 = 3 + random(4);
  const cats2 = 3 + random(4);
  const withPrivate = random(2) === 0;
  const b1 = Array.from({ length: cats1 }, () => [0, 0, 0, 0]);
  const b2 = Array.from({ length: cats2 }, () => [0, 0, 0, 0]);
  const months: number[] = [];
  const unlisted = [0, 0, 0, 0];
  for (let m = 0; m < 12; m++) {
    const q = Math.floor(m / 3);
    let total = 0;
    for (let c = 0; c < cats1; c++) {
      const v = count();
      b1[c][q] += v;
      total += v;
    }
    for (let i = 0; i < total; i++) b2[random(cats2)][q] += 1;
    const privately = withPrivate && random(3) === 0 ? 1 + random(4) : 0;
    unlisted[q] += privately;
    months.push(total + privately);
  }
  const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `c${i}`);
  return { months, unlisted, breakdowns: [{ name: 'pillar', categories: names(cats1), quarters: b1 }, { name: 'department', categories: names(cats2), quarters: b2 }] };
}

/** Runs the rule and the attacker over seeds first..last; returns what the cases contained. */
export function attackSeeds(first: number, last: number): { hiddenSmall: number; protects: number } {
  let hiddenSmall = 0;
  let protects = 0;
  for (let seed = first; seed <= last; seed++) {
    const input = randomYear(seed);
    const model = modelOf(input, suppressYear(input));
    hiddenSmall += model.truth.filter((t, v) => t > 0 && t < SMALL_GROUP && model.lo[v] !== model.hi[v]).length;
    protects += model.lo.filter((lo, v) => lo === SMALL_GROUP && model.hi[v] > SMALL_GROUP).length;
    expect({ seed, recovered: recoveredSmall(model) }).toEqual({ seed, recovered: [] });
  }
  return { hiddenSmall, protects };
}
