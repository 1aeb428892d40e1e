import { NewsPost } from '../../../src/core/types';
import { NewsApi, NewsFeedPage, NewsFeedQuery, NewsPageToken } from '../../../src/data/contracts/INewsApi';

// An in-memory NewsApi with the feed's keyset order (first publication, then id, newest
// first). Like the real feed it holds only published news pages: the UI filters nothing.

export const NOW = new Date('2026-11-24T15:00:00Z'); // Tuesday 24 November 2026, 16:00 in Amsterdam

export const SITE = 'https://gemeente.sharepoint.com/sites/samenbeter';

export function post(overrides: Partial<NewsPost> & { id: number; title: string }): NewsPost {
  return {
    excerpt: 'Kort bericht.',
    pillar: 'Samen',
    theme: null,
    imageUrl: null,
    publishAt: new Date('2026-11-20T08:00:00Z'),
    version: '1.0',
    scheduledAt: null,
    nationalDay: null,
    url: `${SITE}/SitePages/Bericht-${overrides.id}.aspx`,
    modified: new Date('2026-11-19T08:00:00Z'),
    ...overrides
  };
}

function newestFirst(a: NewsPost, b: NewsPost): number {
  return b.publishAt.getTime() - a.publishAt.getTime() || b.id - a.id;
}

function isAfter(p: NewsPost, token: NewsPageToken): boolean {
  const t = new Date(token.publishedAt).getTime();
  return p.publishAt.getTime() < t || (p.publishAt.getTime() === t && p.id < token.id);
}

export class FakeNewsApi implements NewsApi {
  public posts: NewsPost[];
  /** The next loadFeed rejects with this (once). */
  public faults: { loadFeed?: Error } = {};
  /** When set, loadFeed waits for it (pending-state tests). */
  public hold: Promise<void> | undefined;

  public constructor(posts: NewsPost[]) {
    this.posts = posts.slice();
  }

  public loadFeed = jest.fn(async (query: NewsFeedQuery): Promise<NewsFeedPage> => {
    if (this.hold) {
      await this.hold;
    }
    const fault = this.faults.loadFeed;
    if (fault) {
      this.faults.loadFeed = undefined;
      throw fault;
    }
    const after = query.after;
    const matching = this.posts
      .filter((p) => query.pillar === null || p.pillar === query.pillar)
      .filter((p) => !after || isAfter(p, after))
      .sort(newestFirst);
    const page = matching.slice(0, query.pageSize);
    const last = page[page.length - 1];
    return {
      // The server's answer order is not trusted blindly: hand the page back shuffled.
      posts: page.slice().reverse(),
      next: matching.length > query.pageSize && last ? { publishedAt: last.publishAt.toISOString(), id: last.id } : undefined
    };
  });
}
