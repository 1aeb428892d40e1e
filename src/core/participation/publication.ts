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
 * waiting + cancelled + called off), which the rule's lines cannot see. Every breakdown table has
 * known column totals (the public sign-ups of each period), so the tables share nothing unknown.
 */
import { Line } from './feasibility';
import { Figures, ParticipationFigures, PeopleFigures, attendanceRate } from './figureTypes';
import { monthsOf, quartersOf } from './periods';
import {
  BREAKDOWNS,
  BreakdownName,
  OUTCOMES,
  OutcomeKey,
  PeriodStatus,
  PublishedBreakdown,
  PublishedRate,
  PublishedYear,
  TOTALS_FIELDS,
  TotalsField
} from './publicationTypes';
import { publishAlone, publishQuartersAndYear, StagedSystem } from './publicationStages';
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
  const map: { [key: string]: PeopleFigures } =
    name === 'pillar' ? f.byPillar : name === 'shape' ? f.byShape : name === 'location' ? f.byLocation : name === 'department' ? f.byDepartment : f.byOffice;
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

/** One breakdown: a table per quarter (its column total known), then the year (rest column for withheld quarters). */
function breakdownOf(name: BreakdownName, cal: Calendar, stored: StoredByPeriod, publicKnown: boolean[], placesOffered: number[]): PublishedBreakdown {
  const readyMonths = cal.months.filter((_, i) => cal.monthReady[i]);
  const keys: string[] = [];
  for (const m of readyMonths) for (const k of Object.keys(categoryCells(stored[m] as ParticipationFigures, name))) if (keys.indexOf(k) < 0) keys.push(k);
  if (name === 'outcome') keys.splice(0, keys.length, ...OUTCOMES);
  const value = (k: string, q: number): number => (cal.ready[q] ? overColumn(cal, stored, q, (f) => categoryCells(f, name)[k] ?? 0) : 0);
  const capOf = (k: string, column: number): number | undefined => (name === 'outcome' && k === 'placedWithLimit' ? placesOffered[column] : undefined);
  const system = new StagedSystem();
  const cell = keys.map((k) => QUARTERS.map((q) => system.add({ value: value(k, q), cap: capOf(k, q) })));
  const shownQuarters = QUARTERS.filter((q) => cal.ready[q] && publicKnown[q]);
  QUARTERS.forEach((q) => {
    const column = cell.map((row) => row[q]);
    if (shownQuarters.indexOf(q) >= 0) system.stage(column, [{ parts: column, total: null }]);
    else system.withhold(column);
  });
  const year = keys.map((k) => system.add({ value: QUARTERS.reduce((s, q) => s + value(k, q), 0), cap: capOf(k, 4) }));
  if (cal.ready[4] && publicKnown[4]) {
    const restNeeded = shownQuarters.length < 4;
    const rest = keys.map((k) =>
      system.add({ value: QUARTERS.filter((q) => shownQuarters.indexOf(q) < 0).reduce((s, q) => s + value(k, q), 0), unlisted: true, withheld: true })
    );
    const lines: Line[] = shownQuarters.map((q): Line => ({ parts: cell.map((row) => row[q]), total: null }));
    lines.push({ parts: year, total: null });
    if (restNeeded) lines.push({ parts: rest, total: null });
    keys.forEach((_, c) => lines.push({ parts: shownQuarters.map((q) => cell[c][q]).concat(restNeeded ? [rest[c]] : []), total: year[c] }));
    const members = ([] as number[]).concat(...shownQuarters.map((q) => cell.map((row) => row[q])), year, restNeeded ? rest : []);
    system.stage(members, lines);
  } else {
    system.withhold(year);
  }
  return { name, rows: keys.map((key, c) => ({ key, cells: cell[c].map((e) => system.published(e)).concat([system.published(year[c])]) })) };
}

/** The dashboard's view of one year. `over(period)`: is the period over (only then may it be published)? */
export function publishYear(year: number, stored: StoredByPeriod, over: (period: string) => boolean): PublishedYear {
  const cal = calendarOf(year, stored, over);
  const columnValue = (c: number, of: (f: ParticipationFigures) => number): number | null => (cal.ready[c] ? overColumn(cal, stored, c, of) : null);
  const { system, ids } = trendOf(cal, stored);
  const publicKnown = [0, 1, 2, 3, 4].map((c) => cal.ready[c] && system.kindOf(ids[22 + c]) === 'shown');
  const offeredPublic = [0, 1, 2, 3, 4].map((c) => columnValue(c, (f) => publicOf(f, 'placesOffered')) ?? 0);
  const breakdowns = BREAKDOWNS.map((name) => breakdownOf(name, cal, stored, publicKnown, offeredPublic));
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
