import { ListKey } from './schemaTypes';

/**
 * The lists' titles, the one part of the schema every page needs at run time (repositories
 * address lists by title). The schema (lists.ts) takes its titles from here; its field
 * descriptions and permission notes are for provisioning and the self-check only, so they
 * stay out of the first download (lists.ts was ~3 KB gzip of every bundle).
 */
export const LIST_TITLES: { readonly [K in ListKey]: string } = {
  activities: 'SamenBeter Activiteiten',
  registrations: 'SamenBeter Aanmeldingen',
  privateRegistrations: 'SamenBeter Aanmeldingen besloten',
  privateCounts: 'SamenBeter Besloten aantallen',
  weeklyThemes: 'SamenBeter Weekthemas',
  nationalDays: 'SamenBeter Nationale dagen',
  closingDays: 'SamenBeter Sluitingsdagen',
  locations: 'SamenBeter Locaties',
  attendance: 'SamenBeter Opkomst',
  participationFigures: 'SamenBeter Deelnamecijfers'
};

export function listTitle(key: ListKey): string {
  return LIST_TITLES[key];
}
