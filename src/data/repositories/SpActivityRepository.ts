import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { Activity } from '../../core/types';
import { odataDateTime, odataString } from '../../core/odata/escape';
import { ActivityFilter, ActivityPage, ActivityPageToken, IActivityRepository } from '../contracts/IActivityRepository';
import { listTitle } from '../schema/listTitles';
import { toDataError } from '../errors/toDataError';
import { NoMetadata } from '../sp/behaviors';
import { ACTIVITY_EXPAND, ACTIVITY_SELECT, ActivityItem, toActivity } from './activityMapping';
import { queryInChunks } from './queryInChunks';
import { highestId, ItemsQuery, readAllById } from './readAllById';

const LIST_TITLE = listTitle('activities');

/** More words than this add little and make the URL long. */
const MAX_SEARCH_WORDS = 6;

/** Lookup ids per `in`-style query: keeps URLs short and the result far below 5,000. */
const IDS_PER_QUERY = 40;

export class SpActivityRepository implements IActivityRepository {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public async listUpcoming(filter: ActivityFilter, now: Date, pageSize: number, after?: ActivityPageToken): Promise<ActivityPage> {
    return activityPage(await this.listUpcomingItems(filter, now, pageSize, after), pageSize);
  }

  /** The raw items of a catalogue page (plus one to tell whether there is a next page). */
  public async listUpcomingItems(filter: ActivityFilter, now: Date, pageSize: number, after?: ActivityPageToken): Promise<ActivityItem[]> {
    try {
      return await this.items()
        .using(NoMetadata())
        .select(...ACTIVITY_SELECT)
        .expand(...ACTIVITY_EXPAND)
        .filter(upcomingFilter(filter, now, after))
        .orderBy('SbStart', true)
        .orderBy('Id', true)
        .top(pageSize + 1)<ActivityItem[]>();
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  /**
   * When the list last changed (an item added, edited or deleted): a tiny read that tells
   * whether a remembered catalogue page is still exact.
   */
  public async listVersion(): Promise<string> {
    try {
      const info = await this.sp.web.lists
        .getByTitle(LIST_TITLE)
        .using(NoMetadata())
        .select('LastItemModifiedDate', 'LastItemDeletedDate', 'ItemCount')<{
          LastItemModifiedDate: string;
          LastItemDeletedDate: string;
          ItemCount: number;
        }>();
      // Times count in seconds: the item count also catches an add in the same second.
      return `${info.LastItemModifiedDate}|${info.LastItemDeletedDate}|${info.ItemCount}`;
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  public async getMany(ids: number[]): Promise<Activity[]> {
    try {
      const items = await queryInChunks(ids, IDS_PER_QUERY, (chunk) =>
        this.items()
          .select(...ACTIVITY_SELECT)
          .expand(...ACTIVITY_EXPAND)
          .filter(chunk.map((id) => `Id eq ${Math.floor(id)}`).join(' or '))
          .top(IDS_PER_QUERY)<ActivityItem[]>()
      );
      return items.map(toActivity);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  /**
   * Every activity with a session from `from` (inclusive) to `to` (exclusive), cancelled ones
   * too: what a period's participation figures cover. The indexed SbLastDate leads (activities
   * that ended before the period drop out first); no silent cap: pages of 2,000, Id windows
   * past 5,000 (readAllById).
   */
  public async withSessionsBetween(from: Date, to: Date): Promise<Activity[]> {
    const query: ItemsQuery<ActivityItem> = (filter, top) =>
      this.items().using(NoMetadata()).select(...ACTIVITY_SELECT).expand(...ACTIVITY_EXPAND).filter(filter).orderBy('Id', true).top(top)<ActivityItem[]>();
    try {
      const { rows } = await readAllById({ first: query, more: query }, `SbLastDate ge ${odataDateTime(from)} and SbStart lt ${odataDateTime(to)}`, () => highestId(this.items()));
      return rows.map(toActivity);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  public async get(id: number): Promise<Activity | undefined> {
    const found = await this.getMany([id]);
    return found[0];
  }

  private items(): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.sp.web.lists.getByTitle(LIST_TITLE).items;
  }
}

/** A page from `pageSize + 1` items: the extra one only says there is a next page. */
export function activityPage(items: ActivityItem[], pageSize: number): ActivityPage {
  const page = items.slice(0, pageSize);
  const last = page[page.length - 1];
  return {
    activities: page.map(toActivity),
    next: items.length > pageSize && last ? { start: last.SbStart || '', id: last.Id } : undefined
  };
}

/**
 * The leftmost condition is on SbLastDate, which is indexed: SharePoint then narrows the
 * list to upcoming activities first and the query stays under the list view threshold
 * however many past activities pile up.
 */
export function upcomingFilter(filter: ActivityFilter, now: Date, after?: ActivityPageToken): string {
  const from = filter.from && filter.from.getTime() > now.getTime() ? filter.from : now;
  const parts = [`SbLastDate ge ${odataDateTime(from)}`, `SbStatus eq 'open'`];
  if (filter.to) {
    parts.push(`SbStart le ${odataDateTime(filter.to)}`);
  }
  if (filter.pillar) {
    parts.push(`SbPillar eq ${odataString(filter.pillar)}`);
  }
  if (filter.venue === 'online') {
    parts.push('SbIsOnline eq 1');
  } else if (filter.venue === 'onSite') {
    parts.push('SbIsOnline eq 0');
  }
  if (filter.location) {
    parts.push(`SbLocation eq ${odataString(filter.location)}`);
  }
  // Every word must occur in the title or the location (each may match either), as the
  // client-side check in core/activities/catalogue does; "online" matches online activities.
  // Words as typed (SharePoint compares without case, but with accents).
  const words = (filter.search || '').trim().split(/\s+/).filter((w) => w !== '').slice(0, MAX_SEARCH_WORDS);
  for (const word of words) {
    const literal = odataString(word);
    const online = word.toLowerCase() === 'online' ? ' or SbIsOnline eq 1' : '';
    parts.push(`(substringof(${literal},Title) or substringof(${literal},SbLocation)${online})`);
  }
  if (after) {
    const start = odataString(after.start);
    parts.push(`(SbStart gt ${start} or (SbStart eq ${start} and Id gt ${Math.floor(after.id)}))`);
  }
  return parts.join(' and ');
}
