/**
 * The small-group rule of the participation figures (docs/participation-privacy.md):
 * 1. every figure of 1–4 people is hidden as "< 5" ('small'); 0 is shown;
 * 2. while the published lines still pin a hidden figure of 1–4 to one value (checked exactly by
 *    feasibility.canVary, with "< 5" = 1..4, a protecting hide = 5..∞, withheld = 0..∞), hide the
 *    smallest shown figure of 5 or more in a line of that figure ('protect'); never-shown figures
 *    (the private remainder) go first because hiding them costs nothing on screen;
 * 3. if no such figure is left nearby, withhold those lines entirely ('withheld').
 * A year is cut into parts that share only numbers known to everybody, so each part is checked on
 * its own (suppressYear): the trend (months, quarters, year with the private remainder and the public
 * total), then each breakdown as a table of quarters × categories whose column totals are known.
 */
import { canVary, Domain, Line } from './feasibility';

export const SMALL_GROUP = 5;

/** 'small' = shown as "< 5"; 'protect' = hidden to protect another figure (so 0 or 5 or more); 'withheld' = not published. */
export type Hidden = 'small' | 'protect' | 'withheld';

/** A published figure: its value, or why it is hidden. */
export type Published = number | Hidden;

export interface RuleEntry {
  value: number;
  /** Never displayed (private remainder, public total, merged quarters): hiding it costs nothing on screen. */
  unlisted?: boolean;
  /** Not published at all, whatever its value. */
  withheld?: boolean;
  /** Lower is hidden first when protecting; default 0 for unlisted entries, 2 for shown ones. */
  preference?: number;
  /**
   * Published by an earlier stage (publication.ts): kept exactly as it was, never hidden to protect
   * another figure — a view published earlier cannot be taken back, so later views must live with it.
   */
  frozen?: Hidden | 'shown';
  /** An upper bound everyone knows (places offered bound the places taken in them). */
  cap?: number;
}

export function isSmall(value: number): boolean {
  return value > 0 && value < SMALL_GROUP;
}

/** What someone who knows the rule learns of an entry from how it is published. */
export function domainOf(value: number, hidden: Hidden | undefined): Domain {
  if (hidden === undefined) return { lo: value, hi: value };
  if (hidden === 'small') return { lo: 1, hi: SMALL_GROUP - 1 };
  return hidden === 'protect' ? { lo: SMALL_GROUP, hi: Infinity } : { lo: 0, hi: Infinity };
}

/** What an attacker knows of an entry: its published domain, cut by a known upper bound. */
function boundedDomain(value: number, hidden: Hidden | undefined, cap: number | undefined): Domain {
  const d = domainOf(value, hidden);
  return cap === undefined ? d : { lo: d.lo, hi: Math.min(d.hi, Math.max(cap, value)) };
}

/** The first hidden entry of 1–4 people that the lines pin to its true value; -1 when none. */
export function pinnedSmall(
  values: ReadonlyArray<number>,
  hidden: ReadonlyArray<Hidden | undefined>,
  lines: ReadonlyArray<Line>,
  caps: ReadonlyArray<number | undefined> = []
): number {
  const vary = canVary(values, values.map((v, e) => boundedDomain(v, hidden[e], caps[e])), lines);
  return values.findIndex((v, e) => hidden[e] !== undefined && isSmall(v) && !vary[e]);
}

function linesPerEntry(count: number, lines: ReadonlyArray<Line>): number[][] {
  const of: number[][] = Array.from({ length: count }, () => []);
  lines.forEach((line, l) => {
    for (const e of line.parts) of[e].push(l);
    if (line.total !== null) of[line.total].push(l);
  });
  return of;
}

function entriesOf(line: Line): number[] {
  return line.total === null ? line.parts.slice() : line.parts.concat([line.total]);
}

interface Search {
  entries: ReadonlyArray<RuleEntry>;
  hidden: Array<Hidden | undefined>;
  lines: ReadonlyArray<Line>;
  of: number[][];
}

function preferenceOf(entry: RuleEntry): number {
  return entry.preference ?? (entry.unlisted ? 0 : 2);
}

