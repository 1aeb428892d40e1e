import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { formatSlotCounts, parseSlotCounts, PublishedCounts, SlotCount } from '../../core/activities/privateCounts';
import { Activity } from '../../core/types';
import { toDataError } from '../errors/toDataError';
import { listDef } from '../schema/lists';
import { NoMetadata } from '../sp/behaviors';
import { readDate, writeDate } from './fieldValues';
import { queryInChunks } from './queryInChunks';

const LIST = listDef('privateCounts');
/** Ids per query: short URLs, far below 5,000 rows. */
const IDS_PER_QUERY = 40;

interface CountItem {
  Id: number;
  SbActivityId: number;
  SbCounts: string | null;
  SbCountedAt: string | null;
}

/** "SamenBeter Besloten aantallen": the counts organisers publish for their private activities. */
export class SpPrivateCountRepository {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  /**
   * The latest counts of each activity. Only site owners can write the list, so every item
   * is a coordinator's count. Private activities only; none → no request.
   */
  public async latestFor(activities: ReadonlyArray<Activity>): Promise<PublishedCounts[]> {
    const wanted = activities.filter((a) => a.isPrivate);
    if (wanted.length === 0) {
      return [];
    }
    const items = await this.itemsFor(wanted.map((a) => a.id));
    const result: PublishedCounts[] = [];
    for (const activity of wanted) {
      let best: PublishedCounts | undefined;
      for (const item of items) {
        if (item.SbActivityId !== activity.id) {
          continue;
        }
        const countedAt = readDate(item.SbCountedAt);
        if (countedAt && (!best || countedAt.getTime() > best.countedAt.getTime())) {
          best = { activityId: activity.id, countedAt, slots: parseSlotCounts(item.SbCounts) };
        }
      }
      if (best) {
        result.push(best);
      }
    }
    return result;
  }

  /** The count items of these activities (to update rather than add). */
  public async itemsOf(activityIds: ReadonlyArray<number>): Promise<{ id: number; activityId: number; slots: SlotCount[] }[]> {
    const items = activityIds.length === 0 ? [] : await this.itemsFor(activityIds);
    return items.map((i) => ({ id: i.Id, activityId: i.SbActivityId, slots: parseSlotCounts(i.SbCounts) }));
  }

  /** Writes a coordinator's counts: a new item, or the existing one. */
  public async publish(activityId: number, slots: ReadonlyArray<SlotCount>, countedAt: Date, existingId?: number): Promise<void> {
    const body = { Title: `Activiteit ${activityId}`, SbActivityId: activityId, SbCounts: formatSlotCounts(slots), SbCountedAt: writeDate(countedAt) };
    try {
      if (existingId === undefined) {
        await this.items().add(body);
      } else {
        await this.items().getById(existingId).update(body);
      }
    } catch (e) {
      throw toDataError(e, { listTitle: LIST.title });
    }
  }

  private async itemsFor(ids: ReadonlyArray<number>): Promise<CountItem[]> {
    try {
      return await queryInChunks(ids, IDS_PER_QUERY, (chunk) =>
        this.items()
          .using(NoMetadata())
          .select('Id', 'SbActivityId', 'SbCounts', 'SbCountedAt')
          // SbActivityId is indexed: safe at any list size.
          .filter(chunk.map((id) => `SbActivityId eq ${Math.floor(id)}`).join(' or '))
          .top(500)<CountItem[]>()
      );
    } catch (e) {
      throw toDataError(e, { listTitle: LIST.title });
    }
  }

  private items(): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.sp.web.lists.getByTitle(LIST.title).items;
  }
}
