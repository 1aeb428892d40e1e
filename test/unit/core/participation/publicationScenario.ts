/**
 * Stored figures of a whole year, built directly (not through monthFigures) so the publication can
 * be checked against numbers the test chose: per month, public sign-ups per outcome, split over
 * pillars, shapes, locations, departments and offices; private sign-ups in the totals only.
 */
import { ActivityFacts, emptyFigures, emptyPeopleFigures, Figures, FIGURES_DEFINITIONS_VERSION, ParticipationFigures, PeopleFigures } from '../../../../src/core/participation/figureTypes';
import { monthsOf, quartersOf } from '../../../../src/core/participation/periods';
import { OutcomeKey, OUTCOMES } from '../../../../src/core/participation/publicationTypes';
import { StoredByPeriod } from '../../../../src/core/participation/publication';

export type Outcomes = { [key in OutcomeKey]: number };

export interface MonthPlan {
  /** Public sign-ups by outcome. */
  outcomes: Outcomes;
  /** Private sign-ups (all placed, in slots with a maximum). */
  privateSignUps: number;
  /** The public sign-ups per activity (pillar, shape and location follow from `activities`), department and office. */
  split: { activity: Cats; department: Cats; office: Cats };
  /** The public activities: id -> where it is counted. */
  activities: { [id: string]: ActivityFacts };
  placesOfferedPublic: number;
  attendance: number;
  attendanceExpected: number;
}

export type Cats = { [category: string]: number };

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0);

export function outcomes(partial: Partial<Outcomes>): Outcomes {
  const o = {} as Outcomes;
  for (const k of OUTCOMES) o[k] = partial[k] ?? 0;
  return o;
}

function peopleOf(o: Outcomes): PeopleFigures {
  return {
    ...emptyPeopleFigures(),
    signUps: sum(OUTCOMES.map((k) => o[k])),
    placesTaken: o.placedWithLimit + o.placedNoLimit,
    cancellations: o.cancelledOnTime + o.cancelledLate + o.cancelledTimeUnknown,
    lateCancellations: o.cancelledLate,
    cancellationsTimeUnknown: o.cancelledTimeUnknown,
    waitingNoPlace: o.waiting,
    calledOffSignUps: o.calledOff
  };
}

function figuresOf(people: PeopleFigures, extra: Partial<Figures>): Figures {
  return { ...emptyFigures(), ...people, ...extra };
}

/** A category's figures in a breakdown: only its sign-ups matter to the publication. */
function catsOf(cats: Cats): { [key: string]: Figures } {
  const out: { [key: string]: Figures } = {};
  for (const k of Object.keys(cats)) out[k] = figuresOf({ ...emptyPeopleFigures(), signUps: cats[k] }, {});
  return out;
}

export function monthFigures(month: string, plan: MonthPlan): ParticipationFigures {
  const pub = peopleOf(plan.outcomes);
  for (const b of Object.keys(plan.split) as Array<keyof MonthPlan['split']>) {
    if (sum(Object.values(plan.split[b])) !== pub.signUps) throw new Error(`${month}: ${b} does not add up`);
  }
  const by = (attribute: 'pillar' | 'shape' | 'location'): Cats => {
    const out: Cats = {};
    for (const id of Object.keys(plan.split.activity)) {
      const key = plan.activities[id][attribute];
      out[key] = (out[key] ?? 0) + plan.split.activity[id];
    }
    return out;
  };
  const facts: { [id: string]: ActivityFacts } = {};
  for (const id of Object.keys(plan.split.activity)) facts[id] = plan.activities[id];
  const priv = plan.privateSignUps;
  const unlisted = figuresOf({ ...emptyPeopleFigures(), signUps: priv, placesTaken: priv }, { placesTakenOfOffered: priv, placesOffered: priv + 2 });
  const total = figuresOf(
    { ...pub, signUps: pub.signUps + priv, placesTaken: pub.placesTaken + priv },
    {
      placesTakenOfOffered: plan.outcomes.placedWithLimit + priv,
      placesOffered: plan.placesOfferedPublic + priv + 2,
      sessions: 4,
      attendance: plan.attendance,
      attendanceExpected: plan.attendanceExpected,
      sessionsWithAttendance: plan.attendanceExpected > 0 ? 2 : 0
    }
  );
  return {
    definitionsVersion: FIGURES_DEFINITIONS_VERSION,
    months: [month],
    total,
    unlisted,
    byPillar: catsOf(by('pillar')),
    byActivity: catsOf(plan.split.activity),
    byShape: catsOf(by('shape')),
    byLocation: catsOf(by('location')),
    activities: facts,
    byDepartment: catsOf(plan.split.department),
    byOffice: catsOf(plan.split.office)
  };
}

