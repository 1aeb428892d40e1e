/**
 * Participation figures of a period — a closed month, or any set of months (a quarter, a year) —
 * computed from the sign-up data with the product's own outcome rules (./slotPeople), as
 * aggregates without person ids, names or e-mails. Definitions: docs/participation-figures.md.
 *
 * Where a figure belongs:
 * - figures about sign-ups belong to the month of the slot's start: a drop-in date's own month,
 *   a one-off event's date, a programme's FIRST session (a programme is one sign-up, counted once);
 * - figures about sessions (sessions, called off, attendance) belong to each session's month.
 * Months are Amsterdam calendar months: an activity's dates are Amsterdam dates, so a session at
 * 00:30 on 1 May (22:30 UTC on 30 April) is in May.
 *
 * Unique and repeat participants are not additive: the figures of a quarter or a year are computed
 * by calling this with those months and their registrations, never by summing months. The other
 * fields (ADDITIVE_FIELDS) may be summed over months and over the cells of one breakdown + unlisted.
 */
import { cancelledDateOf } from '../activities/cancelledDates';
import { activitySessions } from '../activities/sessions';
import { slotKey } from '../activities/slots';
import { attendanceKey, isValidAttendance } from './attendance';
import { IsoDate } from '../time/calendarDate';
import { Activity, ActivitySession, ActivityShape, PILLARS } from '../types';
import {
  ActivityFacts,
  emptyFigures,
  emptyPeopleFigures,
  Figures,
  FIGURES_DEFINITIONS_VERSION,
  MonthKey,
  ONLINE_LOCATION,
  ParticipationFigures,
  ParticipationInput,
  ParticipationRecord,
  PeopleFigures,
  PersonPlacement,
  UNKNOWN_GROUP
} from './figureTypes';
import { SlotPeople, slotPeople, SlotPerson } from './slotPeople';

const MONTH_PATTERN: RegExp = /^\d{4}-(0[1-9]|1[0-2])$/;
const SHAPES: ReadonlyArray<ActivityShape> = ['oneOff', 'weeklyDropIn', 'programme'];

export function isMonthKey(value: string): boolean {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
}

/** The month of an Amsterdam date ('2026-04-30' -> '2026-04'). */
export function monthOfDate(date: IsoDate): MonthKey {
  return date.slice(0, 7);
}

/** The figures of one closed month. */
export function monthFigures(input: ParticipationInput, month: MonthKey): ParticipationFigures {
  return participationFigures(input, [month]);
}

interface Cell<F extends PeopleFigures> {
  figures: F;
  /** Person id -> number of slots with a place. Internal only: reduced to two counts at the end. */
  placedSlots: { [personId: number]: number };
}

interface Cells {
  /** The cells an activity's figures go to: total and unlisted, or total and its four breakdowns. */
  activityCells: Array<Cell<Figures>>;
  isPrivate: boolean;
}

/**
 * The figures of any set of months (one month, a quarter, a year; need not be consecutive).
 * `input` must hold every activity with a session in the period and the registrations of all
 * their slots (a programme that started before the period included). Throws RangeError for a
 * malformed month or an empty period.
 */
