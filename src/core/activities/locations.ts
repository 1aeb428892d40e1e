/**
 * The places activities happen, as the owners keep them in "SamenBeter Locaties": validation of
 * a location an owner enters, which locations the studio offers, and the route link an activity
 * shows. Pure: the list and the UI are elsewhere.
 */
import { Activity } from '../types';
import { ValidationError, collectErrors, validationError } from '../validation/validationError';
import { httpsUrl, maxLength, required } from '../validation/validators';

/** onSite: a place in the municipality; online: an online environment (not offered for a venue on site). */
export type LocationKind = 'onSite' | 'online';

export interface StudioLocation {
  id: number;
  /** What the ambassador picks and the activity shows ("Stadhuis Markt, hoofdingang"). */
  name: string;
  /** Street, number, postcode and town; '' when not known. */
  address: string;
  /** An https link to a map or route; '' when none. */
  mapUrl: string;
  kind: LocationKind;
  /** Retired locations are not offered any more; activities that have them keep them. */
  active: boolean;
}

export type StudioLocationInput = Omit<StudioLocation, 'id'>;

function trim(text: string | null | undefined): string {
  return (text || '').replace(/^\s+|\s+$/g, '');
}

/** Names compare as people read them: case and surrounding spaces do not make another place. */
function sameName(a: string, b: string): boolean {
  return trim(a).toLowerCase() === trim(b).toLowerCase();
}

/**
 * Why an owner's location cannot be saved: a name (unique among the other locations, since the
 * studio matches activities on it), an address and map link that fit SharePoint's 255
 * characters, and a map link only when it is https (core's httpsUrl: no http:, javascript:, credentials).
 */
export function validateLocation(input: StudioLocationInput, others: ReadonlyArray<StudioLocation> = [], id?: number): ValidationError[] {
  const errors: Array<ValidationError | null> = [required('name', input.name), maxLength('name', trim(input.name))];
  const name = trim(input.name);
  if (name && others.some((o) => o.id !== id && sameName(o.name, name))) {
    errors.push(validationError('name', 'notAllowed', { reason: 'duplicate' }));
  }
  errors.push(maxLength('address', trim(input.address)));
  errors.push(httpsUrl('mapUrl', input.mapUrl), maxLength('mapUrl', trim(input.mapUrl)));
  if (input.kind !== 'onSite' && input.kind !== 'online') {
    errors.push(validationError('kind', 'notInList'));
  }
  return collectErrors(errors);
}

/** The input as it is stored: trimmed. */
export function normalisedLocation(input: StudioLocationInput): StudioLocationInput {
  return { name: trim(input.name), address: trim(input.address), mapUrl: trim(input.mapUrl), kind: input.kind, active: input.active };
}

/** The https link itself, or undefined for anything else (http:, javascript:, junk, empty). */
export function routeLink(url: string | null | undefined): string | undefined {
  const text = trim(url);
  return text && httpsUrl('routeUrl', text) === null ? text : undefined;
}

/** Where an activity's "Route" link goes: only for a place (not online) and only over https. */
export function activityRouteUrl(activity: Pick<Activity, 'venue' | 'routeUrl'>): string | undefined {
  return activity.venue.kind === 'online' ? undefined : routeLink(activity.routeUrl);
}

/**
 * What the studio offers for a venue on site or hybrid: the active places, by name (Dutch order).
 * Online locations are not a place to go to; an online venue picks no location at all.
 */
export function pickableLocations(locations: ReadonlyArray<StudioLocation>): StudioLocation[] {
  return locations
    .filter((l) => l.active && l.kind === 'onSite' && trim(l.name) !== '')
    .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : a.id - b.id));
}

/** The offered location an activity's location text names, or undefined (then it is a one-off place). */
export function matchingLocation(text: string, offered: ReadonlyArray<StudioLocation>): StudioLocation | undefined {
  const name = trim(text);
  if (!name) {
    return undefined;
  }
  return offered.filter((l) => trim(l.name) === name)[0];
}