/** Seeded, so a failure names its case and can be replayed. */
export function generator(seed: number): (n: number) => number {
  let s = seed;
  return (n: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

function splitRandomly(total: number, categories: string[], random: (n: number) => number): Cats {
  const out: Cats = {};
  for (let i = 0; i < total; i++) {
    const c = categories[random(categories.length)];
    out[c] = (out[c] ?? 0) + 1;
  }
  return out;
}

/** A random year of month plans: often small figures, sometimes private sign-ups, few categories. */
export function randomPlans(seed: number): MonthPlan[] {
  const random = generator(seed);
  const scale = [3, 6, 12][random(3)];
  const count = (): number => (random(3) === 0 ? 0 : random(scale));
  const cats = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const pillars = cats('p', 1 + random(3));
  const departments = cats('d', 1 + random(3));
  const activities: { [id: string]: ActivityFacts } = {};
  const activityIds = cats('', 2 + random(5)).map((_, i) => String(100 + i));
  for (const id of activityIds) {
    activities[id] = { title: `Activiteit ${id}`, pillar: pillars[random(pillars.length)], shape: ['oneOff', 'weeklyDropIn'][random(2)], location: ['Mosae Forum', 'online', 'Malberg'][random(3)] };
  }
  const withPrivate = random(2) === 0;
  return Array.from({ length: 12 }, () => {
    const o = outcomes({ placedWithLimit: count(), placedNoLimit: random(2) * count(), waiting: random(2) * count(), cancelledOnTime: count(), cancelledLate: random(2) * count() });
    const signUps = sum(OUTCOMES.map((k) => o[k]));
    const expected = random(2) * Math.min(o.placedWithLimit, count());
    return {
      outcomes: o,
      privateSignUps: withPrivate && random(3) === 0 ? random(8) : 0,
      split: {
        activity: splitRandomly(signUps, activityIds, random),
        department: splitRandomly(signUps, departments, random),
        office: { onbekend: signUps }
      },
      activities,
      placesOfferedPublic: o.placedWithLimit + random(6),
      attendance: expected === 0 ? 0 : expected + random(3) - 1,
      attendanceExpected: expected
    };
  });
}

/**
 * The stored figures of the year 2026 from month plans: months as planned; quarters and the year
 * as the sums (the publication takes only unique and repeat participants from them, set here).
 */
export function storedYear(plans: ReadonlyArray<MonthPlan>, unique: (period: string, placed: number) => number = (_, p) => Math.ceil(p / 2)): StoredByPeriod {
  const stored: { [key: string]: ParticipationFigures } = {};
  const months = monthsOf('2026');
  plans.forEach((p, i) => (stored[months[i]] = monthFigures(months[i], p)));
  const aggregate = (period: string, ms: string[]): ParticipationFigures => {
    const f = monthFigures(period, { ...plans[0], outcomes: outcomes({}), privateSignUps: 0, split: { activity: {}, department: {}, office: {} } });
    const placed = sum(ms.map((m) => stored[m].total.placesTaken));
    f.months = ms;
    f.total.uniqueParticipants = unique(period, placed);
    f.total.repeatParticipants = Math.floor(f.total.uniqueParticipants / 3);
    return f;
  };
  quartersOf('2026').forEach((q) => (stored[q] = aggregate(q, monthsOf(q))));
  stored['2026'] = aggregate('2026', months);
  return stored;
}
