import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { odataString } from '../../core/odata/escape';
import { NewsPostInput, Pillar } from '../../core/types';
import { StoredNewsPost } from '../contracts/IContentCalendarApi';
import { NewsFeedPage, NewsFeedQuery } from '../contracts/INewsApi';
import { toDataError } from '../errors/toDataError';
import { listDef } from '../schema/lists';
import { writeDate } from './fieldValues';
import { APPROVED, NEWS_SELECT, NewsItem, toNewsItem, toNewsPost } from './newsMapping';

const LIST = listDef('news');

type ItemWithEtag = NewsItem & { 'odata.etag'?: string };

function stored(item: ItemWithEtag): StoredNewsPost {
  return { ...toNewsPost(item), etag: item['odata.etag'] || '*' };
}

/** The feed filter: approved, live now, optionally one pillar, after the keyset token. */
export function feedFilter(now: Date, pillar: Pillar | null, after?: { publishAt: string; id: number }): string {
  const at = odataString(writeDate(now) as string);
  // Leftmost on the indexed PublishingStartDate: safe past the 5,000-item threshold as long
  // as fewer than 5,000 posts were ever published (about 80 a year).
  const parts = [
    `PublishingStartDate le ${at}`,
    `OData__ModerationStatus eq ${APPROVED}`,
    `(PublishingExpirationDate eq null or PublishingExpirationDate gt ${at})`
  ];
  if (pillar) {
    parts.push(`SbPillar eq ${odataString(pillar)}`);
  }
  if (after) {
    const p = odataString(after.publishAt);
    parts.push(`(PublishingStartDate lt ${p} or (PublishingStartDate eq ${p} and Id lt ${Math.floor(after.id)}))`);
  }
  return parts.join(' and ');
}

/** "SamenBeter Nieuws": the feed for employees, the full list for Communications. */
export class SpNewsRepository {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  /** One page of published posts, newest first (one GET). */
  public async feed(query: NewsFeedQuery): Promise<NewsFeedPage> {
    try {
      const size = Math.max(1, Math.min(50, Math.floor(query.pageSize)));
      // One extra item tells whether there is a next page without a second request.
      const items = await this.items()
        .select(...NEWS_SELECT)
        .filter(feedFilter(query.now, query.pillar, query.after))
        .orderBy('PublishingStartDate', false)
        .orderBy('Id', false)
        .top(size + 1)<NewsItem[]>();
      const posts = items.slice(0, size).map(toNewsPost);
      const last = items.length > size ? items[size - 1] : undefined;
      return {
        posts,
        next: last && last.PublishingStartDate ? { publishAt: last.PublishingStartDate, id: last.Id } : undefined
      };
    } catch (e) {
      throw toDataError(e, { listTitle: LIST.title });
    }
  }

  /** A post the viewer may read, or undefined (missing, or hidden from them by content approval). */
  public async get(id: number): Promise<StoredNewsPost | undefined> {
    try {
      return stored(await this.items().getById(id).select(...NEWS_SELECT)<ItemWithEtag>());
    } catch (e) {
      const error = toDataError(e, { listTitle: LIST.title });
      if (error.kind === 'notFound') {
        return undefined;
      }
      throw error;
    }
  }

  /** Posts publishing in [from, to), any status the viewer may see, by publish time. */
  public async inRange(from: Date, to: Date): Promise<StoredNewsPost[]> {
    try {
      const items = await this.items()
        .select(...NEWS_SELECT)
        .filter(`PublishingStartDate ge ${odataString(writeDate(from) as string)} and PublishingStartDate lt ${odataString(writeDate(to) as string)}`)
        .orderBy('PublishingStartDate', true)
        .top(500)<ItemWithEtag[]>();
      return items.map(stored);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST.title });
    }
  }

  /** Adds the post (SharePoint makes it "pending"); returns its id. */
  public async add(input: NewsPostInput): Promise<number> {
    try {
      const added = (await this.items().add(toNewsItem(input))) as { Id: number };
      return added.Id;
    } catch (e) {
      throw toDataError(e, { listTitle: LIST.title });
    }
  }

  /** ETag-guarded update; SharePoint puts an edited item back to "pending". */
  public async update(id: number, etag: string, input: NewsPostInput): Promise<void> {
    try {
      await this.items().getById(id).update(toNewsItem(input), etag);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST.title });
    }
  }

  /**
   * Approves the post (0) or leaves it a concept (2, pending). `_ModerationStatus` cannot be
   * written with MERGE; ValidateUpdateListItem is SharePoint's REST way. An approved post whose
   * publish time lies ahead becomes "Scheduled" and appears by itself at that time.
   */
  public async setApproval(id: number, approved: boolean): Promise<void> {
    try {
      const results = await this.items()
        .getById(id)
        .validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: approved ? '0' : '2' }]);
      const failed = results.filter((r) => r.HasException);
      if (failed.length > 0) {
        throw new Error(`ValidateUpdateListItem: ${failed.map((r) => r.ErrorMessage).join('; ')}`);
      }
    } catch (e) {
      throw toDataError(e, { listTitle: LIST.title });
    }
  }

  public async delete(id: number, etag: string): Promise<void> {
    try {
      await this.items().getById(id).delete(etag);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST.title });
    }
  }

  private items(): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.sp.web.lists.getByTitle(LIST.title).items;
  }
}