export function participationFigures(input: ParticipationInput, months: ReadonlyArray<MonthKey>): ParticipationFigures {
  const period: MonthKey[] = normalisedMonths(months);
  const inPeriod = (date: IsoDate): boolean => period.indexOf(monthOfDate(date)) >= 0;

  const activities: Activity[] = input.activities.slice().sort((a, b) => a.id - b.id);
  const privateOf: { [activityId: number]: boolean } = {};
  activities.forEach((a) => (privateOf[a.id] = a.isPrivate));
  const recordsBySlot: { [slot: string]: ParticipationRecord[] } = {};
  for (const record of input.registrations) {
    // Only the activity's effective list counts (the same as the views' inEffectiveList).
    if (!has(privateOf, record.activityId) || record.inPrivateList !== privateOf[record.activityId]) {
      continue;
    }
    (recordsBySlot[record.slot] = recordsBySlot[record.slot] || []).push(record);
  }
  const attendance: { [attendanceKey: string]: number } = input.attendance || {};
  const directory = input.directory || {};
  const placement = (personId: number): PersonPlacement => (has(directory, personId) && directory[personId]) || {};

  const total: Cell<Figures> = cell(emptyFigures());
  const unlisted: Cell<Figures> = cell(emptyFigures());
  const byPillar: { [key: string]: Cell<Figures> } = {};
  const byActivity: { [key: string]: Cell<Figures> } = {};
  const byShape: { [key: string]: Cell<Figures> } = {};
  const byLocation: { [key: string]: Cell<Figures> } = {};
  const byDepartment: { [key: string]: Cell<PeopleFigures> } = {};
  const byOffice: { [key: string]: Cell<PeopleFigures> } = {};

  const cellsOf = (activity: Activity): Cells => {
    if (activity.isPrivate) {
      return { activityCells: [total, unlisted], isPrivate: true };
    }
    return {
      activityCells: [
        total,
        cellIn(byPillar, activity.pillar, emptyFigures),
        cellIn(byActivity, String(activity.id), emptyFigures),
        cellIn(byShape, activity.shape, emptyFigures),
        cellIn(byLocation, locationKey(activity), emptyFigures)
      ],
      isPrivate: false
    };
  };

  const addSlot = (cells: Cells, people: SlotPeople, capacity: number | null, held: boolean): void => {
    for (const target of cells.activityCells) {
      addPeople(target, people.people);
      if (held && capacity !== null) {
        target.figures.placesOffered += capacity;
        target.figures.placesTakenOfOffered += people.placed;
      }
    }
    if (!cells.isPrivate) {
      for (const person of people.people) {
        const where = placement(person.personId);
        addPeople(cellIn(byDepartment, groupName(where.department), emptyPeopleFigures), [person]);
        addPeople(cellIn(byOffice, groupName(where.office), emptyPeopleFigures), [person]);
      }
    }
  };

  const addSession = (cells: Cells, activity: Activity, session: ActivitySession, held: boolean, placed: number): void => {
    const key: string = attendanceKey(activity.id, session.date);
    for (const target of cells.activityCells) {
      const f: Figures = target.figures;
      if (!held) {
        f.sessionsCalledOff++;
        continue;
      }
      f.sessions++;
      if (has(attendance, key) && isValidAttendance(attendance[key])) {
        f.attendance += attendance[key];
        f.sessionsWithAttendance++;
        f.attendanceExpected += placed;
      }
    }
  };

  for (const activity of activities) {
    const sessions: ActivitySession[] = activitySessions(activity);
    if (sessions.length === 0) {
      continue;
    }
    const cancelled: boolean = activity.status === 'cancelled';
    const sessionHeld = (s: ActivitySession): boolean => !cancelled && cancelledDateOf(activity, s.date) === undefined;
    const capacity: number | null = activity.capacity === null ? null : placesOf(activity.capacity);
    const periodSessions: ActivitySession[] = sessions.filter((s) => inPeriod(s.date));

    if (activity.shape === 'weeklyDropIn') {
      // One slot per date: sign-ups and sessions share the date's month.
      if (periodSessions.length === 0) {
        continue;
      }
      const cells: Cells = cellsOf(activity);
      for (const session of periodSessions) {
        const held: boolean = sessionHeld(session);
        const people: SlotPeople = slotPeople(activity, session, held, recordsBySlot[slotKey(activity.id, session.date)] || []);
        addSlot(cells, people, capacity, held);
        addSession(cells, activity, session, held, people.placed);
      }
      continue;
    }

    // One-off event or programme: one slot for all sessions, counted in its first session's month.
    const slotInPeriod: boolean = inPeriod(sessions[0].date);
    if (!slotInPeriod && periodSessions.length === 0) {
      continue;
    }
    const cells: Cells = cellsOf(activity);
    const held: boolean = sessions.some(sessionHeld);
    const people: SlotPeople = slotPeople(activity, null, held, recordsBySlot[slotKey(activity.id, null)] || []);
    if (slotInPeriod) {
      addSlot(cells, people, capacity, held);
    }
    for (const session of periodSessions) {
      addSession(cells, activity, session, sessionHeld(session), people.placed);
    }
  }

  return {
    definitionsVersion: FIGURES_DEFINITIONS_VERSION,
    months: period,
    total: finished(total),
    unlisted: finished(unlisted),
    byPillar: finishedAll(byPillar, (PILLARS as ReadonlyArray<string>).slice()),
    byActivity: finishedAll(byActivity, Object.keys(byActivity).sort((a, b) => Number(a) - Number(b))),
    activities: factsOf(input.activities.filter((a) => has(byActivity, a.id))),
    byShape: finishedAll(byShape, (SHAPES as ReadonlyArray<string>).slice()),
    byLocation: finishedAll(byLocation, sortedKeys(byLocation)),
    byDepartment: finishedAll(byDepartment, sortedKeys(byDepartment)),
    byOffice: finishedAll(byOffice, sortedKeys(byOffice))
  };
}