/** The best shown entry of 5 or more in the given lines (a 0 cannot protect: "0 or ≥ 5" would not be an interval). */
function bestIn(s: Search, lineIds: ReadonlyArray<number>): number {
  let best = -1;
  for (const l of lineIds) {
    for (const e of entriesOf(s.lines[l])) {
      if (s.hidden[e] !== undefined || s.entries[e].value < SMALL_GROUP || s.entries[e].frozen !== undefined) continue;
      const a = s.entries[e];
      const b = best < 0 ? null : s.entries[best];
      if (!b || preferenceOf(a) < preferenceOf(b) || (preferenceOf(a) === preferenceOf(b) && a.value < b.value)) best = e;
    }
  }
  return best;
}

/** Lines around a pinned entry, nearest first (through hidden entries); the entry to hide, or the lines searched. */
function findProtection(s: Search, pinned: number): { entry: number; searched: number[] } {
  const seen = new Set<number>(s.of[pinned]);
  let layer = s.of[pinned].slice();
  while (layer.length > 0) {
    const entry = bestIn(s, layer);
    if (entry >= 0) return { entry, searched: [] };
    const next: number[] = [];
    for (const l of layer) {
      for (const e of entriesOf(s.lines[l])) {
        if (s.hidden[e] === undefined) continue;
        for (const m of s.of[e]) {
          if (!seen.has(m)) {
            seen.add(m);
            next.push(m);
          }
        }
      }
    }
    layer = next;
  }
  return { entry: -1, searched: Array.from(seen) };
}

function initialKind(e: RuleEntry): Hidden | undefined {
  if (e.frozen !== undefined) return e.frozen === 'shown' ? undefined : e.frozen;
  return e.withheld ? 'withheld' : isSmall(e.value) ? 'small' : undefined;
}

/**
 * Applies the rule to one part of the figures; the lines must hold for the true values. Frozen
 * entries keep their kind; only the others are hidden or withheld to protect a pinned figure.
 */
export function suppress(entries: ReadonlyArray<RuleEntry>, lines: ReadonlyArray<Line>): Array<Hidden | undefined> {
  const hidden: Array<Hidden | undefined> = entries.map(initialKind);
  const s: Search = { entries, hidden, lines, of: linesPerEntry(entries.length, lines) };
  const values = entries.map((e) => e.value);
  const caps = entries.map((e) => e.cap);
  for (let pinned = pinnedSmall(values, hidden, lines, caps); pinned >= 0; pinned = pinnedSmall(values, hidden, lines, caps)) {
    const { entry, searched } = findProtection(s, pinned);
    if (entry >= 0) {
      hidden[entry] = 'protect';
      continue;
    }
    let changed = false;
    for (const l of searched) {
      for (const e of entriesOf(lines[l])) {
        if (hidden[e] !== 'withheld' && entries[e].frozen === undefined) {
          hidden[e] = 'withheld';
          changed = true;
        }
      }
    }
    if (!changed) throw new Error(`The figures pin entry ${pinned} whatever is hidden`);
  }
  return hidden;
}

/** Entry layout of the trend part: months 0–11, quarter totals 12–15, year 16, unlisted 17–21, public totals 22–26. */
const M = 0;
const T = 12;
const U = 17;
const P = 22;

/** The trend part's lines, each entry in at most two (the year total line follows from these). */
export function trendLines(): Line[] {
  const lines: Line[] = [];
  for (let q = 0; q < 4; q++) {
    lines.push({ parts: [M + 3 * q, M + 3 * q + 1, M + 3 * q + 2], total: T + q });
    lines.push({ parts: [P + q, U + q], total: T + q });
  }
  lines.push({ parts: [U, U + 1, U + 2, U + 3], total: U + 4 });
  lines.push({ parts: [P, P + 1, P + 2, P + 3], total: P + 4 });
  lines.push({ parts: [P + 4, U + 4], total: T + 4 });
  return lines;
}

/** A rate (fill rate = places taken / places offered) is shown only when its numerator is. */
export function rateFollowing(numerator: Published, rate: number | null): number | null | Hidden {
  return typeof numerator === 'number' ? rate : numerator;
}
