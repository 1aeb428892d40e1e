import { NewsPost } from '../../core/types';
import { postStatus } from '../../core/news/postStatus';
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

/** Newest publish time first; the higher id first on a tie (the feed's keyset order). */
export function compareNewestFirst(a: NewsPost, b: NewsPost): number {
  return b.publishAt.getTime() - a.publishAt.getTime() || b.id - a.id;
}

/**
 * Defence in depth: the server already asks only for published posts, but a post that
 * is a draft, scheduled or expired at `now` is never shown, whatever the data layer returns.
 */
export function isShown(post: NewsPost, now: Date): boolean {
  return postStatus(post, now) === 'published';
}

/** `known` plus the shown posts of a new page that are not in it yet, newest first. */
export function appendPage(known: NewsPost[], page: NewsPost[], now: Date): { posts: NewsPost[]; added: NewsPost[] } {
  const ids = new Set<number>(known.map((p) => p.id));
  const added = page.filter((p) => isShown(p, now) && !ids.has(p.id)).sort(compareNewestFirst);
  return { posts: known.concat(added).sort(compareNewestFirst), added };
}
