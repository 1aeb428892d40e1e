/**
 * What the Deelname dashboard may show of one year (publicationTypes.ts), from the stored figures of
 * its months, quarters and the year, through the small-group rule in stages
 * (docs/participation-privacy.md). Pure: counts in, counts and hidden kinds out.
 *
 * Everything that adds up is taken from the MONTHS (a quarter's sign-ups = its months' sum), so the
 * lines of the rule hold exactly even when a quarter was computed later than its months; the stored
 * quarters and year give only what does not add up (unique and repeat participants).
 *
 * One additive people figure — sign-ups — has breakdowns. What became of a sign-up (a place, the
 * waiting list, cancelled, called off) is itself a breakdown of sign-ups ('outcome'), not a set of
 * separate figures per category: separate figures are linked per cell (sign-ups = places +
 * waiting + cancelled + called off), which the rule's lines cannot see. Every protected table has
 * known column totals (the public sign-ups of each period; for activities, their pillar's shown
 * cell), so the tables share nothing unknown; shapes and locations are sums of activity rows.
 */
import { ActivityFacts, Figures, ParticipationFigures, PeopleFigures, attendanceRate } from './figureTypes';
import { monthsOf, quartersOf } from './periods';
import {
  BreakdownName,
  OUTCOMES,
  OutcomeKey,
  PeriodStatus,
  PublishedBreakdown,
  PublishedRate,
  PublishedRow,
  PublishedYear,
  TOTALS_FIELDS,
  TotalsField
} from './publicationTypes';
import { publishAlone, publishQuartersAndYear, StagedSystem } from './publicationStages';
import { derivedTable, stagedTable, TableInput } from './publicationTables';
import { Published, rateFollowing, trendLines } from './smallGroups';

/** Stored figures by period key ('2026-01', '2026-Q1', '2026'); absent = not computed. */
export type StoredByPeriod = { readonly [periodKey: string]: ParticipationFigures | undefined };

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0);
const QUARTERS: ReadonlyArray<number> = [0, 1, 2, 3];

/** The public part (private activities left out) of a field: total − the unlisted private remainder. */
function publicOf(f: ParticipationFigures, field: keyof Figures): number {
  return f.total[field] - f.unlisted[field];
}

/** What became of the public sign-ups; the values add up to the public sign-ups. */
export function outcomesOf(f: ParticipationFigures): { [key in OutcomeKey]: number } {
  const placed = publicOf(f, 'placesTaken');
  const withLimit = publicOf(f, 'placesTakenOfOffered');
  const cancelled = publicOf(f, 'cancellations');
  const late = publicOf(f, 'lateCancellations');
  const unknown = publicOf(f, 'cancellationsTimeUnknown');
  const out = {
    placedWithLimit: withLimit,
    placedNoLimit: placed - withLimit,
    waiting: publicOf(f, 'waitingNoPlace'),
    cancelledOnTime: cancelled - late - unknown,
    cancelledLate: late,
    cancelledTimeUnknown: unknown,
    calledOff: publicOf(f, 'calledOffSignUps')
  };
  if (OUTCOMES.some((k) => out[k] < 0) || sum(OUTCOMES.map((k) => out[k])) !== publicOf(f, 'signUps')) {
    throw new RangeError(`The outcomes of ${f.months.join(',')} do not add up to the sign-ups`);
  }
  return out;
}

type Cells = { [category: string]: number };

function categoryCells(f: ParticipationFigures, name: BreakdownName): Cells {
  if (name === 'outcome') return outcomesOf(f);
  const maps: { [name in Exclude<BreakdownName, 'outcome'>]: { [key: string]: PeopleFigures } } = {
    pillar: f.byPillar,
    activity: f.byActivity,
    shape: f.byShape,
    location: f.byLocation,
    department: f.byDepartment,
    office: f.byOffice
  };
  const map = maps[name];
  const out: Cells = {};
  for (const key of Object.keys(map)) out[key] = map[key].signUps;
  return out;
}

interface Calendar {
  months: string[];
  columns: string[];
  monthReady: boolean[];
  /** Per column (4 quarters, the year). */
  ready: boolean[];
  monthStatus: PeriodStatus[];
  columnStatus: PeriodStatus[];
}

function calendarOf(year: number, stored: StoredByPeriod, over: (period: string) => boolean): Calendar {
  const months = monthsOf(String(year));
  const columns = quartersOf(String(year)).concat([String(year)]);
  const has = (k: string): boolean => stored[k] !== undefined;
  const monthReady = months.map((m) => over(m) && has(m));
  const quarterReady = QUARTERS.map((q) => over(columns[q]) && has(columns[q]) && monthReady.slice(3 * q, 3 * q + 3).every(Boolean));
  const ready = quarterReady.concat([over(columns[4]) && has(columns[4]) && quarterReady.every(Boolean)]);
  const status = (k: string, isReady: boolean): PeriodStatus => (isReady ? 'ready' : over(k) ? 'missing' : 'open');
  return {
    months,
    columns,
    monthReady,
    ready,
    monthStatus: months.map((m, i) => status(m, monthReady[i])),
    columnStatus: columns.map((c, i) => status(c, ready[i]))
  };
}

