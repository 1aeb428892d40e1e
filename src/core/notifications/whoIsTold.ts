/**
 * Who is told what when something changes: the one derivation the Teams activity feed, the
 * Outlook agenda and the in-app messages all follow (issue "Participants hear about it").
 * Pure: it reads the activity before and after the change and the slots as they were derived
 * BEFORE it (core/activities/outcomes), so the people told are exactly those who had a place or
 * a waiting-list position then. A notice names one person and one thing that happened to their
 * own sign-up; it never names or counts the others, which keeps private activities private.
 */
import { SlotSummary } from '../activities/outcomes';
import { IsoDate } from '../time/calendarDate';
import { Activity, ActivityVenue } from '../types';
import { ChangedField } from '../activities/lastChange';
import { ActivityDraft } from '../activities/activityDraft';

export type { ChangedField };

export type NoticeKind =
  /** Time, place or meeting link of their date(s) changed. */
  | 'changed'
  /** The organiser took their date off the activity. */
  | 'dateRemoved'
  /** The organiser cancelled their date, with a reason. */
  | 'dateCancelled'
  /** The whole activity was cancelled. */
  | 'activityCancelled'
  /** Someone cancelled and they moved up from the waiting list: "Je hebt een plek". */
  | 'placeFound';

export interface Notice {
  personId: number;
  kind: NoticeKind;
  activityId: number;
  /** The date the notice is about; null = the whole activity (one-off or programme). */
  sessionDate: IsoDate | null;
  /** For 'changed': what changed. */
  fields?: ChangedField[];
  /** For 'dateCancelled' and 'activityCancelled': the organiser's reason, if given. */
  reason?: string;
}

export interface ActivityChange {
  fields: ChangedField[];
  removedDates: IsoDate[];
  cancelled: boolean;
}

/** A slot as derived before the change: its date (null for the whole activity) and its outcomes. */
export interface SlotBefore {
  sessionDate: IsoDate | null;
  summary: SlotSummary;
}

function placeOf(venue: ActivityVenue): string {
  return venue.kind === 'online' ? '' : venue.location.trim();
}

function meetingLinkOf(venue: ActivityVenue): string {
  return venue.kind === 'onSite' ? '' : venue.meetingUrl.trim();
}

/** What changed between two versions of an activity, as far as participants are concerned. */
export function describeChange(before: Activity, after: Activity): ActivityChange {
  const fields: ChangedField[] = [];
  if (before.startTime !== after.startTime || before.endTime !== after.endTime) {
    fields.push('time');
  }
  if (before.venue.kind !== after.venue.kind || placeOf(before.venue) !== placeOf(after.venue)) {
    fields.push('place');
  }
  if (meetingLinkOf(before.venue) !== meetingLinkOf(after.venue)) {
    fields.push('meetingLink');
  }
  return {
    fields,
    removedDates: before.dates.filter((d) => after.dates.indexOf(d) < 0),
    cancelled: before.status !== 'cancelled' && after.status === 'cancelled'
  };
}

/** The activity as a draft would save it, for what participants notice (time, place, link, dates). */
export function activityAfterDraft(before: Activity, draft: ActivityDraft): Activity {
  const venue: ActivityVenue =
    draft.venueKind === 'online'
      ? { kind: 'online', meetingUrl: draft.meetingUrl }
      : draft.venueKind === 'hybrid'
        ? { kind: 'hybrid', location: draft.location, meetingUrl: draft.meetingUrl }
        : { kind: 'onSite', location: draft.location };
  return { ...before, startTime: draft.startTime, endTime: draft.endTime, venue, dates: draft.dates.slice() };
}

/** People with a place or a waiting-list position in the slot (one per person). */
export function peopleSignedUp(summary: SlotSummary): number[] {
  const people: number[] = [];
  for (const key of Object.keys(summary.byPerson)) {
    const detail = summary.outcomes[summary.byPerson[Number(key)]];
    if (detail && (detail.outcome === 'confirmed' || detail.outcome === 'waiting')) {
      people.push(detail.personId);
    }
  }
  return people.sort((a, b) => a - b);
}

