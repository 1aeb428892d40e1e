/**
 * What the Deelname dashboard may show of one year: the published figures after the small-group
 * rule (docs/participation-privacy.md). Plain data, counts only — no person ids anywhere. Built by
 * core/participation/publication.ts; read by the dashboard and its CSV export.
 */
import type { Hidden, Published } from './smallGroups';

export type { Hidden, Published } from './smallGroups';

/**
 * The breakdowns of sign-ups (public activities only; private ones are in the totals alone).
 * 'outcome' splits the sign-ups by what became of them (OUTCOMES). 'activity' rows sit under their
 * pillar (groups) and are published only where the pillar's cell is shown; 'shape' and 'location'
 * are sums of activity rows (docs/participation-privacy.md, "Activities, shapes and locations").
 */
export type BreakdownName = 'outcome' | 'pillar' | 'activity' | 'shape' | 'location' | 'department' | 'office';
export const BREAKDOWNS: ReadonlyArray<BreakdownName> = ['outcome', 'pillar', 'activity', 'shape', 'location', 'department', 'office'];

/** What became of a sign-up; the rows of the 'outcome' breakdown add up to the sign-ups. */
export type OutcomeKey = 'placedWithLimit' | 'placedNoLimit' | 'waiting' | 'cancelledOnTime' | 'cancelledLate' | 'cancelledTimeUnknown' | 'calledOff';
export const OUTCOMES: ReadonlyArray<OutcomeKey> = ['placedWithLimit', 'placedNoLimit', 'waiting', 'cancelledOnTime', 'cancelledLate', 'cancelledTimeUnknown', 'calledOff'];

/** Figures published as totals only (per quarter and the year), never per category. */
export type TotalsField = 'uniqueParticipants' | 'repeatParticipants' | 'attendance' | 'attendanceExpected' | 'placesOffered' | 'sessions' | 'sessionsCalledOff';
export const TOTALS_FIELDS: ReadonlyArray<TotalsField> = ['uniqueParticipants', 'repeatParticipants', 'attendance', 'attendanceExpected', 'placesOffered', 'sessions', 'sessionsCalledOff'];

/**
 * Where a period stands: 'open' = not over yet (nothing is published for it); 'missing' = over,
 * but its figures were not computed yet (an owner can press "Bereken"); 'ready' = published.
 */
export type PeriodStatus = 'open' | 'missing' | 'ready';

/** A rate 0..1; null when there is nothing to divide by; a Hidden kind when its numerator is hidden. */
export type PublishedRate = number | null | Hidden;

export interface PublishedRow {
  /** The category key: an OutcomeKey, a Pillar, a Shape, a location or department or office name, or 'onbekend'. */
  key: string;
  /** One per column of the table. */
  cells: Published[];
}

export interface PublishedBreakdown {
  name: BreakdownName;
  /** Rows in display order; every column's rows add up to that column's public sign-ups. */
  rows: PublishedRow[];
  /** 'activity' only: the row key (activity id) -> the activity's title. */
  labels?: { [key: string]: string };
  /** 'activity' only: the row key -> its pillar (rows come grouped by pillar, in pillar order). */
  groups?: { [key: string]: string };
  /** 'activity' only: the row key -> its first and last session date (YYYY-MM-DD), when known. */
  spans?: { [key: string]: [string, string] };
}

export interface PublishedYear {
  year: number;
  /** '2026-01' … '2026-12'. */
  months: string[];
  monthStatus: PeriodStatus[];
  /** Sign-ups per month, private activities included ('withheld' when the month is not ready). */
  signUpsByMonth: Published[];
  /** The columns of every other table: the four quarters and the year ('2026-Q1' … '2026-Q4', '2026'). */
  columns: string[];
  columnStatus: PeriodStatus[];
  /** Sign-ups per column, private activities included. */
  signUps: Published[];
  /** Sign-ups per column and category, public activities only. */
  breakdowns: PublishedBreakdown[];
  /** Per column. placesOffered, sessions and sessionsCalledOff describe activities, not people. */
  totals: { [field in TotalsField]: Published[] };
  /** Places taken in slots with a maximum ÷ places offered, public activities, per column. */
  fillRate: PublishedRate[];
  /** Came ÷ places taken at the sessions with a count, per column. */
  attendanceRate: PublishedRate[];
  /** Some shown month was computed without the directory: its department and office are 'onbekend'. */
  directoryUnavailable: boolean;
}
