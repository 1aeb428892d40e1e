import { Activity, ActivitySession } from '../../core/types';
import { slotKey } from '../../core/activities/slots';
import { nextSession, sessionsOfSignUp, upcomingSessions } from '../../core/activities/sessions';
import { CancelledDate, cancelledDateOf } from '../../core/activities/cancelledDates';
import { ChangedField, changedSinceSignUp } from '../../core/activities/lastChange';
import { deriveSlot, outcomeFor, RegistrationOutcomeDetail, SlotSummary } from '../../core/activities/outcomes';
import { canCancel, mySlot, signUpAvailability, SignUpAvailability, slotRules } from '../../core/activities/availability';
import { hasPlaceLeft } from '../../core/activities/catalogue';
import { hadToWait } from '../../core/activities/placeFound';
import { countOfSlot, SlotCount } from '../../core/activities/privateCounts';
import { ViewerRoles } from '../../data/contracts/ICurrentUserRepository';
import { SlotRef, StoredRegistration } from '../../data/contracts/IRegistrationRepository';

// The UI's view of one slot (a drop-in date, or the whole activity) for the viewer. Every
// rule comes from src/core (deriveSlot, signUpAvailability, canCancel); this file only
// decides what the viewer may know: on a private activity an employee reads just their
// own registration, so counts and waiting-list positions are not theirs to see.

export type MyStatus =
  | { kind: 'none' }
  | { kind: 'confirmed' }
  | { kind: 'waiting'; position: number }
  /** Signed up for a private activity: whether a place is free is not visible to employees. */
  | { kind: 'signedUp' }
  | { kind: 'late' }
  | { kind: 'activityCancelled' };

export interface SlotView {
  key: string;
  ref: SlotRef;
  /** The drop-in date's session; null for one-off events and programmes. */
  session: ActivitySession | null;
  /** The sessions this sign-up covers (one for a drop-in date, all for a programme). */
  sessions: ActivitySession[];
  /** undefined until the slot's registrations are loaded. */
  summary: SlotSummary | undefined;
  /** The viewer may see other people's registrations (public activity, organiser, coordinator). */
  seesOthers: boolean;
  /** A private activity seen by an employee: the counts its organiser published, if any. */
  published: (SlotCount & { countedAt: Date }) | undefined;
  my: MyStatus;
  availability: SignUpAvailability | undefined;
  canCancel: boolean;
  /** The viewer's active registrations in the slot (duplicates too): what "Afmelden" cancels. */
  myActiveIds: number[];
  /** The viewer has a place now but signed up on the waiting list (core/activities/placeFound). */
  placeFound: boolean;
  /** What the organiser changed after the viewer signed up (core/activities/lastChange). */
  changedSince: ChangedField[];
  /** Dates of this sign-up the organiser called off, with reasons. */
  cancelledDates: CancelledDate[];
}

/** Sees every registration of the activity: anyone for public ones; organiser and coordinators for private ones. */
export function seesOthers(activity: Activity, roles: ViewerRoles | undefined): boolean {
  return !activity.isPrivate || (!!roles && (roles.isOwner || activity.organiser.id === roles.userId));
}

/** Where a sign-up goes, with the start of the last session it covers (stored as SbUntil for "my sign-ups"). */
export function slotRefFor(activity: Activity, session: ActivitySession | null): SlotRef {
  const sessionDate = activity.shape === 'weeklyDropIn' && session ? session.date : null;
  const covered = sessionsOfSignUp(activity, sessionDate);
  const ref: SlotRef = { activityId: activity.id, sessionDate, isPrivate: activity.isPrivate };
  if (covered.length > 0) {
    ref.until = covered[covered.length - 1].startsAt;
  }
  return ref;
}

export function slotKeyOf(activity: Activity, session: ActivitySession | null): string {
  const ref = slotRefFor(activity, session);
  return slotKey(ref.activityId, ref.sessionDate);
}

function statusOf(detail: RegistrationOutcomeDetail | undefined, others: boolean): MyStatus {
  if (!detail) {
    return { kind: 'none' };
  }
  switch (detail.outcome) {
    case 'confirmed':
      return others ? { kind: 'confirmed' } : { kind: 'signedUp' };
    case 'waiting':
      return others ? { kind: 'waiting', position: detail.position || 1 } : { kind: 'signedUp' };
    case 'late':
      return { kind: 'late' };
    case 'activityCancelled':
      return { kind: 'activityCancelled' };
    default:
      return { kind: 'none' };
  }
}

/** Derives one slot for the viewer. `session` is the drop-in date (ignored for other shapes). */
export function slotView(
  activity: Activity,
  session: ActivitySession | null,
  registrations: StoredRegistration[] | undefined,
  roles: ViewerRoles | undefined,
  now: Date
): SlotView {
  const dropInSession = activity.shape === 'weeklyDropIn' ? session : null;
  const ref = slotRefFor(activity, dropInSession);
  const others = seesOthers(activity, roles);
  const count = others ? undefined : countOfSlot(activity.publishedCounts, ref.sessionDate);
  const base = {
    key: slotKey(ref.activityId, ref.sessionDate),
    ref,
    session: dropInSession,
    sessions: sessionsOfSignUp(activity, ref.sessionDate),
    seesOthers: others,
    published: count && activity.publishedCounts ? { ...count, countedAt: activity.publishedCounts.countedAt } : undefined,
    cancelledDates: sessionsOfSignUp(activity, ref.sessionDate)
      .map((s) => cancelledDateOf(activity, s.date))
      .filter((c): c is CancelledDate => c !== undefined)
  };
  if (!registrations || !roles) {
    return { ...base, summary: undefined, my: { kind: 'none' }, availability: undefined, canCancel: false, myActiveIds: [], placeFound: false, changedSince: [], cancelledDates: base.cancelledDates };
  }
  const summary = deriveSlot(registrations, slotRules(activity, dropInSession));
  const detail = outcomeFor(summary, roles.userId);
  const mineNow = detail ? registrations.filter((r) => r.id === detail.registrationId)[0] : undefined;
  // Without sight of the others, "full" is unknown: the server's order decides.
  const slotForAvailability = others ? mySlot(summary, roles.userId) : { isFull: false, mine: detail };
  return {
    ...base,
    summary,
    my: statusOf(detail, others),
    availability: signUpAvailability(activity, dropInSession, now, slotForAvailability),
    canCancel: canCancel(activity, dropInSession, now, detail),
    myActiveIds: registrations.filter((r) => r.person.id === roles.userId && r.status !== 'cancelled').map((r) => r.id),
    // Only where the others are visible: on a private activity the queue is not the viewer's to know.
    placeFound: others && !!detail && detail.outcome === 'confirmed' && hadToWait(registrations, roles.userId, slotRules(activity, dropInSession)),
    changedSince: mineNow ? changedSinceSignUp(activity, mineNow) : []
  };
}

/** The slot a catalogue card shows: the next date of a drop-in, else the whole activity. */
export function cardSession(activity: Activity, now: Date): ActivitySession | undefined {
  return nextSession(activity, now);
}

/** The slots the detail view lists: each upcoming date of a drop-in, else the one slot. */
export function detailSessions(activity: Activity, now: Date): Array<ActivitySession | null> {
  if (activity.shape !== 'weeklyDropIn') {
    return [null];
  }
  return upcomingSessions(activity, now);
}

/** "Alleen met plek": unknown (private, or not loaded) counts as possible. */
export function mayHavePlace(view: SlotView): boolean {
  return !view.summary || !view.seesOthers || hasPlaceLeft(view.summary);
}
