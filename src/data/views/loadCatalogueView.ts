import { SPFI } from '@pnp/sp';
import { Activity } from '../../core/types';
import { nextSession, sessionsOfSignUp } from '../../core/activities/sessions';
import { ActivityFilter, ActivityPageToken } from '../contracts/IActivityRepository';
import { ViewerRoles } from '../contracts/ICurrentUserRepository';
import { SlotRef, StoredRegistration } from '../contracts/IRegistrationRepository';
import { SpActivityRepository } from '../repositories/SpActivityRepository';
import { SpCurrentUserRepository } from '../repositories/SpCurrentUserRepository';
import { SpRegistrationRepository } from '../repositories/SpRegistrationRepository';
import { inBatch } from './inBatch';

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
 * The catalogue in TWO HTTP requests: (1) a page of activities and the viewer's roles,
 * (2) the registrations of the shown slots and the viewer's own sign-ups.
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
  const first = await inBatch(sp, (b) =>
    Promise.all([
      new SpActivityRepository(b).listUpcoming(filter, now, pageSize, after),
      knownRoles ? Promise.resolve(knownRoles) : new SpCurrentUserRepository(b).getRoles()
    ])
  );
  const [page, roles] = first;
  const slots = page.activities.map((a) => cardSlot(a, now)).filter((s): s is SlotRef => !!s);
  const second = await inBatch(sp, (b) => {
    const registrations = new SpRegistrationRepository(b);
    return Promise.all([registrations.listForSlots(slots), registrations.listMine(roles.userId, now)]);
  });
  return { activities: page.activities, next: page.next, roles, slotRegistrations: second[0], mine: second[1] };
}
