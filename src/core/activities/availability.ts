/**
 * Whether someone can sign up for a slot right now, and the rules a slot's
 * outcomes are derived with. The slot's "start" is the drop-in date's session,
 * or the first session of a one-off event or programme (one sign-up covers all).
 */
import { cancelledDateOf } from './cancelledDates';
import { Activity, ActivitySession } from '../types';
import { activitySessions } from './sessions';
import { isSignedUp, outcomeFor, RegistrationOutcomeDetail, SlotRules, SlotSummary } from './outcomes';

/**
 * - open: a place is free;
 * - full-waitlist: signing up puts you on the waiting list;
 * - deadlinePassed / started: closed for sign-up;
 * - cancelled: the organiser cancelled the activity;
 * - awaitingCoordinator: marked private but not confirmed by a coordinator (core/activities/privacy);
 * - alreadySignedUp: you have a place or a waiting-list spot (also after the start, for "Mijn aanmeldingen").
 */
export type SignUpAvailability = 'open' | 'full-waitlist' | 'deadlinePassed' | 'started' | 'cancelled' | 'awaitingCoordinator' | 'alreadySignedUp';

/** What availability needs to know of the slot: whether it is full and what the current user has. */
export interface MySlot {
  isFull: boolean;
  mine: RegistrationOutcomeDetail | undefined;
}

/** MySlot from a derived summary. Private activities can build MySlot from a count and the user's own items. */
export function mySlot(summary: SlotSummary, personId: number): MySlot {
  return { isFull: summary.isFull, mine: outcomeFor(summary, personId) };
}

/**
 * The session whose start closes sign-up: the given drop-in date, else the
 * first session. Undefined when there is none (no valid dates, or a drop-in without a date).
 */
export function signUpSession(activity: Activity, session: ActivitySession | null): ActivitySession | undefined {
  if (activity.shape === 'weeklyDropIn') {
    return session === null ? undefined : session;
  }
  return activitySessions(activity)[0];
}

/**
 * The effective deadline: the activity's own deadline, but never later than the
 * slot's start (a sign-up made after the start is late too); the slot's start
 * when the activity has none. For a weekly drop-in an explicit deadline is one
 * instant for the whole series. Undefined when there is no session.
 */
export function signUpDeadline(activity: Activity, session: ActivitySession | null): Date | undefined {
  const first: ActivitySession | undefined = signUpSession(activity, session);
  if (!first) {
    return undefined;
  }
  const own: Date | null = activity.signUpDeadline;
  return own !== null && own.getTime() < first.startsAt.getTime() ? own : first.startsAt;
}

/** A drop-in date the organiser called off (cancelledDates): it derives like a cancelled activity. */
export function sessionCancelled(activity: Activity, session: ActivitySession | null): boolean {
  return activity.shape === 'weeklyDropIn' && session !== null && cancelledDateOf(activity, session.date) !== undefined;
}

/** The rules deriveSlot needs for this activity's slot (capacity per date for drop-ins, per activity otherwise). */
export function slotRules(activity: Activity, session: ActivitySession | null): SlotRules {
  const deadline: Date | undefined = signUpDeadline(activity, session);
  return {
    capacity: activity.capacity,
    deadline: deadline === undefined ? null : deadline,
    activityCancelled: activity.status === 'cancelled' || sessionCancelled(activity, session)
  };
}

/**
 * Can the current user sign up now? Checked in this order: cancelled,
 * alreadySignedUp, awaitingCoordinator, started, deadlinePassed, full-waitlist, open. At exactly the
 * deadline one may still sign up (matches deriveSlot, which marks only later
 * registrations late); at exactly the start it has started.
 */
export function signUpAvailability(activity: Activity, session: ActivitySession | null, now: Date, slot: MySlot): SignUpAvailability {
  if (activity.status === 'cancelled' || sessionCancelled(activity, session)) {
    return 'cancelled';
  }
  if (slot.mine !== undefined && isSignedUp(slot.mine.outcome)) {
    return 'alreadySignedUp';
  }
  if (activity.privacyPending) {
    return 'awaitingCoordinator';
  }
  const first: ActivitySession | undefined = signUpSession(activity, session);
  const deadline: Date | undefined = signUpDeadline(activity, session);
  if (!first || !deadline) {
    // Nothing to join (malformed dates): closed rather than a crash.
    return 'deadlinePassed';
  }
  if (now.getTime() >= first.startsAt.getTime()) {
    return 'started';
  }
  if (now.getTime() > deadline.getTime()) {
    return 'deadlinePassed';
  }
  return slot.isFull ? 'full-waitlist' : 'open';
}

/**
 * "Afmelden" is offered while the person is signed up, the activity is not
 * cancelled and the slot has not started (for a programme: its first session).
 */
export function canCancel(activity: Activity, session: ActivitySession | null, now: Date, mine: RegistrationOutcomeDetail | undefined): boolean {
  if (activity.status === 'cancelled' || mine === undefined || !isSignedUp(mine.outcome)) {
    return false;
  }
  const first: ActivitySession | undefined = signUpSession(activity, session);
  return first !== undefined && now.getTime() < first.startsAt.getTime();
}
