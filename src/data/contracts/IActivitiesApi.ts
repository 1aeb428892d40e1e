import { Activity } from '../../core/types';
import { ActivityFilter, ActivityPageToken } from './IActivityRepository';
import { ViewerRoles } from './ICurrentUserRepository';
import { SlotRef, StoredRegistration } from './IRegistrationRepository';
import { TellOutcome } from './ITellOutcome';

/** One catalogue page with everything its cards show (see views/loadCatalogueView). */
export interface CatalogueData {
  activities: Activity[];
  next: ActivityPageToken | undefined;
  roles: ViewerRoles;
  /** Registrations of each shown activity's next slot (own only, for private activities). */
  slotRegistrations: StoredRegistration[];
  /** The viewer's own registrations, public and private, newest first. */
  mine: StoredRegistration[];
}

export interface ActivityData {
  /** undefined when the activity does not exist (any more) or cannot be read. */
  activity: Activity | undefined;
  roles: ViewerRoles;
}

export interface MySignUpsData {
  roles: ViewerRoles;
  /** The viewer's own registrations (cancelled ones too), newest first. */
  mine: StoredRegistration[];
  /** The activities of the viewer's active registrations, any status (cancelled ones included). */
  activities: Activity[];
  /** All readable registrations of the slots the viewer is in, for waiting-list positions. */
  slotRegistrations: StoredRegistration[];
}

export interface SignUpResult {
  /** The viewer's registration as the server stored it. */
  registration: StoredRegistration;
  /** The slot re-read after the write; undefined when only that re-read failed. */
  slotRegistrations: StoredRegistration[] | undefined;
}

export interface CancelResult {
  /** The slot re-read after the write; undefined when only that re-read failed. */
  slotRegistrations: StoredRegistration[] | undefined;
  /** Whoever moved up from the waiting list, told in Teams ("Je hebt een plek"); undefined when nobody did. */
  told?: TellOutcome;
}

/**
 * Everything the Activiteiten web part reads and writes, bound to one PnPjs instance
 * (views/activitiesApi.ts). The UI knows only this interface: the SPFx web part, the
 * local preview and the component tests hand in their own implementation.
 */
export interface ActivitiesApi {
  /** A catalogue page in at most two HTTP requests; `knownRoles` saves their reads on "meer laden". */
  loadCatalogue(
    filter: ActivityFilter,
    now: Date,
    pageSize: number,
    after?: ActivityPageToken,
    knownRoles?: ViewerRoles
  ): Promise<CatalogueData>;
  /** One activity (for a shared link), with the viewer's roles: one HTTP request. */
  loadActivity(id: number, knownRoles?: ViewerRoles): Promise<ActivityData>;
  /** The registrations of some slots (all dates of a series): one HTTP request. */
  loadSlots(slots: SlotRef[]): Promise<StoredRegistration[]>;
  /** "Mijn aanmeldingen": one HTTP request when roles and own registrations are known. */
  loadMySignUps(now: Date, known?: { roles: ViewerRoles; mine: StoredRegistration[] }): Promise<MySignUpsData>;
  /** ONE write, then a re-read of that slot so the outcome can be derived at once. */
  signUp(slot: SlotRef, personId: number): Promise<SignUpResult>;
  /**
   * Cancels the person's active registrations in the slot, then re-reads the slot; with the
   * activity, whoever now has a place is told in Teams (best effort, never thrown).
   */
  cancel(slot: SlotRef, registrationIds: number[], activity?: Activity): Promise<CancelResult>;
}
