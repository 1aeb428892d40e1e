/** Pure filters for the activity catalogue; the data layer does the indexed, server-side part. */
import { searchWords, foldForSearch } from '../text/searchText';
import { Activity, ActivityVenue } from '../types';
import { SlotSummary } from './outcomes';

/** The place name of an on-site or hybrid activity; null when it is online only. */
export function venueLocation(venue: ActivityVenue): string | null {
  return venue.kind === 'online' ? null : venue.location;
}

export function isOnline(venue: ActivityVenue): boolean {
  return venue.kind !== 'onSite';
}

/**
 * Every word of the search text occurs in the title or the location (each word
 * may match either), ignoring case and accents. Online and hybrid activities
 * also match 'online', the word the cards show. Blank text matches everything.
 */
export function matchesSearch(activity: Activity, text: string): boolean {
  const words: string[] = searchWords(text);
  const location: string | null = venueLocation(activity.venue);
  const haystack: string = foldForSearch(
    activity.title + '\n' + (location === null ? '' : location) + '\n' + (isOnline(activity.venue) ? 'online' : '')
  );
  for (let i: number = 0; i < words.length; i++) {
    if (haystack.indexOf(words[i]) < 0) {
      return false;
    }
  }
  return true;
}

/** "Alleen met plek": a place is free now (unlimited counts; a cancelled activity has none). */
export function hasPlaceLeft(summary: SlotSummary): boolean {
  return !summary.activityCancelled && (summary.placesLeft === null || summary.placesLeft > 0);
}
