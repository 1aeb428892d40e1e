/**
 * What participation figures are computed from and what they look like (docs/participation-figures.md,
 * "Definitions"). Plain data: the output holds counts only — no person id, name or e-mail — so it
 * can be stored as a closed month's aggregate and sent to the dashboard.
 */
import type { RegistrationRecord } from '../activities/registrationRecord';
import type { Activity } from '../types';

/** 'YYYY-MM': a calendar month in Europe/Amsterdam. */
export type MonthKey = string;

/** Bump when a definition changes, so stored aggregates computed under the old one can be told apart. */
export const FIGURES_DEFINITIONS_VERSION: number = 2;

/**
 * A registration item as the data layer reads it, with the two facts figures need beyond
 * RegistrationRecord (which the sign-up rule itself does not need):
 * - modified: SharePoint's Modified (server-set) — when the item was last changed. The
 *   repository already selects `Modified` but does not put it on RegistrationRecord;
 * - inPrivateList: read from "SamenBeter Aanmeldingen besloten" (Ids are per list).
 */
export interface ParticipationRecord extends RegistrationRecord {
  /** Server-set Modified; null when it was not read (then no cancellation can be proved on time). */
  modified: Date | null;
  inPrivateList: boolean;
}

/** What the directory says of a person; either may be missing ('onbekend' then). */
export interface PersonPlacement {
  department?: string | null;
  office?: string | null;
}

export interface ParticipationInput {
  /**
   * Every activity with a session in the period, with its EFFECTIVE privacy
   * (core/activities/privacy effectivePrivacy: private only when a coordinator confirmed it).
   */
  activities: ReadonlyArray<Activity>;
  /** All registration items (cancelled ones too) of those activities' slots, from both lists. */
  registrations: ReadonlyArray<ParticipationRecord>;
  /**
   * How many people came, per session: the counts that hold, keyed by attendanceKey
   * ('<activityId>|<YYYY-MM-DD>') — what core/participation/attendance attendanceByDate returns
   * (the activity creator's newest item per date). Sessions without a key have no count.
   */
  attendance?: { [attendanceKey: string]: number };
  /** Person id -> department and office. Only used inside the computation; never output. */
  directory?: { [personId: number]: PersonPlacement | undefined };
}

/** The name used for a missing department, office or location. */
export const UNKNOWN_GROUP: string = 'onbekend';
/** The location key of online activities. */
export const ONLINE_LOCATION: string = 'online';

/**
 * Figures about people's sign-ups: the only ones that can be split by department and office.
 * All are counted once per person per slot (a drop-in date, or a whole one-off event or programme).
 */
export interface PeopleFigures {
  /** People who signed up in time: placed + still waiting + cancelled + called off. */
  signUps: number;
  /** Sign-ups with a place at a session that took place. */
  placesTaken: number;
  /** Sign-ups withdrawn by the person (the product's rule: cancelled, or changed after creation). */
  cancellations: number;
  /** Of the cancellations: withdrawn less than 24 hours (real hours) before the slot's start, or after it. */
  lateCancellations: number;
  /** Of the cancellations: neither provably on time nor provably late (the item was changed again later). */
  cancellationsTimeUnknown: number;
  /** Sign-ups still on the waiting list when the slot was over: demand that found no place. */
  waitingNoPlace: number;
  /** Sign-ups (placed or waiting) for a cancelled activity or a called-off date: sign-ups, not participants. */
  calledOffSignUps: number;
  /** Distinct people with at least one place. NOT additive across cells or periods. */
  uniqueParticipants: number;
  /** Distinct people with a place in two or more slots. NOT additive across cells or periods. */
  repeatParticipants: number;
}

/** People figures plus what belongs to activities and sessions (not splittable by department or office). */
export interface Figures extends PeopleFigures {
  /** Capacity of the slots that took place and had a capacity (unlimited slots offer none). */
  placesOffered: number;
  /** placesTaken within those slots: fill rate = placesTakenOfOffered / placesOffered. */
  placesTakenOfOffered: number;
  /** Sessions that took place. */
  sessions: number;
  /** Sessions of cancelled activities and called-off dates. */
  sessionsCalledOff: number;
  /** Sum of the organisers' counts, over sessions that took place. */
  attendance: number;
  /** Sessions with a count. */
  sessionsWithAttendance: number;
  /** Places taken at the sessions with a count: "signed up vs. came" = attendance / attendanceExpected. */
  attendanceExpected: number;
}

