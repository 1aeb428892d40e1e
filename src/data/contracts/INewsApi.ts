import { NewsPost, Pillar } from '../../core/types';

/** Where the next page of the feed starts (keyset on first publication, then id). */
export interface NewsPageToken {
  publishedAt: string;
  id: number;
}

export interface NewsFeedPage {
  /** Published #SamenBeter news pages, newest first publication first. */
  posts: NewsPost[];
  /** undefined when there are no more posts. */
  next: NewsPageToken | undefined;
}

export interface NewsFeedQuery {
  pillar: Pillar | null;
  pageSize: number;
  after?: NewsPageToken;
}

/**
 * What the Vitaliteitsnieuws web part reads (views/newsApi.ts): #SamenBeter news pages from
 * the site's Site Pages library. Draft item security shows employees only the published
 * (major) version of a page; the query asks for pages promoted to news, so drafts and
 * scheduled pages never show up, also not for Communications. A post opens as the
 * SharePoint page itself (`NewsPost.url`).
 */
export interface NewsApi {
  /** One page of the feed: ONE HTTP request. */
  loadFeed(query: NewsFeedQuery): Promise<NewsFeedPage>;
}
