import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ActivityStatus } from '../../core/types';
import { ActivityDraft } from '../../core/activities/activityDraft';
import { odataDateTime } from '../../core/odata/escape';
import { EditableActivity, IActivityEditor } from '../contracts/IActivityEditor';
import { listDef } from '../schema/lists';
import { toDataError } from '../errors/toDataError';
import { ACTIVITY_EXPAND, ACTIVITY_SELECT, ActivityItem, toActivity } from './activityMapping';
import { draftToItem } from './activityDraftMapping';

const LIST = listDef('activities');

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
      throw toDataError(e, { listTitle: LIST.title });
    }
  }

  public async update(id: number, etag: string, draft: ActivityDraft): Promise<EditableActivity> {
    return this.merge(id, etag, draftToItem(draft));
  }

  public async setStatus(id: number, etag: string, status: ActivityStatus): Promise<EditableActivity> {
    return this.merge(id, etag, { SbStatus: status });
  }

  public async listOwn(organiserId: number | 'all', since: Date): Promise<EditableActivity[]> {
    // Both filters start on an indexed column (SbOrganiser, SbLastDate).
    const filter =
      organiserId === 'all'
        ? `SbLastDate ge ${odataDateTime(since)}`
        : `SbOrganiserId eq ${Math.floor(organiserId)} and SbLastDate ge ${odataDateTime(since)}`;
    try {
      const items = await this.items()
        .select(...ACTIVITY_SELECT)
        .expand(...ACTIVITY_EXPAND)
        .filter(filter)
        .orderBy('SbStart', false)
        .top(500)<ItemWithEtag[]>();
      return items.map(toEditable);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST.title });
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
      throw toDataError(e, { listTitle: LIST.title });
    }
  }

  private async merge(id: number, etag: string, values: Record<string, unknown>): Promise<EditableActivity> {
    try {
      // IF-Match with the ETag we showed the user: someone else's change in between → 412.
      await this.items().getById(id).update(values, etag);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST.title });
    }
    return (await this.get(id)) as EditableActivity;
  }

  private items(): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.sp.web.lists.getByTitle(LIST.title).items;
  }
}
