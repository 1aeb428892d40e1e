import { Activity, ActivitySession } from '../../core/types';
import { parseSlotKey } from '../../core/activities/slots';
import { activitySessions, findSession, upcomingSessions } from '../../core/activities/sessions';
import { ActivitiesState } from './activitiesStore';
import { slotView, SlotView } from './slotView';

export interface MySignUpEntry {
  activity: Activity;
  /** The drop-in date; null for one-off events and programmes. */
  session: ActivitySession | null;
  view: SlotView;
  /** When the entry sorts: its first session that is not over yet. */
  sortAt: number;
}

/**
 * The viewer's upcoming sign-ups, one per slot, soonest first: confirmed, waiting, and
 * those whose activity the organiser cancelled. A slot with a fresh result message (just
 * cancelled) stays in the list so the confirmation does not vanish under the keyboard.
 */
export function mySignUpEntries(state: ActivitiesState, now: Date): MySignUpEntry[] {
  if (!state.mine || !state.roles) {
    return [];
  }
  const seen: { [key: string]: boolean } = {};
  const entries: MySignUpEntry[] = [];
  state.mine.forEach((registration) => {
    if (seen[registration.slot]) {
      return;
    }
    seen[registration.slot] = true;
    const activity = state.activities[registration.activityId];
    const ref = parseSlotKey(registration.slot);
    if (!activity || !ref) {
      return;
    }
    let session: ActivitySession | null = null;
    let upcoming: ActivitySession[];
    if (activity.shape === 'weeklyDropIn') {
      session = ref.sessionDate ? findSession(activitySessions(activity), ref.sessionDate) || null : null;
      upcoming = session && session.endsAt.getTime() > now.getTime() ? [session] : [];
    } else {
      upcoming = upcomingSessions(activity, now);
    }
    if (upcoming.length === 0 || (activity.shape === 'weeklyDropIn' && !session)) {
      return;
    }
    const view = slotView(activity, session, state.slots[registration.slot], state.roles, now);
    const kind = view.my.kind;
    const active = kind === 'confirmed' || kind === 'waiting' || kind === 'signedUp' || kind === 'activityCancelled';
    if (!active && !state.messages[view.key]) {
      return;
    }
    entries.push({ activity, session, view, sortAt: upcoming[0].startsAt.getTime() });
  });
  return entries.sort((a, b) => a.sortAt - b.sortAt || a.activity.id - b.activity.id);
}
