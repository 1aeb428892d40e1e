import { SPFI } from '@pnp/sp';
import { deriveSlot, RegistrationOutcomeDetail } from '../../core/activities/outcomes';
import { slotRules } from '../../core/activities/availability';
import { activitySessions } from '../../core/activities/sessions';
import { slotKey } from '../../core/activities/slots';
import { Activity, ActivitySession } from '../../core/types';
import { ViewerRoles } from '../contracts/ICurrentUserRepository';
import { SlotRef, StoredRegistration } from '../contracts/IRegistrationRepository';
import { Participant, SlotParticipants, StudioApi } from '../contracts/IStudioApi';
import { SpActivityEditor } from '../repositories/SpActivityEditor';
import { SpCurrentUserRepository } from '../repositories/SpCurrentUserRepository';
import { SpRegistrationRepository } from '../repositories/SpRegistrationRepository';
import { inBatch } from './inBatch';
import { purgeRegistrations } from './purgeRegistrations';
import { SpPrivateCountRepository } from '../repositories/SpPrivateCountRepository';
import { sameSlotCounts, SlotCount } from '../../core/activities/privateCounts';

/** Ended activities stay in "Mijn activiteiten" this long (to export who came). */
const KEEP_ENDED_DAYS = 60;
/** Activities per page of "Mijn activiteiten" ("Meer laden" for the rest). */
export const STUDIO_PAGE = 50;

function sinceOf(now: Date): Date {
  return new Date(now.getTime() - KEEP_ENDED_DAYS * 24 * 3600 * 1000);
}

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
function upcoming<T extends { session: ActivitySession | null }>(slots: T[], now?: Date): T[] {
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

/**
 * Publishes the counts of private activities when they changed since the last time (numbers
 * per date, no names). Best effort: on a failure employees see the previous counts.
 */
async function publishPrivateCounts(
  sp: SPFI,
  activityIds: number[],
  counts: { [activityId: number]: SlotParticipants[] },
  published: { id: number; activityId: number; slots: SlotCount[] }[],
  now: Date
): Promise<void> {
  const repository = new SpPrivateCountRepository(sp);
  for (const activityId of activityIds) {
    const slots: SlotCount[] = (counts[activityId] || []).map((s) => ({
      sessionDate: s.sessionDate,
      confirmed: s.confirmed.length,
      waiting: s.waiting.length
    }));
    const existing = published.filter((p) => p.activityId === activityId)[0];
    if (existing && sameSlotCounts(existing.slots, slots)) {
      continue;
    }
    await repository.publish(activityId, slots, now, existing && existing.id).catch(() => undefined);
  }
}

/** The data API of the Ambassadeurs web part over one PnPjs instance (SPFx or the preview). */
export function studioApi(sp: SPFI): StudioApi {
  // One read of the roles per loadStudio; publish reuses it for the organiser id.
  let knownRoles: Promise<ViewerRoles> | undefined;
  const roles = (): Promise<ViewerRoles> => {
    if (!knownRoles) {
      knownRoles = inBatch(sp, (b) => new SpCurrentUserRepository(b).getRoles());
      // A failed read is not remembered: the next call asks again.
      knownRoles.catch(() => {
        knownRoles = undefined;
      });
    }
    return knownRoles;
  };
  const editor = new SpActivityEditor(sp);

  return {
    loadStudio: async (now) => {
      knownRoles = undefined;
      const viewer = await roles();
      if (!viewer.isAmbassador && !viewer.isOwner) {
        return { roles: viewer, activities: [] };
      }
      const page = await inBatch(sp, (b) => new SpActivityEditor(b).listOwn(viewer.isOwner ? 'all' : viewer.userId, sinceOf(now), STUDIO_PAGE));
      return { roles: viewer, activities: page.activities, next: page.next };
    },
    loadMoreActivities: async (now, after) => {
      const viewer = await roles();
      return editor.listOwn(viewer.isOwner ? 'all' : viewer.userId, sinceOf(now), STUDIO_PAGE, after);
    },
    publish: async (draft) => editor.publish(draft, (await roles()).userId),
    update: (id, etag, draft) => editor.update(id, etag, draft),
    cancel: (id, etag) => editor.setStatus(id, etag, 'cancelled'),
    reopen: (id, etag) => editor.setStatus(id, etag, 'open'),
    loadCounts: async (activities, now) => {
      const slots: SlotRef[] = [];
      activities.forEach((activity) => upcoming(activitySlots(activity), now).forEach((s) => slots.push(s.ref)));
      const viewer = await roles();
      // Coordinators read every private sign-up: they publish the numbers for employees.
      const mine = viewer.isOwner ? activities.filter((a) => a.isPrivate).map((a) => a.id) : [];
      const [registrations, published] =
        slots.length === 0
          ? [[], []]
          : await inBatch(sp, (b) =>
              Promise.all([
                new SpRegistrationRepository(b).listForSlots(slots),
                new SpPrivateCountRepository(b).itemsOf(mine).catch(() => undefined)
              ])
            );
      const counts: { [activityId: number]: SlotParticipants[] } = {};
      activities.forEach((activity) => {
        counts[activity.id] = participantsPerSlot(
          activity,
          registrations.filter((r) => r.activityId === activity.id),
          now
        );
      });
      if (published) {
        await publishPrivateCounts(sp, mine, counts, published, now);
      }
      return counts;
    },
    purgeRegistrations: async (before, dryRun) => {
      const result = await purgeRegistrations(sp, before, { dryRun });
      return result.deleted.registrations + result.deleted.privateRegistrations;
    },
    loadParticipants: async (activity) => {
      const slots = activitySlots(activity).map((s) => s.ref);
      const registrations = slots.length === 0 ? [] : await inBatch(sp, (b) => new SpRegistrationRepository(b).listParticipants(slots));
      return participantsPerSlot(activity, registrations);
    }
  };
}
