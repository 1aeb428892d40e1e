// The preview's 2026 history as a plan: per activity, per slot, who signed up when, who
// cancelled when, and — by the sign-up rule of docs/signup-rules.md, worked out here on its own
// (first `capacity` active sign-ups in order of arrival have a place, the rest wait; a slot that
// did not take place calls everyone off) — where each person ended up. history.ts writes it;
// test/data/seedHistory.test.ts sums it by hand and compares with the product's figures.
// Pure: `now` is passed in, randomness comes from the seeded PRNG (historyRandom.ts).

import { amsterdamIso } from './content';
import { addDays, CalendarDate, toIsoDate } from '../../src/core/time/calendarDate';
import { historyCatalogue, HistorySpec } from './historyCatalogue';
import { seededRng, Rng } from './historyRandom';
import { PEOPLE, PERSONAS, SeedPerson } from './people';

export type PlannedOutcome = 'placed' | 'waiting' | 'calledOff' | 'cancelled';

export interface PlannedSignUp {
  person: string;
  /** When the item was created (ISO, UTC): its Created, and its place in the queue. */
  at: string;
  /** When the person cancelled (the item's only update, its Modified), or null. */
  cancelledAt: string | null;
  outcome: PlannedOutcome;
  /** For cancellations: less than 24 hours before the slot's start = late. */
  timing?: 'onTime' | 'late';
}

export interface PlannedSlot {
  /** The drop-in date; null for a one-off event or a programme (one slot). */
  sessionDate: string | null;
  /** 'YYYY-MM' the slot's sign-ups belong to (its date, or a programme's first session). */
  month: string;
  /** Start of the slot's (first) session, ISO. */
  start: string;
  /** Start of the last session the sign-up covers (SbUntil), ISO. */
  until: string;
  held: boolean;
  signUps: PlannedSignUp[];
}

export interface PlannedSession {
  date: string;
  month: string;
  held: boolean;
  /** The organiser's count, or null when none was entered. */
  attendance: number | null;
  attendanceAt: string | null;
}

export interface PlannedActivity {
  spec: HistorySpec;
  createdAt: string;
  /** The whole activity called off: when (the organiser's update). */
  cancelledAt: string | null;
  /** The called-off date and when the organiser called it off. */
  calledOffAt: string | null;
  slots: PlannedSlot[];
  sessions: PlannedSession[];
}

export interface HistoryPlan {
  activities: PlannedActivity[];
}

