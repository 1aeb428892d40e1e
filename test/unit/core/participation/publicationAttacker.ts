/**
 * The brute-force attacker (attacker.ts, no code shared with the rule) against what the dashboard
 * publishes of a year (PublishedYear). It knows every published number and hidden kind, every sum
 * that links them — months to quarters to the year; private + public = total; every breakdown's
 * rows to the public sign-ups of each column, and each row's quarters to its year; each pillar,
 * shape and location cell as the sum of its activities' cells (the truth, whatever is shown) — and the
 * inequalities between figures of different tables: places taken with a maximum ≤ places offered
 * (which anyone can count in the catalogue); expected-at-counted-sessions ≤ places taken; repeat ≤
 * unique ≤ sign-ups; a quarter's unique ≤ the year's. Unpublished numbers (the private remainder,
 * public totals) are unknowns ≥ 0.
 */
import { Published, SMALL_GROUP } from '../../../../src/core/participation/smallGroups';
import { OutcomeKey, PublishedYear } from '../../../../src/core/participation/publicationTypes';
import { StoredByPeriod, outcomesOf } from '../../../../src/core/participation/publication';
import { ParticipationFigures } from '../../../../src/core/participation/figureTypes';
import { canDiffer, Model } from './attacker';

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0);

export interface AttackModel extends Model {
  /** Variables the attack is about (not slack variables of inequalities). */
  targets: number[];
}

type Of = (f: ParticipationFigures) => number;

