/**
 * The tables of the publication (publication.ts): a staged table whose column totals are known
 * numbers, and a table derived from another one by adding its rows up.
 */
import { Line } from './feasibility';
import { PublishedRow } from './publicationTypes';
import { StagedSystem } from './publicationStages';
import { Published } from './smallGroups';

const QUARTERS: ReadonlyArray<number> = [0, 1, 2, 3];

export interface TableInput {
  keys: ReadonlyArray<string>;
  /** The true value of a row in quarter q (0–3); the year is their sum. */
  value: (key: string, quarter: number) => number;
  /** Per column (4 quarters, the year): is the period ready to publish? */
  ready: ReadonlyArray<boolean>;
  /**
   * Per column: is the column's total a number everyone knows (the public sign-ups of the period,
   * or the shown cell of the parent row)? Only then is the column published: the table then
   * shares nothing unknown with any other part of the publication.
   */
  known: ReadonlyArray<boolean>;
  /** A known upper bound of a row's cell in a column (places offered), if any. */
  cap?: (key: string, column: number) => number | undefined;
}

/**
 * One table in stages: each quarter on its own when it is ready (its column total known), then the
 * year, with the quarters that were not published as one never-shown "rest" column (their sum per
 * row is all the year's line gives away, and it is withheld). Cells: 4 quarters, then the year.
 */
export function stagedTable(t: TableInput): PublishedRow[] {
  const cap = t.cap ?? ((): undefined => undefined);
  const system = new StagedSystem();
  const cell = t.keys.map((k) => QUARTERS.map((q) => system.add({ value: t.ready[q] ? t.value(k, q) : 0, cap: cap(k, q) })));
  const shownQuarters = QUARTERS.filter((q) => t.ready[q] && t.known[q]);
  QUARTERS.forEach((q) => {
    const column = cell.map((row) => row[q]);
    if (shownQuarters.indexOf(q) >= 0) system.stage(column, [{ parts: column, total: null }]);
    else system.withhold(column);
  });
  const yearValue = (k: string): number => (t.ready[4] ? QUARTERS.reduce((s, q) => s + t.value(k, q), 0) : 0);
  const year = t.keys.map((k) => system.add({ value: yearValue(k), cap: cap(k, 4) }));
  if (t.ready[4] && t.known[4]) {
    const restNeeded = shownQuarters.length < 4;
    const restValue = (k: string): number => QUARTERS.filter((q) => shownQuarters.indexOf(q) < 0).reduce((s, q) => s + t.value(k, q), 0);
    const rest = t.keys.map((k) => system.add({ value: restValue(k), unlisted: true, withheld: true }));
    const lines: Line[] = shownQuarters.map((q): Line => ({ parts: cell.map((row) => row[q]), total: null }));
    lines.push({ parts: year, total: null });
    if (restNeeded) lines.push({ parts: rest, total: null });
    t.keys.forEach((_, c) => lines.push({ parts: shownQuarters.map((q) => cell[c][q]).concat(restNeeded ? [rest[c]] : []), total: year[c] }));
    const members = ([] as number[]).concat(...shownQuarters.map((q) => cell.map((row) => row[q])), year, restNeeded ? rest : []);
    system.stage(members, lines);
  } else {
    system.withhold(year);
  }
  return t.keys.map((key, c) => ({ key, cells: cell[c].map((e) => system.published(e)).concat([system.published(year[c])]) }));
}

/**
 * A table whose rows are sums of another table's rows (locations from activities). A cell is shown
 * only when it adds nothing to what the parts show: the sum when every part is shown; the one
 * hidden part's kind when the shown parts are all 0 (then the cell IS that part); otherwise "–".
 */
export function derivedTable(parts: ReadonlyArray<PublishedRow>, groupOf: (partKey: string) => string, groups: ReadonlyArray<string>): PublishedRow[] {
  return groups.map((group) => {
    const members = parts.filter((p) => groupOf(p.key) === group);
    const columns = members.length > 0 ? members[0].cells.length : 5;
    const cells: Published[] = [];
    for (let c = 0; c < columns; c++) {
      const values = members.map((m) => m.cells[c]);
      const hidden = values.filter((v) => typeof v !== 'number');
      const shownSum = values.reduce((s: number, v) => s + (typeof v === 'number' ? v : 0), 0);
      if (hidden.length === 0) cells.push(shownSum);
      else if (hidden.length === 1 && shownSum === 0) cells.push(hidden[0]);
      else cells.push('withheld');
    }
    return { key: group, cells };
  });
}
