/**
 * The organiser's last change that matters to participants (time, place, meeting link), kept
 * on the activity (SbLastChange) so every participant's own page can say "Gewijzigd sinds je
 * aanmelding" — with or without Teams notifications. Written by whoever may write the
 * activity (its organiser, owners); compared with the registration's Created, which
 * SharePoint sets and nobody can forge.
 */
import { Activity, Registration } from '../types';

export type ChangedField = 'time' | 'place' | 'meetingLink';

const FIELDS: ChangedField[] = ['time', 'place', 'meetingLink'];

export interface LastChange {
  at: Date;
  fields: ChangedField[];
}

export function parseLastChange(value: string | null | undefined): LastChange | undefined {
  if (!value) {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') {
    return undefined;
  }
  const at = new Date(String((parsed as { at?: unknown }).at));
  const raw = (parsed as { fields?: unknown }).fields;
  const fields = Array.isArray(raw) ? FIELDS.filter((f) => raw.indexOf(f) >= 0) : [];
  return isNaN(at.getTime()) || fields.length === 0 ? undefined : { at, fields };
}

export function serializeLastChange(change: LastChange): string {
  return JSON.stringify({ at: change.at.toISOString(), fields: change.fields });
}

/**
 * What changed after this person signed up (empty when nothing did, or the sign-up is not
 * active). The registration's time is SharePoint's Created.
 */
export function changedSinceSignUp(activity: Pick<Activity, 'lastChange'>, registration: Pick<Registration, 'registeredAt' | 'status'>): ChangedField[] {
  const change = activity.lastChange;
  if (!change || registration.status === 'cancelled') {
    return [];
  }
  return registration.registeredAt.getTime() < change.at.getTime() ? change.fields.slice() : [];
}
