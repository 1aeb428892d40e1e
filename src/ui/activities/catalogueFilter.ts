import { Pillar } from '../../core/types';
import { amsterdamDayBounds } from '../../core/time/amsterdam';
import { parseIsoDate } from '../../core/time/calendarDate';
import { ActivityFilter } from '../../data/contracts/IActivityRepository';

/** The catalogue's filter controls as the user set them (dates as 'YYYY-MM-DD' from date inputs). */
export interface CatalogueFilterValues {
  search: string;
  pillar: Pillar | '';
  venue: '' | 'onSite' | 'online';
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
 * the day), the search text goes as typed (the repository escapes it for OData).
 */
export function buildActivityFilter(values: CatalogueFilterValues, search: string): ActivityFilter {
  const filter: ActivityFilter = {};
  if (values.pillar) {
    filter.pillar = values.pillar;
  }
  if (values.venue) {
    filter.venue = values.venue;
  }
  if (values.location) {
    filter.location = values.location;
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
