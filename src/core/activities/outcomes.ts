/**
 * Who has a place, derived from the registrations of one slot. Nothing here is
 * stored: every reader runs the same derivation over the same server-ordered
 * data and gets the same answer, so 200 simultaneous clicks, double clicks and
 * retried POSTs can never push a slot over capacity. A cancellation (a flag on
 * the person's own item) simply makes the next waiting person confirmed on the
 * next derivation.
 *
 * Re-signing up after cancelling must create a NEW registration (a new Id, so
 * the back of the queue); un-cancelling the old item would jump the queue.
 */
import { Registration, RegistrationOutcome } from '../types';

export interface SlotRules {
  /** Places in the slot; null = unlimited. */
  capacity: number | null;
  /** Registrations the server created after this instant are late; null = no deadline. */
  deadline: Date | null;
  activityCancelled: boolean;
}

export interface RegistrationOutcomeDetail {
  registrationId: number;
  personId: number;
  outcome: RegistrationOutcome;
  /** 1-based place on the waiting list; null unless the outcome is 'waiting'. */
  position: number | null;
}

export interface SlotSummary {
  confirmed: number;
  waiting: number;
  /** null = unlimited; 0 when full or when the activity is cancelled. */
  placesLeft: number | null;
  isFull: boolean;
  activityCancelled: boolean;
  outcomes: { [registrationId: number]: RegistrationOutcomeDetail };
  /** Per person, the id of the registration that speaks for them (see outcomeFor). */
  byPerson: { [personId: number]: number };
  /** People with UNUSUAL_REGISTRATIONS or more items in the slot (a flood), most first: for the organiser. */
  unusual: Array<{ personId: number; registrations: number }>;
}

/** More items than a person makes by signing up, cancelling and signing up again a few times. */
export const UNUSUAL_REGISTRATIONS = 10;

/**
 * Derives every registration's outcome in one slot:
 * 1. sort by SharePoint Id (the server's order; the array order is irrelevant);
 * 2. cancelled ones are 'cancelled'; if the activity is cancelled, all others are 'activityCancelled';
 * 3. registrations created after the deadline are 'late';
 * 4. a person's later registrations are 'duplicate' (double click, retried POST);
 * 5. the first `capacity` remaining are 'confirmed', the rest 'waiting' 1..n.
 * The same item listed twice (overlapping pages) counts once.
 */
export function deriveSlot(registrations: ReadonlyArray<Registration>, rules: SlotRules): SlotSummary {
  const sorted: Registration[] = registrations.slice().sort((a: Registration, b: Registration) => a.id - b.id);
  const capacity: number | null = rules.capacity === null ? null : placesOf(rules.capacity);
  const deadlineMs: number | null = rules.deadline === null ? null : rules.deadline.getTime();
  const outcomes: { [registrationId: number]: RegistrationOutcomeDetail } = {};
  const byPerson: { [personId: number]: number } = {};
  const counted: { [personId: number]: boolean } = {};
  const perPerson: { [personId: number]: number } = {};
  let confirmed: number = 0;
  let waiting: number = 0;

  for (let i: number = 0; i < sorted.length; i++) {
    const registration: Registration = sorted[i];
    if (has(outcomes, registration.id)) {
      continue;
    }
    const personId: number = registration.person.id;
    perPerson[personId] = (perPerson[personId] || 0) + 1;
    let outcome: RegistrationOutcome;
    let position: number | null = null;
    if (registration.status === 'cancelled') {
      outcome = 'cancelled';
    } else if (rules.activityCancelled) {
      outcome = 'activityCancelled';
    } else if (deadlineMs !== null && registration.registeredAt.getTime() > deadlineMs) {
      outcome = 'late';
    } else if (has(counted, personId)) {
      outcome = 'duplicate';
    } else {
      counted[personId] = true;
      if (capacity === null || confirmed < capacity) {
        confirmed++;
        outcome = 'confirmed';
      } else {
        waiting++;
        outcome = 'waiting';
        position = waiting;
      }
    }
    outcomes[registration.id] = { registrationId: registration.id, personId: personId, outcome: outcome, position: position };
    if (!has(byPerson, personId) || speaksLouder(outcome, outcomes[byPerson[personId]].outcome)) {
      byPerson[personId] = registration.id;
    }
  }

  const activityCancelled: boolean = rules.activityCancelled;
  return {
    confirmed: confirmed,
    waiting: waiting,
    placesLeft: activityCancelled ? 0 : capacity === null ? null : Math.max(0, capacity - confirmed),
    isFull: !activityCancelled && capacity !== null && confirmed >= capacity,
    activityCancelled: activityCancelled,
    outcomes: outcomes,
    byPerson: byPerson,
    unusual: Object.keys(perPerson)
      .map((key) => ({ personId: Number(key), registrations: perPerson[Number(key)] }))
      .filter((p) => p.registrations >= UNUSUAL_REGISTRATIONS)
      .sort((a, b) => b.registrations - a.registrations || a.personId - b.personId)
  };
}

/**
 * The registration that speaks for a person and its outcome: the one that
 * counts (confirmed / waiting / activityCancelled), else their first late one,
 * else their first cancelled one; undefined when they never signed up here.
 */
export function outcomeFor(summary: SlotSummary, personId: number): RegistrationOutcomeDetail | undefined {
  return has(summary.byPerson, personId) ? summary.outcomes[summary.byPerson[personId]] : undefined;
}

/**
 * What "Afmelden" must flag: all of the person's registrations in the slot that
 * are not cancelled yet, duplicates included, so no later duplicate takes over.
 */
export function registrationIdsToCancel(summary: SlotSummary, personId: number): number[] {
  const ids: number[] = [];
  for (const key in summary.outcomes) {
    if (Object.prototype.hasOwnProperty.call(summary.outcomes, key)) {
      const detail: RegistrationOutcomeDetail = summary.outcomes[Number(key)];
      if (detail.personId === personId && detail.outcome !== 'cancelled') {
        ids.push(detail.registrationId);
      }
    }
  }
  return ids.sort((a: number, b: number) => a - b);
}

/** True for the outcomes that mean "you are signed up" (a place or a waiting-list spot). */
export function isSignedUp(outcome: RegistrationOutcome | undefined): boolean {
  return outcome === 'confirmed' || outcome === 'waiting';
}

// Higher speaks for the person; equal ranks keep the earlier registration.
const RANK: { [outcome in RegistrationOutcome]: number } = {
  confirmed: 3,
  waiting: 3,
  activityCancelled: 3,
  late: 2,
  cancelled: 1,
  duplicate: 0
};

function speaksLouder(candidate: RegistrationOutcome, current: RegistrationOutcome): boolean {
  return RANK[candidate] > RANK[current];
}

/** A malformed capacity (NaN, negative, fractional) must never grant extra places. */
function placesOf(capacity: number): number {
  return isFinite(capacity) && capacity > 0 ? Math.floor(capacity) : 0;
}

function has(map: object, key: number): boolean {
  return Object.prototype.hasOwnProperty.call(map, String(key));
}
