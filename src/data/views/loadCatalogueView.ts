import { SPFI } from '@pnp/sp';
import { Activity } from '../../core/types';
import { nextSession, sessionsOfSignUp } from '../../core/activities/sessions';
import { ActivityFilter, ActivityPageToken } from '../contracts/IActivityRepository';
import { ViewerRoles } from '../contracts/ICurrentUserRepository';
import { SlotRef, StoredRegistration } from '../contracts/IRegistrationRepository';
import { activityPage, SpActivityRepository } from '../repositories/SpActivityRepository';
import { SpCurrentUserRepository } from '../repositories/SpCurrentUserRepository';
import { SpRegistrationRepository } from '../repositories/SpRegistrationRepository';
import { readSnapshot, snapshotKey, writeSnapshot } from './catalogueSnapshot';
import { bothLists, inEffectiveList, withPrivacy } from './privacyView';

export interface CatalogueView {
  activities: Activity[];
  next: ActivityPageToken | undefined;
  roles: ViewerRoles;
  /** Registrations of each shown activity's next slot (own only, for private activities). */
  slotRegistrations: StoredRegistration[];
  /** The viewer's own registrations, public and private. */
  mine: StoredRegistration[];
}

/** The slot a card shows places for: the next session of a drop-in, else the whole activity. */
export function cardSlot(activity: Activity, now: Date): SlotRef | undefined {
  const session = nextSession(activity, now);
  if (!session) {
    return undefined;
  }
  const sessionDate = activity.shape === 'weeklyDropIn' ? session.date : null;
  const covered = sessionsOfSignUp(activity, sessionDate);
  return {
    activityId: activity.id,
    sessionDate,
    isPrivate: activity.isPrivate,
    until: covered.length > 0 ? covered[covered.length - 1].startsAt : session.startsAt
  };
}

/**
 * The slots the cards of a page show places for, in both lists: whether an activity is
 * private is known only with the entries read in the same round (core/activities/privacy).
 */
function slotsOf(activities: Activity[], now: Date): SlotRef[] {
  const slots: SlotRef[] = [];
  activities.forEach((a) => {
    const slot = cardSlot(a, now);
    if (slot) {
      slots.push(...bothLists(slot));
    }
  });
  return slots;
}

/**
 * The catalogue in at most TWO HTTP requests on a cold load: (1) a page of activities, the
 * list's version and the viewer's roles, (2) the registrations of the shown slots and the
 * viewer's own sign-ups. Reads are plain parallel GETs: the page-wide read coalescing
 * (sp/coalesceReads) sends each round as one $batch, together with whatever the other web
 * parts on the page read at the same moment.
 *
 * The entries of "Besloten aantallen" come in the same round as the registrations: they say
 * which activities are private (confirmed by a coordinator) and their published counts. Warm (a remembered page and roles): ONE request — the list's version, the
 * slots' registrations and the own sign-ups together; the remembered page is used only if the
 * version still matches, else the cold path runs.
 * `roles` from an earlier load saves their reads on "meer laden".
 */
export async function loadCatalogueView(
  sp: SPFI,
  filter: ActivityFilter,
  now: Date,
  pageSize: number,
  after?: ActivityPageToken,
  knownRoles?: ViewerRoles
): Promise<CatalogueView> {
  const activities = new SpActivityRepository(sp);
  const registrations = new SpRegistrationRepository(sp);
  const rolesRead = knownRoles ? Promise.resolve(knownRoles) : new SpCurrentUserRepository(sp).getRoles();
  // Settled here, awaited below: no unhandled rejection while the other reads run.
  rolesRead.catch(() => undefined);
  const key = snapshotKey(sp.web.toUrl(), filter, pageSize, after);

  const snapshot = readSnapshot(key);
  // The viewer's own sign-ups do not depend on the page: read once, also when the
  // remembered page turns out to be stale.
  let mineRead: Promise<StoredRegistration[]> | undefined;
  if (snapshot) {
    const page = activityPage(snapshot.items, pageSize);
    mineRead = rolesRead.then((r) => registrations.listMine(r.userId, now));
    const [version, slotRegistrations, mine, roles, shown] = await Promise.all([
      activities.listVersion(),
      registrations.listForSlots(slotsOf(page.activities, now)),
      mineRead,
      rolesRead,
      withPrivacy(sp, page.activities)
    ]);
    if (version === snapshot.version) {
      return { activities: shown, next: page.next, roles, slotRegistrations: inEffectiveList(slotRegistrations, shown), mine };
    }
  }

  // The version is read before the items: a change in between makes the next load re-read.
  const [version, items, roles] = await Promise.all([
    activities.listVersion(),
    activities.listUpcomingItems(filter, now, pageSize, after),
    rolesRead
  ]);
  writeSnapshot(key, { version, items });
  const page = activityPage(items, pageSize);
  const [slotRegistrations, mine, shown] = await Promise.all([
    registrations.listForSlots(slotsOf(page.activities, now)),
    mineRead || registrations.listMine(roles.userId, now),
    withPrivacy(sp, page.activities)
  ]);
  return { activities: shown, next: page.next, roles, slotRegistrations: inEffectiveList(slotRegistrations, shown), mine };
}
