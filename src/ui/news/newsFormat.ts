import { NewsPost } from '../../core/types';
import { amsterdamDateOf } from '../../core/time/amsterdam';
import { toIsoDate } from '../../core/time/calendarDate';
import { DisplayLocale, formatDateShort } from '../../core/time/dutchFormat';

// Display helpers of Vitaliteitsnieuws. Dates are Europe/Amsterdam calendar dates,
// written out by core/time/dutchFormat so every browser shows the same ("di 24 nov 2026").

/** The day a post was published, as Amsterdam shows it: 'di 24 nov 2026' | 'Tue, Nov 24, 2026'. */
export function publishedLabel(publishAt: Date, locale: DisplayLocale): string {
  return formatDateShort(amsterdamDateOf(publishAt), locale);
}

/** The Amsterdam date for a <time dateTime>: '2026-11-24'. */
export function publishedIsoDate(publishAt: Date): string {
  return toIsoDate(amsterdamDateOf(publishAt));
}

/** Newest first publication first; the higher id first on a tie (the feed's keyset order). */
export function compareNewestFirst(a: NewsPost, b: NewsPost): number {
  return b.publishAt.getTime() - a.publishAt.getTime() || b.id - a.id;
}

/**
 * `known` plus the posts of a new page that are not in it yet, newest first. The feed only
 * returns published pages (SharePoint news has no expiry), so nothing is filtered out; a page
 * published between two requests can come back twice, and is shown once.
 */
export function appendPage(known: NewsPost[], page: NewsPost[]): { posts: NewsPost[]; added: NewsPost[] } {
  const ids = new Set<number>(known.map((p) => p.id));
  const added: NewsPost[] = [];
  page.forEach((p) => {
    if (!ids.has(p.id)) {
      ids.add(p.id);
      added.push(p);
    }
  });
  added.sort(compareNewestFirst);
  return { posts: known.concat(added).sort(compareNewestFirst), added };
}