/**
 * The notices for an organiser's change. A cancelled activity tells everyone once; otherwise a
 * removed date tells the people of that date (for a one-off or programme: everyone, about that
 * date), and a changed time, place or link tells the people of the dates that remain.
 */
export function noticesForChange(before: Activity, after: Activity, slots: ReadonlyArray<SlotBefore>, reason?: string, today?: IsoDate): Notice[] {
  const described = describeChange(before, after);
  // A date that already took place is history, not news: removing it tells nobody.
  const change = today ? { ...described, removedDates: described.removedDates.filter((d) => d >= today) } : described;
  const notices: Notice[] = [];
  const seen: { [key: string]: boolean } = {};
  const add = (notice: Notice): void => {
    const key = `${notice.personId}|${notice.kind}|${notice.sessionDate}`;
    if (!seen[key]) {
      seen[key] = true;
      notices.push(notice);
    }
  };
  const cleanReason = reason && reason.trim() !== '' ? reason.trim() : undefined;
  for (const slot of slots) {
    const people = peopleSignedUp(slot.summary);
    for (const personId of people) {
      if (change.cancelled) {
        add({ personId, kind: 'activityCancelled', activityId: after.id, sessionDate: null, reason: cleanReason });
        continue;
      }
      const removedHere = slot.sessionDate === null ? change.removedDates : change.removedDates.filter((d) => d === slot.sessionDate);
      for (const date of removedHere) {
        add({ personId, kind: 'dateRemoved', activityId: after.id, sessionDate: date, reason: cleanReason });
      }
      const slotGone = slot.sessionDate !== null && removedHere.length > 0;
      const remainingDates = slot.sessionDate === null ? after.dates.length > 0 : !slotGone;
      if (change.fields.length > 0 && remainingDates) {
        add({ personId, kind: 'changed', activityId: after.id, sessionDate: slot.sessionDate, fields: change.fields.slice() });
      }
    }
  }
  return notices;
}

/** A single date cancelled with a reason: its people are told, nobody else. */
export function noticesForCancelledDate(activity: Activity, slot: SlotBefore, date: IsoDate, reason: string): Notice[] {
  const applies = slot.sessionDate === null || slot.sessionDate === date;
  if (!applies) {
    return [];
  }
  const cleanReason = reason.trim() !== '' ? reason.trim() : undefined;
  return peopleSignedUp(slot.summary).map((personId) => ({ personId, kind: 'dateCancelled' as NoticeKind, activityId: activity.id, sessionDate: date, reason: cleanReason }));
}

/**
 * After someone cancels: the people who were waiting before and have a place now, from the
 * same derivation everyone else sees ("Je hebt een plek").
 */
export function noticesForPromotion(activityId: number, sessionDate: IsoDate | null, before: SlotSummary, after: SlotSummary): Notice[] {
  const wasWaiting: { [personId: number]: boolean } = {};
  for (const key of Object.keys(before.byPerson)) {
    const detail = before.outcomes[before.byPerson[Number(key)]];
    if (detail && detail.outcome === 'waiting') {
      wasWaiting[detail.personId] = true;
    }
  }
  const notices: Notice[] = [];
  for (const key of Object.keys(after.byPerson)) {
    const detail = after.outcomes[after.byPerson[Number(key)]];
    if (detail && detail.outcome === 'confirmed' && wasWaiting[detail.personId]) {
      notices.push({ personId: detail.personId, kind: 'placeFound', activityId, sessionDate });
    }
  }
  return notices.sort((a, b) => a.personId - b.personId);
}

/** Distinct people signed up (place or waiting list) over several slots: who a change reaches. */
export function peopleInSlots(summaries: ReadonlyArray<SlotSummary>): number {
  const people: { [personId: number]: boolean } = {};
  summaries.forEach((summary) => peopleSignedUp(summary).forEach((id) => (people[id] = true)));
  return Object.keys(people).length;
}

/** "12 deelnemers krijgen bericht": distinct people a set of notices reaches. */
export function peopleTold(notices: ReadonlyArray<Notice>): number {
  const people: { [personId: number]: boolean } = {};
  notices.forEach((n) => (people[n.personId] = true));
  return Object.keys(people).length;
}
