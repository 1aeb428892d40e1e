import { SPFI } from '@pnp/sp';
import { effectivePrivacy } from '../../core/activities/privacy';
import { PublishedCounts } from '../../core/activities/privateCounts';
import { Activity } from '../../core/types';
import { StoredRegistration } from '../contracts/IRegistrationRepository';
import { PrivateCountEntry, SpPrivateCountRepository } from '../repositories/SpPrivateCountRepository';

/**
 * The activities with their effective privacy (core/activities/privacy) and, for private ones,
 * the counts their coordinator last published.
 */
export function applyPrivacy(activities: Activity[], entries: ReadonlyArray<PrivateCountEntry>): Activity[] {
  return activities.map((a) => {
    const shown = effectivePrivacy(a, entries);
    if (!shown.isPrivate) {
      return shown;
    }
    const published = latestCounts(shown, entries);
    return published ? { ...shown, publishedCounts: published } : shown;
  });
}

function latestCounts(activity: Activity, entries: ReadonlyArray<PrivateCountEntry>): PublishedCounts | undefined {
  let best: PublishedCounts | undefined;
  for (const e of entries) {
    if (e.activityId === activity.id && e.authorId === activity.organiser.id && e.countedAt && (!best || e.countedAt.getTime() > best.countedAt.getTime())) {
      best = { activityId: activity.id, countedAt: e.countedAt, slots: e.slots };
    }
  }
  return best;
}

/**
 * Reads the entries of these activities (one indexed query per 40, inside the caller's batch)
 * and applies them. When they cannot be read, no activity counts as confirmed: flagged ones
 * are pending (no sign-up), never public by mistake.
 */
export async function withPrivacy(sp: SPFI, activities: Activity[]): Promise<Activity[]> {
  const entries = await readEntries(sp, activities.map((a) => a.id));
  return applyPrivacy(activities, entries);
}

export async function readEntries(sp: SPFI, activityIds: number[]): Promise<PrivateCountEntry[]> {
  try {
    return await new SpPrivateCountRepository(sp).entriesFor(activityIds);
  } catch {
    return [];
  }
}

/**
 * Each registration only from its activity's effective list: a slot read from both lists
 * (before the privacy was known) keeps one list's rows. Registrations of activities not given
 * are dropped, or kept with `keepOthers` (a person's history of activities not loaded).
 */
export function inEffectiveList(
  registrations: ReadonlyArray<StoredRegistration>,
  activities: ReadonlyArray<Activity>,
  keepOthers: boolean = false
): StoredRegistration[] {
  const privateOf: { [activityId: number]: boolean } = {};
  activities.forEach((a) => (privateOf[a.id] = a.isPrivate));
  return registrations.filter((r) =>
    Object.prototype.hasOwnProperty.call(privateOf, r.activityId) ? r.inPrivateList === privateOf[r.activityId] : keepOthers
  );
}

/** SlotRefs for both lists of a slot: for reads made before the activity's privacy is known. */
export function bothLists<T extends { activityId: number; sessionDate: string | null }>(slot: T): Array<T & { isPrivate: boolean }> {
  return [
    { ...slot, isPrivate: false },
    { ...slot, isPrivate: true }
  ];
}
