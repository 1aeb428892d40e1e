import { Activity, ActivityVenue, Pillar } from '../../core/types';
import { foldForSearch } from '../../core/text/searchText';
import { amsterdamDayBounds } from '../../core/time/amsterdam';
import { parseIsoDate } from '../../core/time/calendarDate';
import { ActivityFilter } from '../../data/contracts/IActivityRepository';

/** The catalogue's filter controls as the user set them (dates as 'YYYY-MM-DD' from date inputs). */
export interface CatalogueFilterValues {
  search: string;
  pillar: Pillar | '';
  venue: '' | 'onSite' | 'online';
  /** A location group's key (locationGroupKey), not a raw location text; filtered on the loaded cards. */
  location: string;
  from: string;
  to: string;
  /** Client-side: hides full activities among the loaded ones. */
  onlyWithPlaces: boolean;
}

export const EMPTY_FILTER_VALUES: CatalogueFilterValues = {
  search: '',
  pillar: '',
  venue: '',
  location: '',
  from: '',
  to: '',
  onlyWithPlaces: false
};

/**
 * The repository's ActivityFilter: dates are whole Amsterdam days ("tot en met" includes
 * the day), the search text goes as typed (the repository escapes it for OData). The
 * location is not sent: a group stands for several typed texts ("Mosae Forum",
 * "mosae forum, zaal 2.03") and the repository can only match one exactly, so the loaded
 * cards are narrowed instead (activityInLocation), like "Alleen met plek".
 */
export function buildActivityFilter(values: CatalogueFilterValues, search: string): ActivityFilter {
  const filter: ActivityFilter = {};
  if (values.pillar) {
    filter.pillar = values.pillar;
  }
  if (values.venue) {
    filter.venue = values.venue;
  }
  const from = parseIsoDate(values.from);
  if (from) {
    filter.from = amsterdamDayBounds(from).start;
  }
  const to = parseIsoDate(values.to);
  if (to) {
    filter.to = new Date(amsterdamDayBounds(to).end.getTime() - 1000);
  }
  const text = search.trim();
  if (text) {
    filter.search = text;
  }
  return filter;
}

/** How many of the panel's filters are set (the search box is visible anyway). */
export function activeFilterCount(values: CatalogueFilterValues): number {
  return [values.pillar, values.venue, values.location, values.from, values.to].filter((v) => !!v).length + (values.onlyWithPlaces ? 1 : 0);
}

/** A stable key of an ActivityFilter, to reload when it changes. */
export function filterKey(filter: ActivityFilter): string {
  return JSON.stringify({
    ...filter,
    from: filter.from ? filter.from.toISOString() : undefined,
    to: filter.to ? filter.to.toISOString() : undefined
  });
}

/** The key of the "Online" group: activities one can join online, and places typed as "Online". */
export const ONLINE_LOCATION_KEY: string = '~online';

/** One option of the location filter. */
export interface LocationOption {
  key: string;
  label: string;
}

// Words a typed "place" may consist of when it is no place at all ("Online", "via Teams").
const ONLINE_WORDS: string[] = ['online', 'on-line', 'teams', 'ms', 'microsoft', 'via', 'zoom', 'webinar', 'digitaal', 'virtueel', 'videobellen', 'thuis', 'of', 'en', 'vanuit', 'de', 'het'];
const ONLINE_MARKERS: string[] = ['online', 'on-line', 'teams', 'zoom', 'webinar', 'digitaal', 'virtueel', 'videobellen'];

/**
 * The place part of a typed location, tidied: up to the first comma, semicolon or bracket
 * ("Mosae Forum, vergaderzaal 2.03" → "Mosae Forum"), spaces collapsed. '' for blank.
 */
export function locationPlace(text: string): string {
  return text
    .split(/[,;(|]| [-–] /)[0]
    .replace(/\s+/g, ' ')
    .replace(/^[\s.:-]+|[\s.:-]+$/g, '');
}

/** "Online", "online via Teams", "MS Teams": a typed location that only says "online". */
export function isOnlineLocationText(text: string): boolean {
  const words = foldForSearch(locationPlace(text)).split(' ').filter((w) => w !== '');
  return words.length > 0 && words.every((w) => ONLINE_WORDS.indexOf(w) >= 0) && words.some((w) => ONLINE_MARKERS.indexOf(w) >= 0);
}

/** The group of a typed location: case, accents and spacing ignored; undefined for blank and online-only texts. */
export function locationGroupKey(text: string): string | undefined {
  const place = locationPlace(text);
  if (!place || isOnlineLocationText(text)) {
    return undefined;
  }
  return foldForSearch(place);
}

function locationText(venue: ActivityVenue): string {
  return venue.kind === 'online' ? '' : venue.location || '';
}

/** Whether an activity belongs in the chosen location group ('' = every location). */
export function activityInLocation(activity: Activity, key: string): boolean {
  if (!key) {
    return true;
  }
  const text = locationText(activity.venue);
  if (key === ONLINE_LOCATION_KEY) {
    return activity.venue.kind !== 'onSite' || isOnlineLocationText(text);
  }
  return locationGroupKey(text) === key;
}

/** How a spelling is ranked as a group's label: most used first, then "Mosae Forum" over "MOSAE FORUM" or "mosae forum". */
function spellingScore(spelling: string): number {
  const hasUpper = spelling !== spelling.toLowerCase();
  const allUpper = spelling === spelling.toUpperCase();
  return hasUpper && !allUpper ? 2 : hasUpper ? 0 : 1;
}

/**
 * The location filter's options: each place once, whatever its case, spacing or room
 * ("Mosae Forum", "mosae  forum", "MOSAE FORUM, zaal 2.03" → "Mosae Forum"), sorted;
 * online activities and places typed as "Online" / "via Teams" as one "Online" at the end.
 */
export function locationOptions(venues: ActivityVenue[], onlineLabel: string): LocationOption[] {
  const groups: { [key: string]: { [spelling: string]: number } } = {};
  const order: string[] = [];
  let online = false;
  venues.forEach((venue) => {
    const text = locationText(venue);
    if (venue.kind !== 'onSite' || isOnlineLocationText(text)) {
      online = true;
    }
    const key = locationGroupKey(text);
    if (!key) {
      return;
    }
    if (!groups[key]) {
      groups[key] = {};
      order.push(key);
    }
    const spelling = locationPlace(text);
    groups[key][spelling] = (groups[key][spelling] || 0) + 1;
  });
  const options: LocationOption[] = order.map((key) => {
    const spellings = Object.keys(groups[key]);
    spellings.sort((a, b) => groups[key][b] - groups[key][a] || spellingScore(b) - spellingScore(a));
    return { key, label: spellings[0] };
  });
  options.sort((a, b) => a.label.localeCompare(b.label, 'nl', { sensitivity: 'base' }));
  return online ? options.concat([{ key: ONLINE_LOCATION_KEY, label: onlineLabel }]) : options;
}
