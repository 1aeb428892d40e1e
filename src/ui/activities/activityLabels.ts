import * as strings from 'SamenBeterStrings';
import { Activity } from '../../core/types';
import { DisplayLocale, formatAmsterdamDateTime } from '../../core/time/dutchFormat';
import { formatString } from '../shared/formatString';
import { SlotMessage } from './activitiesStore';
import { dayLabel } from './activityFormat';
import { MyStatus, SlotView } from './slotView';

/**
 * Places on a card or date row: "Nog 3 plekken", "Vol", "Vol · 2 op de wachtlijst"; for a
 * private activity the organiser's published count ("12 aangemeld · stand van …") or the
 * private note.
 */
export function placesText(activity: Activity, view: SlotView, locale: DisplayLocale = 'nl-NL'): string | undefined {
  if (activity.status === 'cancelled') {
    return strings.ActivitiesStatusActivityCancelled;
  }
  if (!view.seesOthers) {
    const p = view.published;
    if (!p) {
      return strings.ActivitiesPrivateList;
    }
    const at = formatAmsterdamDateTime(p.countedAt, locale);
    return p.waiting > 0
      ? formatString(strings.ActivitiesPrivateCountWaiting, p.confirmed, p.waiting, at)
      : formatString(strings.ActivitiesPrivateCount, p.confirmed, at);
  }
  const summary = view.summary;
  if (!summary) {
    return undefined;
  }
  if (summary.placesLeft === null) {
    return strings.ActivitiesPlacesUnlimited;
  }
  if (summary.isFull) {
    return summary.waiting > 0 ? formatString(strings.ActivitiesFullWaiting, summary.waiting) : strings.ActivitiesFull;
  }
  return summary.placesLeft === 1 ? strings.ActivitiesPlacesLeftOne : formatString(strings.ActivitiesPlacesLeft, summary.placesLeft);
}

/** The viewer's own status: "Aangemeld", "Op de wachtlijst (3)" (short) / "(positie 3)". */
export function myStatusText(my: MyStatus, short: boolean): string | undefined {
  switch (my.kind) {
    case 'confirmed':
    case 'signedUp':
      return strings.ActivitiesStatusConfirmed;
    case 'waiting':
      return formatString(short ? strings.ActivitiesStatusWaitingShort : strings.ActivitiesStatusWaiting, my.position);
    case 'late':
      return strings.ActivitiesStatusLate;
    case 'activityCancelled':
      return strings.ActivitiesStatusActivityCancelled;
    default:
      return undefined;
  }
}

/** Why the button is (not) there, next to it. */
export function availabilityHint(view: SlotView): string | undefined {
  if (view.my.kind === 'signedUp') {
    return strings.ActivitiesHintPrivateStatus;
  }
  switch (view.availability) {
    case 'full-waitlist':
      return strings.ActivitiesHintWaitlist;
    case 'awaitingCoordinator':
      return strings.ActivitiesHintAwaitingCoordinator;
    case 'deadlinePassed':
      return view.my.kind === 'none' ? strings.ActivitiesHintDeadlinePassed : undefined;
    case 'started':
      return view.my.kind === 'none' ? strings.ActivitiesHintStarted : undefined;
    default:
      return undefined;
  }
}

/** The sentence shown and announced after a sign-up. */
export function signUpResult(my: MyStatus, what: string): SlotMessage {
  switch (my.kind) {
    case 'confirmed':
      return { intent: 'success', text: formatString(strings.ActivitiesResultConfirmed, what) };
    case 'waiting':
      return { intent: 'info', text: formatString(strings.ActivitiesResultWaiting, what, my.position) };
    case 'late':
      return { intent: 'error', text: formatString(strings.ActivitiesResultLate, what) };
    default:
      return { intent: 'success', text: formatString(strings.ActivitiesResultSignedUp, what) };
  }
}

/** The badge colour of the viewer's status. */
export function statusColor(my: MyStatus): 'success' | 'warning' | 'danger' | 'informative' {
  switch (my.kind) {
    case 'confirmed':
    case 'signedUp':
      return 'success';
    case 'waiting':
      return 'warning';
    case 'late':
    case 'activityCancelled':
      return 'danger';
    default:
      return 'informative';
  }
}

/** "1 activiteit gevonden." / "3 activiteiten gevonden." (announced after a filter change). */
export function foundCountText(count: number): string {
  return count === 1 ? strings.ActivitiesFoundOne : formatString(strings.ActivitiesFoundCount, count);
}

/** "1 activiteit geladen." / "24 activiteiten geladen." (announced after "Meer laden"). */
export function loadedCountText(count: number): string {
  return count === 1 ? strings.ActivitiesLoadedOne : formatString(strings.ActivitiesLoadedCount, count);
}

/** When a sign-up is for: "di 8 dec" (a drop-in date, a one-off), "do 3 dec t/m do 17 dec" (a programme). */
export function slotWhen(view: SlotView, locale: DisplayLocale, now: Date): string {
  const sessions = view.sessions;
  if (sessions.length === 0) {
    return '';
  }
  const first = dayLabel(sessions[0].date, locale, now);
  const last = dayLabel(sessions[sessions.length - 1].date, locale, now);
  return first === last ? first : formatString(strings.ActivitiesDateSpan, first, last);
}

/**
 * The accessible name of a sign-up or cancel button: "Aanmelden voor Lunchwandeling, di 8 dec".
 * It starts with the visible text ("Aanmelden"), so speech input finds it by what it shows,
 * and a list of eight dates no longer reads as eight identical buttons.
 */
export function slotActionLabel(action: 'signUp' | 'cancel', activity: Activity, view: SlotView, locale: DisplayLocale, now: Date): string {
  const when = slotWhen(view, locale, now);
  const template = action === 'signUp' ? strings.ActivitiesSignUpFor : strings.ActivitiesCancelFor;
  // Without a date left (never shown with a button, but safe): "Aanmelden voor Lunchwandeling".
  return when ? formatString(template, activity.title, when) : formatString(template, activity.title, '').replace(/[\s,]+$/, '');
}
