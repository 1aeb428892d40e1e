import { CANCEL_REASON_MAX } from '../../core/activities/cancelReason';
import { SPFI } from '@pnp/sp';
import { CancelledDate, serializeCancelledDates } from '../../core/activities/cancelledDates';
import { LastChange, serializeLastChange } from '../../core/activities/lastChange';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ActivityStatus } from '../../core/types';
import { ActivityDraft } from '../../core/activities/activityDraft';
import { odataDateTime, odataString } from '../../core/odata/escape';
import { EditableActivity, IActivityEditor, OwnActivitiesPage } from '../contracts/IActivityEditor';
import { ActivityPageToken } from '../contracts/IActivityRepository';
import { listTitle } from '../schema/listTitles';
import { toDataError } from '../errors/toDataError';
import { ACTIVITY_EXPAND, ACTIVITY_SELECT, ActivityItem, toActivity } from './activityMapping';
import { draftToItem } from './activityDraftMapping';

const LIST_TITLE = listTitle('activities');

type ItemWithEtag = ActivityItem & { 'odata.etag'?: string };

function toEditable(item: ItemWithEtag): EditableActivity {
  return { activity: toActivity(item), etag: item['odata.etag'] || '*' };
}

export class SpActivityEditor implements IActivityEditor {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public async publish(draft: ActivityDraft, organiserId: number): Promise<EditableActivity> {
    try {
      const added = (await this.items().add({ ...draftToItem(draft), SbStatus: 'open', SbOrganiserId: organiserId })) as ItemWithEtag;
      // The add answers without the expanded organiser; read it back once (a read, not a write).
      return (await this.get(added.Id)) as EditableActivity;
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  public async update(id: number, etag: string, draft: ActivityDraft, lastChange?: LastChange): Promise<EditableActivity> {
    return this.merge(id, etag, lastChange ? { ...draftToItem(draft), SbLastChange: serializeLastChange(lastChange) } : draftToItem(draft));
  }

  public async setDateCancelled(id: number, etag: string, cancelled: CancelledDate[]): Promise<EditableActivity> {
    return this.merge(id, etag, { SbCancelledDates: serializeCancelledDates(cancelled) });
  }

  /** Calls the activity off (with the reason participants see) or opens it again (reason cleared). */
  public async setStatus(id: number, etag: string, status: ActivityStatus, reason?: string): Promise<EditableActivity> {
    const cleaned = status === 'cancelled' && reason ? reason.trim().slice(0, CANCEL_REASON_MAX) : '';
    return this.merge(id, etag, { SbStatus: status, SbCancelReason: cleaned || null });
  }

  /**
   * One page of "Mijn activiteiten", newest start first; `next` when there is more (no cap).
   * Threshold: an ambassador's filter leads with SbOrganiser (indexed; one person's
   * activities). The coordinators' view leads with SbLastDate (indexed): activities that
   * had not ended `since` ago. Should that ever match more than 5,000 items, SharePoint refuses
   * with the threshold error and the studio says so; it never shows a silent part.
   * An activity counts as someone's own only when they created it (Author): an SbOrganiser
   * written by hand into a colleague's activity does not put it in their studio.
   */
  public async listOwn(organiserId: number | 'all', since: Date, pageSize: number, after?: ActivityPageToken): Promise<OwnActivitiesPage> {
    const parts =
      organiserId === 'all'
        ? [`SbLastDate ge ${odataDateTime(since)}`]
        : [`SbOrganiserId eq ${Math.floor(organiserId)}`, `SbLastDate ge ${odataDateTime(since)}`];
    if (after) {
      const start = odataString(after.start);
      parts.push(`(SbStart lt ${start} or (SbStart eq ${start} and Id lt ${Math.floor(after.id)}))`);
    }
    try {
      const items = await this.items()
        .select(...ACTIVITY_SELECT, 'AuthorId')
        .expand(...ACTIVITY_EXPAND)
        .filter(parts.join(' and '))
        .orderBy('SbStart', false)
        .orderBy('Id', false)
        .top(pageSize + 1)<Array<ItemWithEtag & { AuthorId: number }>>();
      const page = items.slice(0, pageSize);
      const last = page[page.length - 1];
      return {
        activities: page.filter((item) => organiserId === 'all' || item.AuthorId === organiserId).map(toEditable),
        next: items.length > pageSize && last ? { start: last.SbStart || '', id: last.Id } : undefined
      };
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  public async get(id: number): Promise<EditableActivity | undefined> {
    try {
      const items = await this.items()
        .select(...ACTIVITY_SELECT)
        .expand(...ACTIVITY_EXPAND)
        .filter(`Id eq ${Math.floor(id)}`)
        .top(1)<ItemWithEtag[]>();
      return items.length > 0 ? toEditable(items[0]) : undefined;
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  private async merge(id: number, etag: string, values: Record<string, unknown>): Promise<EditableActivity> {
    try {
      // IF-Match with the ETag we showed the user: someone else's change in between → 412.
      await this.items().getById(id).update(values, etag);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
    return (await this.get(id)) as EditableActivity;
  }

  private items(): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.sp.web.lists.getByTitle(LIST_TITLE).items;
  }
}