/** Sum of a number over the months of a column (quarter q or the year). */
function overColumn(cal: Calendar, stored: StoredByPeriod, column: number, of: (f: ParticipationFigures) => number): number {
  const months = column < 4 ? cal.months.slice(3 * column, 3 * column + 3) : cal.months;
  return sum(months.map((m) => of(stored[m] as ParticipationFigures)));
}

/** The sign-ups trend (months, quarters, year; private included) — smallGroups' trend layout, in stages. */
function trendOf(cal: Calendar, stored: StoredByPeriod): { system: StagedSystem; ids: number[] } {
  const system = new StagedSystem();
  const month = cal.months.map((m, i) => (cal.monthReady[i] ? (stored[m] as ParticipationFigures) : null));
  const t = (m: number): number => month[m]?.total.signUps ?? 0;
  const u = (m: number): number => month[m]?.unlisted.signUps ?? 0;
  const quarterT = QUARTERS.map((q) => t(3 * q) + t(3 * q + 1) + t(3 * q + 2));
  const quarterU = QUARTERS.map((q) => u(3 * q) + u(3 * q + 1) + u(3 * q + 2));
  const totals = quarterT.concat([sum(quarterT)]);
  const unlisted = quarterU.concat([sum(quarterU)]);
  const ids = [
    ...cal.months.map((_, m) => system.add({ value: t(m) })),
    ...totals.map((value) => system.add({ value })),
    ...unlisted.map((value) => system.add({ value, unlisted: true, preference: 0 })),
    // Hiding a public total withholds that period's breakdowns: after free hides, before shown figures.
    ...totals.map((value, i) => system.add({ value: value - unlisted[i], unlisted: true, preference: 1 }))
  ];
  const lines = trendLines();
  cal.monthReady.forEach((ready, m) => ready && system.stage([m], []));
  QUARTERS.forEach((q) => {
    if (cal.ready[q]) system.stage([3 * q, 3 * q + 1, 3 * q + 2, 12 + q, 17 + q, 22 + q], lines.slice(2 * q, 2 * q + 2));
  });
  if (cal.ready[4]) system.stage(ids, lines);
  return { system, ids };
}

/** A breakdown's keys and per-quarter values, read from the ready months in one pass. */
interface Breakdown {
  keys: string[];
  value: TableInput['value'];
}

/**
 * Keys in their stored order (pillars and shapes fixed, locations, departments and offices sorted),
 * and each key's sum per quarter — summed once here, not again for every cell the rule looks at.
 */
function breakdownOf(cal: Calendar, stored: StoredByPeriod, name: BreakdownName): Breakdown {
  const sums: { [key: string]: number[] } = {};
  const keys: string[] = name === 'outcome' ? OUTCOMES.slice() : [];
  cal.months.forEach((m, i) => {
    if (!cal.monthReady[i]) return;
    const cells = categoryCells(stored[m] as ParticipationFigures, name);
    for (const k of Object.keys(cells)) {
      if (!sums[k]) {
        sums[k] = [0, 0, 0, 0];
        if (name !== 'outcome') keys.push(k);
      }
      sums[k][Math.floor(i / 3)] += cells[k];
    }
  });
  if (name === 'location' || name === 'department' || name === 'office') keys.sort((a, b) => a.localeCompare(b, 'nl'));
  return { keys, value: (k, q) => (sums[k] ? sums[k][q] : 0) };
}

/** The public activities of the ready months with their facts (the latest month's, should a title change). */
function activityFacts(cal: Calendar, stored: StoredByPeriod): { [activityId: string]: ActivityFacts } {
  const facts: { [activityId: string]: ActivityFacts } = {};
  cal.months.forEach((m, i) => {
    if (cal.monthReady[i]) Object.assign(facts, (stored[m] as ParticipationFigures).activities);
  });
  return facts;
}

/**
 * The sign-ups breakdowns. Pillar, outcome, department and office: staged tables whose columns add
 * up to the public sign-ups. Activities: a table per pillar whose columns add up to that pillar's
 * cell, published only where that cell is shown. Shape and location: sums of the activity rows
 * (derivedTable), never protected on their own — so no second set of lines runs through the
 * activity cells (an activity lies in one pillar, one shape and one location).
 */