export function publicationModel(stored: StoredByPeriod, view: PublishedYear): AttackModel {
  const m: AttackModel = { names: [], truth: [], lo: [], hi: [], equations: [], targets: [] };
  const months = view.months.map((k) => stored[k] as ParticipationFigures);
  const cap = 4 * sum(months.map((f) => (f ? f.total.signUps + f.total.attendance : 0))) + 20;
  const add = (name: string, truth: number, p: Published, hi: number = cap, target: boolean = true): number => {
    if (typeof p === 'number' && p !== truth) throw new Error(`${name} published ${p}, truth ${truth}`);
    const [lo, up] = typeof p === 'number' ? [p, p] : p === 'small' ? [1, SMALL_GROUP - 1] : p === 'protect' ? [SMALL_GROUP, cap] : [0, cap];
    m.names.push(name);
    m.truth.push(truth);
    m.lo.push(lo);
    m.hi.push(Math.min(up, hi));
    if (target) m.targets.push(m.names.length - 1);
    return m.names.length - 1;
  };
  const eq = (plus: number[], minus: number[]): void => void m.equations.push({ plus, minus });
  /** small ≤ big, as small + slack = big (the slack is no target). */
  const atMost = (small: number[], big: number[]): void => {
    const slack = add(`slack${m.names.length}`, sum(big.map((v) => m.truth[v])) - sum(small.map((v) => m.truth[v])), 'withheld', cap, false);
    eq(small.concat([slack]), big);
  };
  const cols = view.columns.map((_, c) => c).filter((c) => view.columnStatus[c] === 'ready');
  const monthsOfCol = (c: number): number[] => (c < 4 ? [3 * c, 3 * c + 1, 3 * c + 2] : Array.from({ length: 12 }, (_, i) => i));
  const colSum = (c: number, of: Of): number => sum(monthsOfCol(c).map((i) => of(months[i])));

  const monthVar = view.months.map((k, i) => (view.monthStatus[i] === 'ready' ? add(`month ${k}`, months[i].total.signUps, view.signUpsByMonth[i]) : -1));
  const total: number[] = [];
  const priv: number[] = [];
  const pub: number[] = [];
  for (const c of cols) {
    total[c] = add(`signUps ${view.columns[c]}`, colSum(c, (f) => f.total.signUps), view.signUps[c]);
    priv[c] = add(`private ${view.columns[c]}`, colSum(c, (f) => f.unlisted.signUps), 'withheld');
    pub[c] = add(`public ${view.columns[c]}`, colSum(c, (f) => f.total.signUps - f.unlisted.signUps), 'withheld');
    eq([pub[c], priv[c]], [total[c]]);
    eq(monthsOfCol(c).map((i) => monthVar[i]), [total[c]]);
  }
  if (cols.indexOf(4) >= 0) {
    eq([0, 1, 2, 3].map((q) => total[q]), [total[4]]);
    eq([0, 1, 2, 3].map((q) => priv[q]), [priv[4]]);
  }
  const vars = new Map<string, number[]>();
  for (const b of view.breakdowns) {
    b.rows.forEach((row) => {
      const truthOf = (f: ParticipationFigures): number => {
        if (b.name === 'outcome') return outcomesOf(f)[row.key as OutcomeKey];
        const map = { pillar: f.byPillar, activity: f.byActivity, shape: f.byShape, location: f.byLocation, department: f.byDepartment, office: f.byOffice }[b.name];
        return map[row.key]?.signUps ?? 0;
      };
      const cell: number[] = [];
      for (const c of cols) {
        const limit = b.name === 'outcome' && row.key === 'placedWithLimit' ? colSum(c, (f) => f.total.placesOffered - f.unlisted.placesOffered) : cap;
        cell[c] = add(`${b.name}:${row.key} ${view.columns[c]}`, colSum(c, truthOf), row.cells[c], limit);
      }
      if (cols.indexOf(4) >= 0) eq([0, 1, 2, 3].map((q) => cell[q]), [cell[4]]);
      vars.set(`${b.name}:${row.key}`, cell);
    });
    for (const c of cols) eq(b.rows.map((r) => (vars.get(`${b.name}:${r.key}`) as number[])[c]), [pub[c]]);
  }
  // Activities lie in one pillar, one shape and one location: those cells are sums of activity cells.
  const activity = view.breakdowns.find((b) => b.name === 'activity');
  const facts: { [id: string]: { pillar: string; shape: string; location: string } } = {};
  months.forEach((f) => f && Object.assign(facts, f.activities));
  for (const name of ['pillar', 'shape', 'location'] as const) {
    const table = view.breakdowns.find((b) => b.name === name);
    if (!activity || !table) continue;
    for (const row of table.rows) {
      const members = activity.rows.filter((a) => facts[a.key][name] === row.key).map((a) => vars.get(`activity:${a.key}`) as number[]);
      for (const c of cols) eq(members.map((m) => m[c]), [(vars.get(`${name}:${row.key}`) as number[])[c]]);
    }
  }
  const outcome = view.breakdowns.find((b) => b.name === 'outcome');
  const placedVars = (c: number): number[] =>
    outcome ? outcome.rows.filter((r) => r.key.startsWith('placed')).map((r) => (vars.get(`outcome:${r.key}`) as number[])[c]) : [];
  const totalsVar = (field: 'attendance' | 'attendanceExpected' | 'uniqueParticipants' | 'repeatParticipants', c: number): number => {
    const truth = field === 'uniqueParticipants' || field === 'repeatParticipants' ? (stored[view.columns[c]] as ParticipationFigures).total[field] : colSum(c, (f) => f.total[field]);
    return add(`${field} ${view.columns[c]}`, truth, view.totals[field][c]);
  };
  const att: number[] = [];
  const exp: number[] = [];
  const uni: number[] = [];
  for (const c of cols) {
    att[c] = totalsVar('attendance', c);
    exp[c] = totalsVar('attendanceExpected', c);
    uni[c] = totalsVar('uniqueParticipants', c);
    const rep = totalsVar('repeatParticipants', c);
    atMost([exp[c]], placedVars(c).concat([priv[c]]));
    atMost([rep], [uni[c]]);
    atMost([uni[c]], [total[c]]);
  }
  if (cols.indexOf(4) >= 0) {
    eq([0, 1, 2, 3].map((q) => att[q]), [att[4]]);
    eq([0, 1, 2, 3].map((q) => exp[q]), [exp[4]]);
    for (const q of [0, 1, 2, 3]) atMost([uni[q]], [uni[4]]);
  }
  return m;
}

/** The targets of 1–4 people the attacker sees or pins. Empty = the publication held. */
export function recovered(m: AttackModel): string[] {
  return m.targets.filter((v) => m.truth[v] > 0 && m.truth[v] < SMALL_GROUP && !canDiffer(m, v)).map((v) => `${m.names[v]}=${m.truth[v]}`);
}
