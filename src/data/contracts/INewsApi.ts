import { NewsPost, Pillar } from '../../core/types';

/** Where the next page of the feed starts (keyset on publish time, then id). */
export interface NewsPageToken {
  publishAt: string;
  id: number;
}

export interface NewsFeedPage {
  /** Published posts, newest publish time first. */
  posts: NewsPost[];
  /** undefined when there are no more posts. */
  next: NewsPageToken | undefined;
}

export interface NewsFeedQuery {
  pillar: Pillar | null;
  pageSize: number;
  now: Date;
  after?: NewsPageToken;
}

/**
 * What the Vitaliteitsnieuws web part reads (views/newsApi.ts). SharePoint's content approval
 * and scheduling keep drafts and not-yet-published posts from employees; the query also asks
 * only for posts whose publish time has come and whose expiry time has not.
 */
export interface NewsApi {
  /** One page of the feed: ONE HTTP request. */
  loadFeed(query: NewsFeedQuery): Promise<NewsFeedPage>;
  /** One post for the detail view (or a shared link); undefined when missing or not visible. */
  loadPost(id: number): Promise<NewsPost | undefined>;
}
