import { SPFI } from '@pnp/sp';
import { amsterdamDateOf } from '../../core/time/amsterdam';
import { toIsoDate } from '../../core/time/calendarDate';
import { parseSlotKey } from '../../core/activities/slots';
import { ActivitiesApi, MySignUpsData } from '../contracts/IActivitiesApi';
import { ViewerRoles } from '../contracts/ICurrentUserRepository';
import { SlotRef, StoredRegistration } from '../contracts/IRegistrationRepository';
import { SpActivityRepository } from '../repositories/SpActivityRepository';
import { SpCurrentUserRepository } from '../repositories/SpCurrentUserRepository';
import { SpRegistrationRepository } from '../repositories/SpRegistrationRepository';
import { loadCatalogueView } from './loadCatalogueView';
import { inBatch } from './inBatch';
import type { ParticipantMessenger } from '../graph/participantMessenger';
import { tellPromoted } from './promotionNotice';
import { applyPrivacy, inEffectiveList, readEntries, bothLists } from './privacyView';

/** The person's registrations that still count for something (not withdrawn by them). */
function active(registrations: StoredRegistration[]): StoredRegistration[] {
  return registrations.filter((r) => r.status !== 'cancelled');
}

/**
 * The slots of "my sign-ups" that can still be upcoming: every active registration,
 * except drop-in dates that lie before today (Amsterdam). One-off events and programmes
 * need their activity to know; the UI drops the past ones after loading.
 */
function openSlots(mine: StoredRegistration[], now: Date): SlotRef[] {
  const today = toIsoDate(amsterdamDateOf(now));
  const seen: { [key: string]: boolean } = {};
  const slots: SlotRef[] = [];
  for (const registration of active(mine)) {
    const ref = parseSlotKey(registration.slot);
    if (!ref || (ref.sessionDate !== null && ref.sessionDate < today) || seen[registration.slot]) {
      continue;
    }
    seen[registration.slot] = true;
    // Which of the two lists holds the slot follows from the activity's effective privacy,
    // read in the same $batch: ask both, keep one (inEffectiveList).
    slots.push(...bothLists({ activityId: ref.activityId, sessionDate: ref.sessionDate }));
  }
  return slots;
}

/** The data API of the Activiteiten web part over one PnPjs instance (SPFx or the preview). */
export function activitiesApi(sp: SPFI, messenger?: ParticipantMessenger): ActivitiesApi {
  const readSlot = async (slot: SlotRef): Promise<StoredRegistration[] | undefined> => {
    try {
      return await new SpRegistrationRepository(sp).listForSlots([slot]);
    } catch {
      return undefined;
    }
  };

  const rolesOf = (known: ViewerRoles | undefined): Promise<ViewerRoles> =>
    known ? Promise.resolve(known) : inBatch(sp, (b) => new SpCurrentUserRepository(b).getRoles());

  return {
    loadCatalogue: (filter, now, pageSize, after, knownRoles) => loadCatalogueView(sp, filter, now, pageSize, after, knownRoles),

    loadActivity: async (id, knownRoles) => {
      // The activity, its privacy entries and the roles: one $batch.
      const [activity, entries, roles] = await inBatch(sp, (b) =>
        Promise.all([
          new SpActivityRepository(b).get(id),
          readEntries(b, [id]),
          knownRoles ? Promise.resolve(knownRoles) : new SpCurrentUserRepository(b).getRoles()
        ])
      );
      return { activity: activity ? applyPrivacy([activity], entries)[0] : undefined, roles };
    },

    loadSlots: async (slots) => (slots.length === 0 ? [] : inBatch(sp, (b) => new SpRegistrationRepository(b).listForSlots(slots))),

    loadMySignUps: async (now, known): Promise<MySignUpsData> => {
      const roles = await rolesOf(known && known.roles);
      const mine = known ? known.mine : await inBatch(sp, (b) => new SpRegistrationRepository(b).listMine(roles.userId, now));
      const slots = openSlots(mine, now);
      const ids = slots.map((s) => s.activityId);
      if (slots.length === 0) {
        return { roles, mine, activities: [], slotRegistrations: [] };
      }
      const [read, entries, slotRegistrations] = await inBatch(sp, (b) =>
        Promise.all([new SpActivityRepository(b).getMany(ids), readEntries(b, ids), new SpRegistrationRepository(b).listForSlots(slots)])
      );
      const activities = applyPrivacy(read, entries);
      return { roles, mine: inEffectiveList(mine, activities, true), activities, slotRegistrations: inEffectiveList(slotRegistrations, activities) };
    },

    signUp: async (slot, personId) => {
      try {
        const registration = await new SpRegistrationRepository(sp).signUp(slot, personId);
        return { registration, slotRegistrations: await readSlot(slot) };
      } catch (e) {
        // The answer may have been lost after SharePoint stored the sign-up: look before
        // reporting a failure. (The UI only offers "Aanmelden" to someone not signed up.)
        const slotRegistrations = await readSlot(slot);
        const stored = slotRegistrations && active(slotRegistrations).filter((r) => r.person.id === personId)[0];
        if (stored) {
          return { registration: stored, slotRegistrations };
        }
        throw e;
      }
    },

    cancel: async (slot, registrationIds, activity) => {
      await new SpRegistrationRepository(sp).cancel(slot, registrationIds);
      const slotRegistrations = await readSlot(slot);
      // Best effort: the cancel stands whatever Teams answers.
      const told =
        activity && slotRegistrations
          ? await tellPromoted(sp, messenger, activity, slot, registrationIds, slotRegistrations).catch(() => undefined)
          : undefined;
      return { slotRegistrations, told };
    }
  };
}
