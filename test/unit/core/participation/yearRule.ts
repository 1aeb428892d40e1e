/**
 * The rule over one year of one additive figure, all periods at once (no stages): the harness the
 * hand-checked cases and the first attacker run against. The product publishes through
 * src/core/participation/publication.ts (the same parts, in stages); this keeps the parts' rule
 * tested on its own.
 */
import { Line } from '../../../../src/core/participation/feasibility';
import { Hidden, Published, RuleEntry, suppress, trendLines } from '../../../../src/core/participation/smallGroups';

function published(value: number, hidden: Hidden | undefined): Published {
  return hidden ?? value;
}

// ---------------------------------------------------------------------------------------------
// One year of one additive figure (sign-ups, cancellations, …).

export interface BreakdownInput {
  name: string;
  categories: string[];
  /** quarters[category][q], q = 0..3: public activities only; the private ones are the year's unlisted remainder. */
  quarters: number[][];
}

export interface YearInput {
  /** The 12 month totals, private activities included. */
  months: number[];
  /** Per quarter: the private activities together (in the totals, never a cell). */
  unlisted: number[];
  breakdowns: BreakdownInput[];
}

export interface BreakdownOutput {
  name: string;
  categories: string[];
  quarters: Published[][];
  year: Published[];
}

export interface YearOutput {
  months: Published[];
  quarters: Published[];
  year: Published;
  /** Never displayed: what the rule assumes is known of the private remainder and the public total (quarters, then the year). */
  unlisted: Published[];
  publicTotals: Published[];
  breakdowns: BreakdownOutput[];
}

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0);

const M = 0;
const T = 12;
const U = 17;
const P = 22;

function trendEntries(input: YearInput): RuleEntry[] {
  const quarter = [0, 1, 2, 3].map((q) => sum(input.months.slice(3 * q, 3 * q + 3)));
  const unlisted = input.unlisted.concat([sum(input.unlisted)]);
  const totals = quarter.concat([sum(quarter)]);
  const shown = (value: number): RuleEntry => ({ value });
  return [
    ...input.months.map(shown),
    ...totals.map(shown),
    ...unlisted.map((value): RuleEntry => ({ value, unlisted: true, preference: 0 })),
    // Hiding a public total withholds that period's breakdowns: after free hides, before shown figures.
    ...totals.map((t, i): RuleEntry => ({ value: t - unlisted[i], unlisted: true, preference: 1 }))
  ];
}

function validate(input: YearInput): void {
  const all = input.months.concat(input.unlisted, ...input.breakdowns.map((b) => ([] as number[]).concat(...b.quarters)));
  if (input.months.length !== 12 || input.unlisted.length !== 4) throw new RangeError('A year has 12 months and 4 unlisted quarter values');
  if (!all.every((v) => Number.isInteger(v) && v >= 0)) throw new RangeError('Figures are whole numbers ≥ 0');
  for (const b of input.breakdowns) {
    for (let q = 0; q < 4; q++) {
      const publicTotal = sum(input.months.slice(3 * q, 3 * q + 3)) - input.unlisted[q];
      if (b.quarters.length !== b.categories.length || sum(b.quarters.map((row) => row[q])) !== publicTotal) {
        throw new RangeError(`Breakdown ${b.name} does not add up to the public total of quarter ${q + 1}`);
      }
    }
  }
}

/**
 * One breakdown as a table: rows = categories; columns = the quarters whose public total is known,
 * one never-shown "rest" column for the others (its total is known: year − known quarters), and the
 * year. Every column total is a known number, so this table shares nothing unknown with other parts.
 */
function suppressBreakdown(b: BreakdownInput, knownQuarter: boolean[], yearKnown: boolean): BreakdownOutput {
  const entries: RuleEntry[] = [];
  const lines: Line[] = [];
  const add = (e: RuleEntry): number => entries.push(e) - 1;
  const quarters = [0, 1, 2, 3].filter((q) => knownQuarter[q]);
  const cell = b.quarters.map((row) => row.map((v, q) => (knownQuarter[q] ? add({ value: v }) : -1)));
  for (const q of quarters) lines.push({ parts: cell.map((row) => row[q]), total: null });
  let year: number[] = [];
  if (yearKnown) {
    year = b.quarters.map((row) => add({ value: sum(row) }));
    lines.push({ parts: year, total: null });
    const restNeeded = quarters.length < 4;
    const rest = b.quarters.map((row) => (restNeeded ? add({ value: sum(row.filter((_, q) => !knownQuarter[q])), unlisted: true, withheld: true }) : -1));
    if (restNeeded) lines.push({ parts: rest, total: null });
    b.quarters.forEach((_, c) => lines.push({ parts: quarters.map((q) => cell[c][q]).concat(restNeeded ? [rest[c]] : []), total: year[c] }));
  }
  const hidden = suppress(entries, lines);
  return {
    name: b.name,
    categories: b.categories.slice(),
    quarters: cell.map((row) => row.map((e) => (e < 0 ? 'withheld' : published(entries[e].value, hidden[e])))),
    year: b.quarters.map((_, c) => (yearKnown ? published(entries[year[c]].value, hidden[year[c]]) : 'withheld'))
  };
}

/** The rule for one year of one additive figure: the trend, then every breakdown of its quarters and the year. */
export function suppressYear(input: YearInput): YearOutput {
  validate(input);
  const entries = trendEntries(input);
  const hidden = suppress(entries, trendLines());
  const out = (from: number, count: number): Published[] => entries.slice(from, from + count).map((e, i) => published(e.value, hidden[from + i]));
  const publicTotals = out(P, 5);
  const knownQuarter = publicTotals.slice(0, 4).map((v) => typeof v === 'number');
  const yearKnown = typeof publicTotals[4] === 'number';
  return {
    months: out(M, 12),
    quarters: out(T, 4),
    year: out(T + 4, 1)[0],
    unlisted: out(U, 5),
    publicTotals,
    breakdowns: input.breakdowns.map((b) => suppressBreakdown(b, knownQuarter, yearKnown))
  };
}

