import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { odataString } from '../../core/odata/escape';
import { NewsPost, Pillar } from '../../core/types';
import { NewsFeedPage, NewsFeedQuery, NewsPageToken } from '../contracts/INewsApi';
import { toDataError } from '../errors/toDataError';
import { sitePagesList, webPath } from '../sp/sitePagesList';
import { writeDate } from './fieldValues';
import { NEWS_PAGE_SELECT, NewsPageItem, toNewsPost } from './newsPageMapping';

const LIBRARY = 'Site Pages';

/** Posts the calendar reads for one range; more is said, never cut silently (ContentCalendarData). */
export const CALENDAR_POSTS_LIMIT = 500;

/**
 * The feed filter. Leftmost is the indexed `SbNewsPost`: it narrows Site Pages to our news
 * posts (about 80 a year) before anything else is looked at, so the query stays under the
 * 5,000-item list view threshold however many pages the intranet has; ordering by the
 * unindexed FirstPublishedDate is then allowed. `PromotedState eq 2` = published news
 * (PnPjs PromotedState.Promoted): drafts and scheduled pages are 1 until they are published.
 */
export function feedFilter(pillar: Pillar | null, after?: NewsPageToken): string {
  const parts = ['SbNewsPost eq 1', 'PromotedState eq 2'];
  if (pillar) {
    parts.push(`SbPillar eq ${odataString(pillar)}`);
  }
  if (after) {
    const p = odataString(after.publishedAt);
    parts.push(`(FirstPublishedDate lt ${p} or (FirstPublishedDate eq ${p} and Id lt ${Math.floor(after.id)}))`);
  }
  return parts.join(' and ');
}

/** #SamenBeter news pages in Site Pages, read as list items (what every reader may call). */
export class SpNewsPageRepository {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  /** The site's absolute URL, for the pages' links. */
  public webUrl(): string {
    const origin = (/^https?:\/\/[^/]+/i.exec(this.sp.web.toUrl()) || [''])[0];
    return `${origin}${webPath(this.sp)}`;
  }

  /** One page of published posts, newest first publication first (one GET). */
  public async feed(query: NewsFeedQuery): Promise<NewsFeedPage> {
    try {
      const size = Math.max(1, Math.min(50, Math.floor(query.pageSize)));
      // One extra item tells whether there is a next page without a second request.
      const items = await sitePagesList(this.sp)
        .items.select(...NEWS_PAGE_SELECT)
        .filter(feedFilter(query.pillar, query.after))
        .orderBy('FirstPublishedDate', false)
        .orderBy('Id', false)
        .top(size + 1)<NewsPageItem[]>();
      const webUrl = this.webUrl();
      const posts = items.slice(0, size).map((item) => toNewsPost(item, webUrl));
      const last = items.length > size ? items[size - 1] : undefined;
      return {
        posts,
        next: last && last.FirstPublishedDate ? { publishedAt: last.FirstPublishedDate, id: last.Id } : undefined
      };
    } catch (e) {
      throw toDataError(e, { listTitle: LIBRARY });
    }
  }

  /** A post the caller may read (editors: its latest version), or undefined. */
  public async get(id: number): Promise<NewsPost | undefined> {
    try {
      const item = await sitePagesList(this.sp).items.getById(id).select(...NEWS_PAGE_SELECT)<NewsPageItem>();
      return toNewsPost(item, this.webUrl());
    } catch (e) {
      const error = toDataError(e, { listTitle: LIBRARY });
      if (error.kind === 'notFound') {
        return undefined;
      }
      throw error;
    }
  }

  /**
   * Posts planned for [from, to), any status the caller may see, by planned time. Leftmost on
   * the indexed SbNewsPost (see feedFilter). At most CALENDAR_POSTS_LIMIT; `more` says if
   * there were more.
   */
  public async inRange(from: Date, to: Date): Promise<{ posts: NewsPost[]; more: boolean }> {
    try {
      const items = await sitePagesList(this.sp)
        .items.select(...NEWS_PAGE_SELECT)
        .filter(
          `SbNewsPost eq 1 and SbPlannedFor ge ${odataString(writeDate(from) as string)} and SbPlannedFor lt ${odataString(writeDate(to) as string)}`
        )
        .orderBy('SbPlannedFor', true)
        .top(CALENDAR_POSTS_LIMIT + 1)<NewsPageItem[]>();
      const webUrl = this.webUrl();
      return {
        posts: items.slice(0, CALENDAR_POSTS_LIMIT).map((item) => toNewsPost(item, webUrl)),
        more: items.length > CALENDAR_POSTS_LIMIT
      };
    } catch (e) {
      throw toDataError(e, { listTitle: LIBRARY });
    }
  }
}
