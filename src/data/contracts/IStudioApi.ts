import { ActivityDraft } from '../../core/activities/activityDraft';
import { ClosingDay } from '../../core/calendar/daysOff';
import { ClosingDayInput } from './IClosingDayRepository';
import { StudioLocation, StudioLocationInput } from '../../core/activities/locations';
import { RegistrationOutcomeDetail, SlotSummary } from '../../core/activities/outcomes';
import { IsoDate } from '../../core/time/calendarDate';
import { Activity } from '../../core/types';
import { EditableActivity, OwnActivitiesPage } from './IActivityEditor';
import { SiteCheckContext, SiteCheckItem } from './ISiteCheck';
import { ActivityPageToken } from './IActivityRepository';
import { ViewerRoles } from './ICurrentUserRepository';
import { StoredRegistration } from './IRegistrationRepository';
import { TellCause, TellOutcome } from './ITellOutcome';

export interface StudioData {
  roles: ViewerRoles;
  /** Own activities (all of them for coordinators), newest first; empty for non-organisers. */
  activities: EditableActivity[];
  /** Where "Meer laden" continues; undefined when everything is shown. */
  next?: ActivityPageToken;
  /**
   * The municipality's closing days from today for two years (read in the same $batch as the
   * activities), which series skip. Undefined when they could not be read: the form then skips
   * public holidays only and says so.
   */
  closingDays?: ClosingDay[];
  /**
   * "SamenBeter Locaties", retired ones too (read in the same $batch). Undefined when they could
   * not be read: the form then offers free text only, as with an empty list.
   */
  locations?: StudioLocation[];
}

export interface Participant {
  registration: StoredRegistration;
  outcome: RegistrationOutcomeDetail;
}

/** One slot of an activity: the whole activity, or one date of a weekly drop-in. */
export interface SlotParticipants {
  /** The drop-in date; null for one-off events and programmes. */
  sessionDate: IsoDate | null;
  summary: SlotSummary;
  /** In server order: the first ones got a place. */
  confirmed: Participant[];
  /** In waiting-list order (position 1 first). */
  waiting: Participant[];
}

/**
 * Everything the Ambassadeurs web part reads and writes (views/studioApi.ts). The UI
 * knows only this interface; the SPFx web part, the preview and the tests hand in theirs.
 */
export interface StudioApi {
  /** Roles, own activities and the closing days: two $batch requests at most. */
  loadStudio(now: Date): Promise<StudioData>;
  /** The next page of "Mijn activiteiten" after `after`. */
  loadMoreActivities(now: Date, after: ActivityPageToken): Promise<OwnActivitiesPage>;
  /** ONE write (plus a read-back); the organiser is the signed-in person. */
  publish(draft: ActivityDraft): Promise<EditableActivity>;
  /** ETag-guarded: someone else's change in between → DataError kind 'conflict'. */
  update(id: number, etag: string, draft: ActivityDraft): Promise<EditableActivity>;
  /** Calls the activity off; `reason` is shown to the participants (may be empty). */
  cancel(id: number, etag: string, reason: string): Promise<EditableActivity>;
  reopen(id: number, etag: string): Promise<EditableActivity>;
  /** Calls one date off with the reason its participants see (`reason` null: on again). */
  setDateCancelled(id: number, etag: string, date: IsoDate, reason: string | null): Promise<EditableActivity>;
  /**
   * After a saved change: tells the people it affects in their Teams activity feed (at most
   * 20 per Graph request). Never throws for Graph: the outcome says who was not reached, and
   * they see the change in the app anyway.
   */
  tellParticipants(before: Activity, after: Activity, cause: TellCause): Promise<TellOutcome>;
  /**
   * "Mijn activiteiten": the counts (confirmed / waiting) of every slot that is not over
   * yet, per activity id, in ONE request. The registrations carry no names here.
   */
  loadCounts(activities: Activity[], now: Date): Promise<{ [activityId: number]: SlotParticipants[] }>;
  /** Per slot (each date of a drop-in), confirmed and waiting in order, with names: one request. */
  loadParticipants(activity: Activity): Promise<SlotParticipants[]>;
  /**
   * Retention (site owners): sign-ups whose last session started before `before`; with
   * dryRun only counted. SharePoint refuses everyone else (WriteSecurity 2).
   */
  purgeRegistrations(before: Date, dryRun: boolean): Promise<number>;
  /** "Controleer deze site" (owners): the live site against the schema and the product's assumptions. */
  checkSite(context?: Partial<SiteCheckContext>): Promise<SiteCheckItem[]>;
  /**
   * Attendance the organiser entered for the activity, per date ('YYYY-MM-DD' → how many came):
   * their own newest count per date, from "SamenBeter Opkomst" (one request, no cap).
   */
  loadAttendance(activity: Activity): Promise<{ [date: string]: number }>;
  /** Records how many people came to a date (0–500; a correction is a new entry). */
  recordAttendance(activity: Activity, date: IsoDate, count: number): Promise<void>;
  /** Beheer → Sluitingsdagen: the closing days from today (Amsterdam) on, in date order (one request, no cap). */
  loadClosingDays(now: Date): Promise<ClosingDay[]>;
  /** Owners only (SharePoint refuses anyone else: DataError 'accessDenied'). */
  addClosingDay(day: ClosingDayInput): Promise<ClosingDay>;
  /** Owners only. */
  deleteClosingDay(id: number): Promise<void>;
  /** Beheer → Locaties: every location, retired ones too, by name (one request). */
  loadLocations(): Promise<StudioLocation[]>;
  /** Owners only (SharePoint refuses anyone else: DataError 'accessDenied'). */
  addLocation(location: StudioLocationInput): Promise<StudioLocation>;
  /** Owners only. */
  updateLocation(id: number, location: StudioLocationInput): Promise<StudioLocation>;
  /** Owners only: retire (false) or restore (true). */
  setLocationActive(id: number, active: boolean): Promise<void>;
}
