import { deriveSlot, RegistrationOutcomeDetail } from '../../core/activities/outcomes';
import { slotRules } from '../../core/activities/availability';
import { activitySessions } from '../../core/activities/sessions';
import { slotKey } from '../../core/activities/slots';
import { Activity, ActivitySession } from '../../core/types';
import { SlotRef, StoredRegistration } from '../contracts/IRegistrationRepository';
import { Participant, SlotParticipants } from '../contracts/IStudioApi';

// The slots of an activity as the studio counts them, and who is confirmed or waiting in each.

/** The slots of an activity: one per date for a weekly drop-in, the whole activity otherwise. */
export function activitySlots(activity: Activity): Array<{ ref: SlotRef; session: ActivitySession | null }> {
  const sessions = activitySessions(activity);
  if (activity.shape === 'weeklyDropIn') {
    return sessions.map((session) => ({
      ref: { activityId: activity.id, sessionDate: session.date, isPrivate: activity.isPrivate },
      session
    }));
  }
  return [{ ref: { activityId: activity.id, sessionDate: null, isPrivate: activity.isPrivate }, session: sessions[0] || null }];
}

/** The slots that are not over yet (all of them without `now`). */
export function upcoming<T extends { session: ActivitySession | null }>(slots: T[], now?: Date): T[] {
  return now ? slots.filter((s) => !s.session || s.session.endsAt.getTime() > now.getTime()) : slots;
}

/** Registrations grouped per slot and derived (confirmed / waiting in order) by src/core. */
export function participantsPerSlot(activity: Activity, registrations: StoredRegistration[], now?: Date): SlotParticipants[] {
  return upcoming(activitySlots(activity), now).map(({ ref, session }) => {
    const key = slotKey(ref.activityId, ref.sessionDate);
    const inSlot = registrations.filter((r) => r.slot === key);
    // A cancelled activity still shows who had a place (the organiser may want to tell them).
    const summary = deriveSlot(inSlot, { ...slotRules(activity, session), activityCancelled: false });
    const confirmed: Participant[] = [];
    const waiting: Participant[] = [];
    for (const registration of inSlot) {
      const outcome: RegistrationOutcomeDetail | undefined = summary.outcomes[registration.id];
      if (outcome && outcome.outcome === 'confirmed') {
        confirmed.push({ registration, outcome });
      } else if (outcome && outcome.outcome === 'waiting') {
        waiting.push({ registration, outcome });
      }
    }
    waiting.sort((a, b) => (a.outcome.position || 0) - (b.outcome.position || 0));
    return { sessionDate: ref.sessionDate, summary, confirmed, waiting };
  });
}

