import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { formatSlotCounts, parseSlotCounts, SlotCount } from '../../core/activities/privateCounts';
import { PrivacyConfirmation } from '../../core/activities/privacy';
import { toDataError } from '../errors/toDataError';
import { listTitle } from '../schema/listTitles';
import { NoMetadata } from '../sp/behaviors';
import { readDate, writeDate } from './fieldValues';
import { queryInChunks } from './queryInChunks';

const LIST_TITLE = listTitle('privateCounts');
/** Ids per query: short URLs, far below 5,000 rows. */
const IDS_PER_QUERY = 40;

interface CountItem {
  Id: number;
  AuthorId: number;
  SbActivityId: number;
  SbCounts: string | null;
  SbCountedAt: string | null;
}

/** One entry: a coordinator's confirmation of a private activity and its latest counts. */
export interface PrivateCountEntry extends PrivacyConfirmation {
  id: number;
  countedAt: Date | null;
  slots: SlotCount[];
}

/** "SamenBeter Besloten aantallen": the counts organisers publish for their private activities. */
export class SpPrivateCountRepository {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  /**
   * The entries of these activities (any privacy flag): only site owners can write the list,
   * so each entry is a coordinator's, and `authorId` says which one (core/activities/privacy).
   */
  public async entriesFor(activityIds: ReadonlyArray<number>): Promise<PrivateCountEntry[]> {
    const items = activityIds.length === 0 ? [] : await this.itemsFor(activityIds);
    return items.map((i) => ({
      id: i.Id,
      activityId: i.SbActivityId,
      authorId: i.AuthorId,
      countedAt: readDate(i.SbCountedAt),
      slots: parseSlotCounts(i.SbCounts)
    }));
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
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  /** Removes an entry (owners only): the activity is no longer private. */
  public async remove(entryId: number): Promise<void> {
    try {
      await this.items().getById(entryId).delete();
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  private async itemsFor(ids: ReadonlyArray<number>): Promise<CountItem[]> {
    try {
      return await queryInChunks(ids, IDS_PER_QUERY, (chunk) =>
        this.items()
          .using(NoMetadata())
          .select('Id', 'AuthorId', 'SbActivityId', 'SbCounts', 'SbCountedAt')
          // SbActivityId is indexed: safe at any list size.
          .filter(chunk.map((id) => `SbActivityId eq ${Math.floor(id)}`).join(' or '))
          // One entry per activity is written (then updated); 40 ids stay far below this.
          .top(5000)<CountItem[]>()
      );
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  private items(): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.sp.web.lists.getByTitle(LIST_TITLE).items;
  }
}
