import { CancelledDate } from '../../core/activities/cancelledDates';
import { LastChange } from '../../core/activities/lastChange';
import { Activity, ActivityStatus } from '../../core/types';
import { ActivityDraft } from '../../core/activities/activityDraft';
import { ActivityPageToken } from './IActivityRepository';

/** A page of "Mijn activiteiten"; `next` when there are more. */
export interface OwnActivitiesPage {
  activities: EditableActivity[];
  next: ActivityPageToken | undefined;
}

/** An activity as the studio edits it: the domain object plus SharePoint's ETag. */
export interface EditableActivity {
  activity: Activity;
  etag: string;
}

/**
 * The ambassador studio's writes to "SamenBeter Activiteiten". Every change carries the
 * ETag it was based on, so a concurrent edit by someone else fails with a conflict
 * instead of being overwritten.
 */
export interface IActivityEditor {
  /** ONE write. The organiser is the signed-in person. */
  publish(draft: ActivityDraft, organiserId: number): Promise<EditableActivity>;
  /** `lastChange` (time, place or link changed) is kept for participants' "Gewijzigd sinds je aanmelding". */
  update(id: number, etag: string, draft: ActivityDraft, lastChange?: LastChange): Promise<EditableActivity>;
  /** Calls one date off (or on again with reason undefined); the reason is shown to its participants. */
  setDateCancelled(id: number, etag: string, cancelled: CancelledDate[]): Promise<EditableActivity>;
  setStatus(id: number, etag: string, status: ActivityStatus): Promise<EditableActivity>;
  /** Activities created by `organiserId` (or all, for coordinators), newest first, ended ones from `since` on; a page at a time. */
  listOwn(organiserId: number | 'all', since: Date, pageSize: number, after?: ActivityPageToken): Promise<OwnActivitiesPage>;
  get(id: number): Promise<EditableActivity | undefined>;
}