function addPeople<F extends PeopleFigures>(target: Cell<F>, people: ReadonlyArray<SlotPerson>): void {
  const f: F = target.figures;
  for (const person of people) {
    f.signUps++;
    switch (person.kind) {
      case 'placed':
        f.placesTaken++;
        target.placedSlots[person.personId] = (target.placedSlots[person.personId] || 0) + 1;
        break;
      case 'waiting':
        f.waitingNoPlace++;
        break;
      case 'calledOff':
        f.calledOffSignUps++;
        break;
      case 'cancelled':
        f.cancellations++;
        if (person.timing === 'late') {
          f.lateCancellations++;
        } else if (person.timing === 'unknown') {
          f.cancellationsTimeUnknown++;
        }
        break;
    }
  }
}

/** The counts only: the person ids stay behind. */
function finished<F extends PeopleFigures>(source: Cell<F>): F {
  let unique: number = 0;
  let repeat: number = 0;
  for (const key of Object.keys(source.placedSlots)) {
    const slots: number = source.placedSlots[Number(key)];
    unique++;
    if (slots >= 2) {
      repeat++;
    }
  }
  return { ...source.figures, uniqueParticipants: unique, repeatParticipants: repeat };
}

function finishedAll<F extends PeopleFigures>(cells: { [key: string]: Cell<F> }, order: string[]): { [key: string]: F } {
  const result: { [key: string]: F } = {};
  for (const key of order) {
    if (Object.prototype.hasOwnProperty.call(cells, key)) {
      result[key] = finished(cells[key]);
    }
  }
  return result;
}

function cell<F extends PeopleFigures>(figures: F): Cell<F> {
  return { figures, placedSlots: {} };
}

function cellIn<F extends PeopleFigures>(cells: { [key: string]: Cell<F> }, key: string, empty: () => F): Cell<F> {
  if (!Object.prototype.hasOwnProperty.call(cells, key)) {
    cells[key] = cell(empty());
  }
  return cells[key];
}

function factsOf(activities: ReadonlyArray<Activity>): { [activityId: string]: ActivityFacts } {
  const facts: { [activityId: string]: ActivityFacts } = {};
  for (const a of activities) {
    const dates = a.dates.slice().sort();
    facts[String(a.id)] = { title: a.title, pillar: a.pillar, shape: a.shape, location: locationKey(a), firstDate: dates[0], lastDate: dates[dates.length - 1] };
  }
  return facts;
}

/** The location an activity is counted under: its place (on site, hybrid) or 'online'. */
export function locationKey(activity: Activity): string {
  return activity.venue.kind === 'online' ? ONLINE_LOCATION : groupName(activity.venue.location);
}

function groupName(value: string | null | undefined): string {
  const trimmed: string = (value || '').replace(/^\s+|\s+$/g, '');
  return trimmed === '' ? UNKNOWN_GROUP : trimmed;
}

function sortedKeys(map: object): string[] {
  return Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function normalisedMonths(months: ReadonlyArray<MonthKey>): MonthKey[] {
  if (months.length === 0) {
    throw new RangeError('A period needs at least one month');
  }
  const result: MonthKey[] = [];
  for (const month of months) {
    if (!isMonthKey(month)) {
      throw new RangeError('Invalid month: ' + month);
    }
    if (result.indexOf(month) < 0) {
      result.push(month);
    }
  }
  return result.sort();
}

/** As deriveSlot reads a capacity: a malformed one offers no places. */
function placesOf(capacity: number): number {
  return isFinite(capacity) && capacity > 0 ? Math.floor(capacity) : 0;
}

function has(map: object, key: number | string): boolean {
  return Object.prototype.hasOwnProperty.call(map, String(key));
}
