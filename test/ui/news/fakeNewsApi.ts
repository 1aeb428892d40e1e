import { NewsPost } from '../../../src/core/types';
import { NewsApi, NewsFeedPage, NewsFeedQuery, NewsPageToken } from '../../../src/data/contracts/INewsApi';

// An in-memory NewsApi with the feed's keyset order (publish time, then id, newest first).
// It does NOT filter on status: the UI must hide drafts, scheduled and expired posts itself.

export const NOW = new Date('2026-11-24T15:00:00Z'); // Tuesday 24 November 2026, 16:00 in Amsterdam

export function post(overrides: Partial<NewsPost> & { id: number; title: string }): NewsPost {
  return {
    bodyHtml: '<p>Samen vitaal.</p>',
    excerpt: 'Kort bericht.',
    pillar: 'Samen',
    theme: null,
    imageUrl: null,
    publishAt: new Date('2026-11-20T08:00:00Z'),
    expireAt: null,
    approved: true,
    nationalDay: null,
    modified: new Date('2026-11-19T08:00:00Z'),
    ...overrides
  };
}

function newestFirst(a: NewsPost, b: NewsPost): number {
  return b.publishAt.getTime() - a.publishAt.getTime() || b.id - a.id;
}

function isAfter(p: NewsPost, token: NewsPageToken): boolean {
  const t = new Date(token.publishAt).getTime();
  return p.publishAt.getTime() < t || (p.publishAt.getTime() === t && p.id < token.id);
}

export class FakeNewsApi implements NewsApi {
  public posts: NewsPost[];
  /** The next call of that method rejects with this (once). */
  public faults: { loadFeed?: Error; loadPost?: Error } = {};
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
      next: matching.length > query.pageSize && last ? { publishAt: last.publishAt.toISOString(), id: last.id } : undefined
    };
  });

  public loadPost = jest.fn(async (id: number): Promise<NewsPost | undefined> => {
    const fault = this.faults.loadPost;
    if (fault) {
      this.faults.loadPost = undefined;
      throw fault;
    }
    return this.posts.filter((p) => p.id === id)[0];
  });
}

