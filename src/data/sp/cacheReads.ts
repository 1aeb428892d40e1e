import { TimelinePipe, dateAdd } from '@pnp/core';
import { Caching, InjectHeaders, Queryable } from '@pnp/queryable';

// Caching of the reads that may be a few minutes old (the week's theme, the news feed, the
// activity list, the viewer's roles), so a warm reload of the intranet home costs only the
// reads that must be fresh (sign-ups and places). Repositories opt a read in with
// `CacheableRead()`; everything else is never cached. Entries live in sessionStorage (in
// memory outside a browser), keyed per signed-in person, for five minutes.

const MARK = 'X-SamenBeter-Cacheable';

/** Marks one read as cacheable (used by the repositories on their queryables). */
export function CacheableRead(): TimelinePipe<Queryable> {
  // Prepended, so the mark is there before CacheReads looks for it.
  return InjectHeaders({ [MARK]: '1' }, true);
}

export interface CacheReadsOptions {
  /** Who is signed in: another person never gets these entries. */
  userKey: string;
  minutes?: number;
}

export function CacheReads(options: CacheReadsOptions): TimelinePipe<Queryable> {
  const minutes = options.minutes || 5;
  return (instance: Queryable) => {
    // Registered before PnPjs's Caching: unmarked reads are never cached; marked ones get a
    // key that includes the person. The mark itself never reaches SharePoint.
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> {
      const headers: { [name: string]: string } = { ...((init.headers || {}) as { [name: string]: string }) };
      if (headers[MARK]) {
        delete headers[MARK];
        headers['X-PnP-CacheKey'] = `samenbeter|${options.userKey.toLowerCase()}|${url}`;
      } else {
        headers['X-PnP-CacheNever'] = '1';
      }
      init.headers = headers;
      return [url, init, result];
    });
    instance.using(Caching({ store: 'session', expireFunc: () => dateAdd(new Date(), 'minute', minutes) as Date }));
    return instance;
  };
}

/** `now` floored to whole minutes: reads that filter on "now" keep one URL (and cache entry) per window. */
export function cacheWindow(now: Date, minutes: number = 5): Date {
  const size = minutes * 60 * 1000;
  return new Date(Math.floor(now.getTime() / size) * size);
}
