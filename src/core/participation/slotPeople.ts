/**
 * Where each person ended up in one slot, for the figures — derived with the product's own rules
 * (docs/signup-rules.md), never from a field a person can rewrite:
 * 1. recordVerdict: items in someone else's name or with a slot that does not match are ignored;
 *    an item changed after it was created is withdrawn, whatever its fields say now;
 * 2. deriveSlot with the slot's rules (Id order, deadline, duplicates, capacity).
 * Whether the slot took place is decided here, not by deriveSlot: placed and waiting people of a
 * slot that did not take place (cancelled activity, called-off date(s)) are "called off".
 */
import { slotRules, signUpSession } from '../activities/availability';
import { deriveSlot, RegistrationOutcomeDetail, SlotSummary } from '../activities/outcomes';
import { recordVerdict } from '../activities/registrationRecord';
import { Activity, ActivitySession, Registration, RegistrationOutcome } from '../types';
import type { ParticipationRecord } from './figureTypes';

/** A person's place in a slot: at most one per person; people with only late or duplicate items have none. */
export type SlotPersonKind = 'placed' | 'waiting' | 'calledOff' | 'cancelled';

/** For cancelled people: was the (last) withdrawal 24 hours or more before the slot's start? */
export type CancelTiming = 'onTime' | 'late' | 'unknown';

export interface SlotPerson {
  personId: number;
  kind: SlotPersonKind;
  /** Only for kind 'cancelled'. */
  timing?: CancelTiming;
}

export interface SlotPeople {
  people: SlotPerson[];
  /** People placed (0 when the slot did not take place). */
  placed: number;
}

export const LATE_CANCELLATION_MS: number = 24 * 60 * 60 * 1000;

/** The Registration the product derives from an item, or undefined when the rule ignores it. */
export function registrationOfRecord(record: ParticipationRecord): Registration | undefined {
  const verdict = recordVerdict(record);
  if (verdict === 'foreign' || verdict === 'malformed') {
    return undefined;
  }
  return {
    id: record.id,
    activityId: record.activityId,
    sessionKey: record.sessionDate,
    // Only the id is used; names never enter the figures.
    person: { id: record.personId, name: '', email: '' },
    registeredAt: record.created,
    status: verdict === 'withdrawn' ? 'cancelled' : 'requested'
  };
}

/**
 * The people of one slot.
 * @param session the drop-in date's session; null for one-off events and programmes.
 * @param held whether the slot took place (see monthFigures).
 * @param records the slot's items (one list: the activity's effective one).
 */
export function slotPeople(activity: Activity, session: ActivitySession | null, held: boolean, records: ReadonlyArray<ParticipationRecord>): SlotPeople {
  const registrations: Registration[] = [];
  const recordById: { [id: number]: ParticipationRecord } = {};
  for (const record of records) {
    const registration = registrationOfRecord(record);
    if (registration && !has(recordById, record.id)) {
      recordById[record.id] = record;
      registrations.push(registration);
    }
  }
  // Called off or not is the `held` decision below; the rest is exactly the product's rule.
  const summary: SlotSummary = deriveSlot(registrations, { ...slotRules(activity, session), activityCancelled: false });

  const outcomesOf: { [personId: number]: RegistrationOutcome[] } = {};
  const withdrawnOf: { [personId: number]: ParticipationRecord[] } = {};
  const order: number[] = [];
  for (const key of Object.keys(summary.outcomes)) {
    const detail: RegistrationOutcomeDetail = summary.outcomes[Number(key)];
    if (!has(outcomesOf, detail.personId)) {
      outcomesOf[detail.personId] = [];
      withdrawnOf[detail.personId] = [];
      order.push(detail.personId);
    }
    outcomesOf[detail.personId].push(detail.outcome);
    if (detail.outcome === 'cancelled') {
      withdrawnOf[detail.personId].push(recordById[detail.registrationId]);
    }
  }

  const start: ActivitySession | undefined = signUpSession(activity, session);
  const people: SlotPerson[] = [];
  let placed: number = 0;
  for (const personId of order.sort((a, b) => a - b)) {
    const outcomes = outcomesOf[personId];
    let kind: SlotPersonKind | undefined;
    if (outcomes.indexOf('confirmed') >= 0) {
      kind = held ? 'placed' : 'calledOff';
    } else if (outcomes.indexOf('waiting') >= 0) {
      kind = held ? 'waiting' : 'calledOff';
    } else if (outcomes.indexOf('cancelled') >= 0) {
      kind = 'cancelled';
    }
    // Only late or duplicate items: signed up after the deadline, not a sign-up.
    if (kind === undefined) {
      continue;
    }
    if (kind === 'placed') {
      placed++;
    }
    people.push(kind === 'cancelled' ? { personId, kind, timing: cancelTiming(withdrawnOf[personId], start) } : { personId, kind });
  }
  return { people, placed };
}

/**
 * When did the person's last withdrawal happen, relative to the slot's start minus 24 hours?
 * Modified is set by the server on every change, so a withdrawal happened at or before the
 * item's Modified — exactly at it when the withdrawal was the item's only change (version 2; or
 * version 1: an item created already cancelled, over REST).
 * - onTime: every withdrawn item's Modified is 24 hours or more before the start;
 * - late: an item withdrawn by its only change (version 1 or 2) has Modified later than that;
 * - unknown: otherwise (changed again within the last 24 hours, or Modified not read).
 */
export function cancelTiming(withdrawn: ReadonlyArray<ParticipationRecord>, start: ActivitySession | undefined): CancelTiming {
  if (!start || withdrawn.length === 0) {
    return 'unknown';
  }
  const limit: number = start.startsAt.getTime() - LATE_CANCELLATION_MS;
  let allBefore: boolean = true;
  for (const record of withdrawn) {
    const modified: number | null = record.modified ? record.modified.getTime() : null;
    if (modified !== null && !isNaN(modified) && modified > limit && (record.version === 1 || record.version === 2)) {
      return 'late';
    }
    if (modified === null || isNaN(modified) || modified > limit) {
      allBefore = false;
    }
  }
  return allBefore ? 'onTime' : 'unknown';
}

function has(map: object, key: number): boolean {
  return Object.prototype.hasOwnProperty.call(map, String(key));
}
