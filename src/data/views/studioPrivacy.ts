import { SPFI } from '@pnp/sp';
import { sameSlotCounts, SlotCount } from '../../core/activities/privateCounts';
import { Activity } from '../../core/types';
import { StoredRegistration } from '../contracts/IRegistrationRepository';
import { SlotParticipants } from '../contracts/IStudioApi';
import { PrivateCountEntry, SpPrivateCountRepository } from '../repositories/SpPrivateCountRepository';
import { SpRegistrationRepository } from '../repositories/SpRegistrationRepository';
import { inBatch } from './inBatch';
import { applyPrivacy, bothLists, inEffectiveList } from './privacyView';
import { activitySlots } from './studioSlots';

// The coordinators' side of private activities (core/activities/privacy): confirming their own,
// publishing counts, and the facts a privacy change is checked against.

function countsOf(slots: SlotParticipants[]): SlotCount[] {
  return slots.map((s) => ({ sessionDate: s.sessionDate, confirmed: s.confirmed.length, waiting: s.waiting.length }));
}

/** Writes the entry that makes the coordinator's own activity private (zero or current counts). */
export async function confirmPrivate(sp: SPFI, activity: Activity, slots: SlotParticipants[], now: Date): Promise<void> {
  await new SpPrivateCountRepository(sp).publish(activity.id, countsOf(slots), now);
}

/**
 * For a coordinator's studio visit: publishes the counts of private activities when they
 * changed (an existing entry keeps its author), and confirms the viewer's own flagged
 * activities that nobody signed up for. Best effort: a failure leaves the previous state.
 */
export async function syncPrivateEntries(
  sp: SPFI,
  viewerId: number,
  activities: Activity[],
  counts: { [activityId: number]: SlotParticipants[] },
  entries: PrivateCountEntry[],
  registrations: StoredRegistration[],
  now: Date
): Promise<void> {
  const repository = new SpPrivateCountRepository(sp);
  for (const activity of activities) {
    const slots = countsOf(counts[activity.id] || []);
    if (activity.isPrivate) {
      const existing = entries.filter((e) => e.activityId === activity.id && e.authorId === activity.organiser.id)[0];
      if (existing && !sameSlotCounts(existing.slots, slots)) {
        await repository.publish(activity.id, slots, now, existing.id).catch(() => undefined);
      }
    } else if (activity.privacyPending && activity.organiser.id === viewerId && !registrations.some((r) => r.activityId === activity.id)) {
      await repository.publish(activity.id, slots, now).catch(() => undefined);
    }
  }
}

export interface PrivacyState {
  /** The activity with its effective privacy. */
  activity: Activity;
  /** Every registration of every slot, from its effective list. */
  registrations: StoredRegistration[];
  /** The entries of "Besloten aantallen" that confirm it (empty when public or pending). */
  entries: PrivateCountEntry[];
}

/** One $batch: the activity's entries and all its sign-ups in both lists, then the effective view. */
export async function readPrivacyState(sp: SPFI, activity: Activity, withPerson: boolean = false): Promise<PrivacyState> {
  const slots = activitySlots(activity).map((s) => s.ref);
  const refs = ([] as typeof slots).concat(...slots.map((s) => bothLists(s)));
  const [registrations, entries] = await inBatch(sp, (b) => {
    const repository = new SpRegistrationRepository(b, sp);
    return Promise.all([
      refs.length === 0 ? Promise.resolve([]) : withPerson ? repository.listParticipants(refs) : repository.listForSlots(refs),
      new SpPrivateCountRepository(b).entriesFor([activity.id])
    ]);
  });
  const [effective] = applyPrivacy([activity], entries);
  return {
    activity: effective,
    registrations: inEffectiveList(registrations, [effective]),
    entries: effective.isPrivate ? entries.filter((e) => e.authorId === activity.organiser.id) : []
  };
}