function breakdownsOf(cal: Calendar, stored: StoredByPeriod, publicKnown: boolean[], placesOffered: number[]): PublishedBreakdown[] {
  const table = (name: BreakdownName, cap?: TableInput['cap']): PublishedBreakdown => {
    const b = breakdownOf(cal, stored, name);
    return { name, rows: stagedTable({ keys: b.keys, value: b.value, ready: cal.ready, known: publicKnown, cap }) };
  };
  const outcome = table('outcome', (k, column) => (k === 'placedWithLimit' ? placesOffered[column] : undefined));
  const pillar = table('pillar');
  const facts = activityFacts(cal, stored);
  const activities = breakdownOf(cal, stored, 'activity');
  const activityRows = ([] as PublishedRow[]).concat(
    ...pillar.rows.map((p) =>
      stagedTable({
        keys: activities.keys.filter((id) => facts[id]?.pillar === p.key).sort((a, b) => facts[a].title.localeCompare(facts[b].title, 'nl') || Number(a) - Number(b)),
        value: activities.value,
        ready: cal.ready,
        known: p.cells.map((cell, c) => cal.ready[c] && typeof cell === 'number')
      })
    )
  );
  const labels: { [key: string]: string } = {};
  const groups: { [key: string]: string } = {};
  const spans: { [key: string]: [string, string] } = {};
  for (const row of activityRows) {
    const f = facts[row.key];
    labels[row.key] = f.title;
    groups[row.key] = f.pillar;
    if (f.firstDate && f.lastDate) spans[row.key] = [f.firstDate, f.lastDate];
  }
  const activity: PublishedBreakdown = { name: 'activity', rows: activityRows, labels, groups, spans };
  const derived = (name: 'shape' | 'location'): PublishedBreakdown => ({
    name,
    rows: derivedTable(activityRows, (id) => facts[id][name], breakdownOf(cal, stored, name).keys)
  });
  return [outcome, pillar, activity, derived('shape'), derived('location'), table('department'), table('office')];
}

/** The dashboard's view of one year. `over(period)`: is the period over (only then may it be published)? */
export function publishYear(year: number, stored: StoredByPeriod, over: (period: string) => boolean): PublishedYear {
  const cal = calendarOf(year, stored, over);
  const columnValue = (c: number, of: (f: ParticipationFigures) => number): number | null => (cal.ready[c] ? overColumn(cal, stored, c, of) : null);
  const { system, ids } = trendOf(cal, stored);
  const publicKnown = [0, 1, 2, 3, 4].map((c) => cal.ready[c] && system.kindOf(ids[22 + c]) === 'shown');
  const offeredPublic = [0, 1, 2, 3, 4].map((c) => columnValue(c, (f) => publicOf(f, 'placesOffered')) ?? 0);
  const breakdowns = breakdownsOf(cal, stored, publicKnown, offeredPublic);
  const stored4 = (c: number, of: (f: ParticipationFigures) => number): number | null => (cal.ready[c] ? of(stored[cal.columns[c]] as ParticipationFigures) : null);
  const totals = {} as { [field in TotalsField]: Published[] };
  for (const field of TOTALS_FIELDS) {
    const values = [0, 1, 2, 3, 4].map((c) =>
      field === 'uniqueParticipants' || field === 'repeatParticipants' ? stored4(c, (f) => f.total[field]) : columnValue(c, (f) => f.total[field])
    );
    if (field === 'uniqueParticipants' || field === 'repeatParticipants') totals[field] = publishAlone(values);
    else if (field === 'attendance' || field === 'attendanceExpected') totals[field] = publishQuartersAndYear(values);
    else totals[field] = values.map((v) => (v === null ? 'withheld' : v)); // activities, not people
  }
  const withLimit = (breakdowns.find((b) => b.name === 'outcome') as PublishedBreakdown).rows.find((r) => r.key === 'placedWithLimit');
  const fillRate = cal.columns.map((_, c) =>
    !cal.ready[c] || !withLimit ? ('withheld' as const) : rateFollowing(withLimit.cells[c], offeredPublic[c] > 0 ? Number(withLimit.cells[c]) / offeredPublic[c] : null)
  );
  const attendanceRates = cal.columns.map((_, c): PublishedRate => {
    const came = totals.attendance[c];
    const expected = totals.attendanceExpected[c];
    if (typeof came !== 'number') return came;
    if (typeof expected !== 'number') return expected;
    const sessionsCounted = columnValue(c, (f) => f.total.sessionsWithAttendance) ?? 0;
    return attendanceRate({ attendance: came, attendanceExpected: expected, sessionsWithAttendance: sessionsCounted });
  });
  return {
    year,
    months: cal.months,
    monthStatus: cal.monthStatus,
    signUpsByMonth: cal.months.map((_, m) => (cal.monthReady[m] ? system.published(ids[m]) : 'withheld')),
    columns: cal.columns,
    columnStatus: cal.columnStatus,
    signUps: cal.columns.map((_, c) => (cal.ready[c] ? system.published(ids[12 + c]) : 'withheld')),
    breakdowns,
    totals,
    fillRate,
    attendanceRate: attendanceRates,
    directoryUnavailable: cal.months.some((m, i) => cal.monthReady[i] && (stored[m] as ParticipationFigures).directoryUnavailable === true)
  };
}
