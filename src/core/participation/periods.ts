/**
 * The fixed periods of the participation figures: calendar months in Europe/Amsterdam ('YYYY-MM'),
 * quarters ('YYYY-Qn') and years ('YYYY'). Figures exist only for these; a free date range would let
 * anyone subtract two published ranges and read a single month (docs/participation-privacy.md).
 */
import { amsterdamDateOf } from '../time/amsterdam';
import { pad } from '../time/calendarDate';

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4; 0 for a year. */
  index: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?$/;

export function periodKey(p: Period): string {
  if (p.kind === 'year') return String(p.year);
  return p.kind === 'quarter' ? `${p.year}-Q${p.index}` : `${p.year}-${pad(p.index, 2)}`;
}

export function parsePeriod(key: string): Period | null {
  const m = PATTERN.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year, index: month } : null;
  }
  if (m[3] !== undefined) return { kind: 'quarter', year, index: Number(m[3]) };
  return { kind: 'year', year, index: 0 };
}

function parseOrThrow(key: string): Period {
  const p = parsePeriod(key);
  if (!p) throw new RangeError(`Not a period key: ${key}`);
  return p;
}

/** The Amsterdam calendar month an instant falls in (a sign-up at 23:30 UTC on 31 March counts for April in summer). */
export function monthKeyOf(instant: Date): string {
  const d = amsterdamDateOf(instant);
  return `${d.year}-${pad(d.month, 2)}`;
}

export function quarterOfMonth(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The quarter a month key belongs to. */
export function quarterKeyOf(monthKey: string): string {
  const p = parseOrThrow(monthKey);
  if (p.kind !== 'month') throw new RangeError(`Not a month key: ${monthKey}`);
  return `${p.year}-Q${quarterOfMonth(p.index)}`;
}

/** The months that make up a period, in order. */
export function monthsOf(key: string): string[] {
  const p = parseOrThrow(key);
  if (p.kind === 'month') return [key];
  const first = p.kind === 'quarter' ? (p.index - 1) * 3 + 1 : 1;
  const count = p.kind === 'quarter' ? 3 : 12;
  return Array.from({ length: count }, (_, i) => `${p.year}-${pad(first + i, 2)}`);
}

/** The quarters of a year, in order. */
export function quartersOf(yearKey: string): string[] {
  const p = parseOrThrow(yearKey);
  if (p.kind !== 'year') throw new RangeError(`Not a year key: ${yearKey}`);
  return [1, 2, 3, 4].map((q) => `${p.year}-Q${q}`);
}

/**
 * The total of a custom range of whole months — only when every month total in it is shown: then it
 * is a sum of published numbers and tells nothing new. Otherwise (or for any breakdown) null.
 */
export function customRangeTotal(monthKeys: ReadonlyArray<string>, shownMonthTotal: (monthKey: string) => number | null): number | null {
  let sum = 0;
  for (const key of monthKeys) {
    const value = shownMonthTotal(key);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}
