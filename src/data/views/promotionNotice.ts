import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { slotRules } from '../../core/activities/availability';
import { deriveSlot } from '../../core/activities/outcomes';
import { activitySessions } from '../../core/activities/sessions';
import { noticesForPromotion } from '../../core/notifications/whoIsTold';
import { upnFromLogin } from '../../core/links/teamsChat';
import { Activity } from '../../core/types';
import { SlotRef, StoredRegistration } from '../contracts/IRegistrationRepository';
import { TellOutcome } from '../contracts/ITellOutcome';
import type { ParticipantMessenger } from '../graph/participantMessenger';
import { tell } from '../graph/tell';

/**
 * After an employee cancelled: the people who moved up from the waiting list are told "Je hebt
 * een plek" in Teams, computed by the same derivation as everything else: the slot as re-read
 * after the cancel, against the same slot with the cancelled items still active. Public
 * activities only — an employee cannot read a private slot's other sign-ups (the promoted
 * person sees "Je hebt een plek" on their own page). Sign-in names are read per promoted
 * person (web/getUserById; usually one).
 */
export async function tellPromoted(
  sp: SPFI,
  messenger: ParticipantMessenger | undefined,
  activity: Activity,
  slot: SlotRef,
  cancelledIds: number[],
  after: StoredRegistration[]
): Promise<TellOutcome | undefined> {
  if (slot.isPrivate || activity.isPrivate) {
    return undefined;
  }
  const session = slot.sessionDate === null ? null : activitySessions(activity).filter((s) => s.date === slot.sessionDate)[0] || null;
  const rules = slotRules(activity, session);
  const before = after.map((r) => (cancelledIds.indexOf(r.id) >= 0 ? { ...r, status: 'requested' as const, withdrawnAt: undefined } : r));
  const notices = noticesForPromotion(activity.id, slot.sessionDate, deriveSlot(before, rules), deriveSlot(after, rules));
  if (notices.length === 0) {
    return undefined;
  }
  const sender = after.filter((r) => cancelledIds.indexOf(r.id) >= 0)[0];
  const upns: { [personId: number]: string | undefined } = {};
  await Promise.all(
    notices.map(async (n) => {
      const user = await sp.web
        .getUserById(n.personId)
        .select('LoginName', 'UserPrincipalName', 'Email')<{ LoginName?: string; UserPrincipalName?: string | null; Email?: string }>()
        .catch(() => undefined);
      upns[n.personId] = user ? user.UserPrincipalName || upnFromLogin(user.LoginName) || user.Email || undefined : undefined;
    })
  );
  return tell(messenger, activity, notices, (id) => upns[id], sender ? sender.person.id : 0);
}