const SEED = 20260101;
/** Keeps the year at roughly 150–300 sign-ups a month (about 1,900 in all): enough for the charts, quick to seed. */
const DEMAND_SCALE = 0.85;
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** Summer dip, January high (new year's resolutions), quiet before the holidays. */
const SEASON: { [month: string]: number } = {
  '01': 1.4, '02': 1.05, '03': 0.95, '04': 0.95, '05': 1.0, '06': 0.9, '07': 0.7, '08': 0.75, '09': 1.05, '10': 1.0, '11': 0.95
};

/** Everyone but the personas the browser tests sign in as: their views stay as the tests know them. */
export function historyPeople(): SeedPerson[] {
  const personas = PERSONAS.map((p) => p.email);
  return PEOPLE.filter((p) => personas.indexOf(p.email) < 0);
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function monthOf(date: CalendarDate): string {
  return toIsoDate(date).slice(0, 7);
}

/** A moment on `date` between `fromHour` and `toHour` Amsterdam time, to the second. */
function momentOn(rng: Rng, date: CalendarDate, fromHour: number, toHour: number): number {
  return Date.parse(amsterdamIso(date, rng.int(fromHour, toHour - 1), rng.int(0, 59))) + rng.int(0, 59) * 1000;
}

/** The first day of the month before `month` ('YYYY-MM'). */
function monthBefore(month: string): CalendarDate {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? { year: y - 1, month: 12, day: 1 } : { year: y, month: m - 1, day: 1 };
}

export function historyPlan(now: Date): HistoryPlan {
  const rng = seededRng(SEED);
  const people = historyPeople();
  // How keen each person is (fixed for the year), and when they sit down to sign up for a
  // month: once, between the 14th and the 24th of the month before (after the series were
  // published, before any deadline of that month).
  const keen: { [email: string]: number } = {};
  people.forEach((p) => (keen[p.email] = rng.between(0.3, 1.6)));
  const sittings: { [key: string]: number } = {};
  const sittingOf = (email: string, month: string): number => {
    const key = `${email}|${month}`;
    if (sittings[key] === undefined) {
      sittings[key] = momentOn(rng, addDays(monthBefore(month), rng.int(13, 23)), 8, 18);
    }
    return sittings[key];
  };

  const activities: PlannedActivity[] = [];
  for (const spec of historyCatalogue()) {
    const starts = spec.dates.map((date) => Date.parse(amsterdamIso(date, spec.start[0], spec.start[1])));
    const lastEnd = Date.parse(amsterdamIso(spec.dates[spec.dates.length - 1], spec.end[0], spec.end[1]));
    // Past only: an activity still running (or ahead) at `now` is not history.
    if (lastEnd >= now.getTime()) {
      continue;
    }
    const firstMonth = monthOf(spec.dates[0]);
    // Published early in the month before its first sign-ups.
    const createdAt = momentOn(rng, addDays(monthBefore(firstMonth), rng.int(1, 8)), 9, 16);
    const cancelledAt = spec.cancelled ? Date.parse(amsterdamIso(addDays(spec.dates[0], -spec.cancelled.daysBefore), 10, 5)) : null;
    const calledOffAt = spec.calledOff ? Date.parse(amsterdamIso(addDays(spec.dates[spec.dates.map(toIsoDate).indexOf(spec.calledOff.date)], -spec.calledOff.daysBefore), 16, 40)) : null;
    const deadline = spec.deadlineDaysBefore === null ? null : Date.parse(amsterdamIso(addDays(spec.dates[0], -spec.deadlineDaysBefore), 12, 0));

    const slotDates: Array<{ sessionDate: string | null; month: string; start: number; until: number }> =
      spec.shape === 'weeklyDropIn'
        ? spec.dates.map((date, i) => ({ sessionDate: toIsoDate(date), month: monthOf(date), start: starts[i], until: starts[i] }))
        : [{ sessionDate: null, month: firstMonth, start: starts[0], until: starts[starts.length - 1] }];

    const slots: PlannedSlot[] = slotDates.map((slot) => {
      const held = !spec.cancelled && !(spec.calledOff && slot.sessionDate === spec.calledOff.date);
      const count =
        spec.exactSignUps !== undefined
          ? spec.exactSignUps
          : Math.max(1, Math.round(spec.demand * DEMAND_SCALE * (SEASON[slot.month.slice(5)] || 1) * rng.between(0.8, 1.2)));
      const chosen = rng.weightedSample(people, (p) => keen[p.email] * (spec.affinity ? spec.affinity(p) : 1), count);
      const signUps = chosen
        .map((p) => ({ person: p.email, at: sittingOf(p.email, slot.month) }))
        .sort((a, b) => a.at - b.at || (a.person < b.person ? -1 : 1));
      const lastMoment = Math.min(deadline === null ? slot.start : deadline, slot.start) - HOUR;
      for (const s of signUps) {
        if (s.at >= lastMoment || s.at <= createdAt) {
          throw new Error(`history plan: a sign-up for ${spec.key} falls outside its sign-up window`);
        }
      }
      // Cancellations: about 6% in time, 3% late (less than 24 hours before the start). None for
      // the guaranteed Malberg slot, none on slots that were called off.
      const planned: PlannedSignUp[] = signUps.map((s) => {
        const r = rng.next();
        let cancelledAt: number | null = null;
        if (!spec.fixed && held) {
          if (r < 0.06 && slot.start - 2 * DAY > s.at + DAY) {
            cancelledAt = Math.floor(rng.between(s.at + DAY, slot.start - 2 * DAY) / 1000) * 1000;
          } else if (r < 0.09) {
            cancelledAt = slot.start - rng.int(1, 20) * HOUR - rng.int(0, 59) * 60 * 1000;
          }
        }
        return { person: s.person, at: iso(s.at), cancelledAt: cancelledAt === null ? null : iso(cancelledAt), outcome: 'placed' };
      });
      // Where everyone ended up: the rule, on its own terms.
      let active = 0;
      for (const s of planned) {
        if (s.cancelledAt !== null) {
          s.outcome = 'cancelled';
          s.timing = Date.parse(s.cancelledAt) > slot.start - DAY ? 'late' : 'onTime';
        } else if (!held) {
          s.outcome = 'calledOff';
        } else {
          s.outcome = spec.capacity === null || active < spec.capacity ? 'placed' : 'waiting';
          active++;
        }
      }
      return { sessionDate: slot.sessionDate, month: slot.month, start: iso(slot.start), until: iso(slot.until), held, signUps: planned };
    });

    const sessions: PlannedSession[] = spec.dates.map((date, i) => {
      const held = !spec.cancelled && !(spec.calledOff && toIsoDate(date) === spec.calledOff.date);
      const slot = spec.shape === 'weeklyDropIn' ? slots[i] : slots[0];
      const placed = slot.signUps.filter((s) => s.outcome === 'placed').length;
      // About 70% of the sessions get a count: the organiser enters the week's counts on the
      // Monday after, between 9 and 10.
      const counted = held && !spec.fixed && rng.next() < 0.7;
      const count = counted ? Math.round(placed * rng.between(0.72, 1.0)) : null;
      const weekday = (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
      const at = counted ? momentOn(rng, addDays(date, 7 - weekday), 9, 10) : null;
      const inTime = at !== null && at < now.getTime();
      return { date: toIsoDate(date), month: monthOf(date), held, attendance: inTime ? count : null, attendanceAt: inTime ? iso(at as number) : null };
    });

    activities.push({
      spec,
      createdAt: iso(createdAt),
      cancelledAt: cancelledAt === null ? null : iso(cancelledAt),
      calledOffAt: calledOffAt === null ? null : iso(calledOffAt),
      slots,
      sessions
    });
  }
  return { activities };
}