/**
 * The figures of a period (one month, a quarter, a year: any set of months).
 * - total: everything, private activities included;
 * - unlisted: the private activities together, which appear in no other cell;
 * - byPillar, byActivity (key: activity id), byShape, byLocation: public activities only;
 * - byDepartment, byOffice: people figures of public activities only.
 * For the additive fields, total = the cells of one breakdown + unlisted.
 */
export interface ParticipationFigures {
  definitionsVersion: number;
  months: MonthKey[];
  total: Figures;
  unlisted: Figures;
  byPillar: { [pillar: string]: Figures };
  byActivity: { [activityId: string]: Figures };
  byShape: { [shape: string]: Figures };
  byLocation: { [location: string]: Figures };
  byDepartment: { [department: string]: PeopleFigures };
  byOffice: { [office: string]: PeopleFigures };
  /**
   * What the dashboard needs to place each public activity of byActivity (not people): its title
   * and its pillar, shape and location keys as counted in byPillar, byShape and byLocation.
   */
  activities: { [activityId: string]: ActivityFacts };
  /** True when the directory could not be read (no consent for User.Read.All): everyone is 'onbekend'. */
  directoryUnavailable?: boolean;
}

/** A public activity as the figures place it (definitions version 2). */
export interface ActivityFacts {
  title: string;
  pillar: string;
  shape: string;
  location: string;
  /** First and last session dates (YYYY-MM-DD): tells apart activities with the same title. */
  firstDate?: string;
  lastDate?: string;
}

/** The fields that may be summed over cells and periods. uniqueParticipants and repeatParticipants may not. */
export const ADDITIVE_PEOPLE_FIELDS: ReadonlyArray<keyof PeopleFigures> = [
  'signUps',
  'placesTaken',
  'cancellations',
  'lateCancellations',
  'cancellationsTimeUnknown',
  'waitingNoPlace',
  'calledOffSignUps'
];

export const ADDITIVE_FIELDS: ReadonlyArray<keyof Figures> = (ADDITIVE_PEOPLE_FIELDS as ReadonlyArray<keyof Figures>).concat([
  'placesOffered',
  'placesTakenOfOffered',
  'sessions',
  'sessionsCalledOff',
  'attendance',
  'sessionsWithAttendance',
  'attendanceExpected'
]);

export const NON_ADDITIVE_FIELDS: ReadonlyArray<keyof PeopleFigures> = ['uniqueParticipants', 'repeatParticipants'];

export function emptyPeopleFigures(): PeopleFigures {
  return {
    signUps: 0,
    placesTaken: 0,
    cancellations: 0,
    lateCancellations: 0,
    cancellationsTimeUnknown: 0,
    waitingNoPlace: 0,
    calledOffSignUps: 0,
    uniqueParticipants: 0,
    repeatParticipants: 0
  };
}

export function emptyFigures(): Figures {
  return {
    ...emptyPeopleFigures(),
    placesOffered: 0,
    placesTakenOfOffered: 0,
    sessions: 0,
    sessionsCalledOff: 0,
    attendance: 0,
    sessionsWithAttendance: 0,
    attendanceExpected: 0
  };
}

/** Places taken per place offered (0..1); null when no places were offered (unlimited or none held). */
export function fillRate(figures: Pick<Figures, 'placesOffered' | 'placesTakenOfOffered'>): number | null {
  return figures.placesOffered > 0 ? figures.placesTakenOfOffered / figures.placesOffered : null;
}

/** Came per expected at the sessions with a count; null when no session has a count. */
export function attendanceRate(figures: Pick<Figures, 'attendance' | 'attendanceExpected' | 'sessionsWithAttendance'>): number | null {
  return figures.sessionsWithAttendance > 0 && figures.attendanceExpected > 0 ? figures.attendance / figures.attendanceExpected : null;
}

/**
 * Stored figures the dashboard can use: computed under the current definitions and whole. A row
 * from an older definition (or edited by hand) counts as not computed, so it is computed again.
 */
export function isCurrentFigures(value: unknown): value is ParticipationFigures {
  const f = value as Partial<ParticipationFigures> | null;
  return (
    !!f &&
    typeof f === 'object' &&
    f.definitionsVersion === FIGURES_DEFINITIONS_VERSION &&
    Array.isArray(f.months) &&
    !!f.total &&
    !!f.unlisted &&
    ['byPillar', 'byShape', 'byLocation', 'byDepartment', 'byOffice', 'activities'].every((k) => !!(f as { [key: string]: unknown })[k])
  );
}
