/**
 * Whether an activity's sign-ups are private, from a fact an ambassador cannot forge.
 *
 * `SbIsPrivate` is a field any organiser can write over REST on their own activity. Private
 * sign-ups are only readable by the coordinators (site owners), so only a coordinator can run
 * a private activity; and only owners can write "SamenBeter Besloten aantallen". An activity is
 * therefore private when that list holds an entry for it written by the activity's own creator
 * (a coordinator confirming their own activity). The entry, once there, fixes the privacy: a
 * later change of `SbIsPrivate` moves no sign-up between the lists and exposes nobody.
 * Flagged but unconfirmed activities are "pending": no sign-ups until a coordinator confirms.
 * A private activity never shows a meeting link: the activities list is readable by everyone.
 */
import { Activity } from '../types';

/** An entry in "SamenBeter Besloten aantallen": which activity, written by whom. */
export interface PrivacyConfirmation {
  activityId: number;
  authorId: number;
}

export function isConfirmedPrivate(activity: Activity, confirmations: ReadonlyArray<PrivacyConfirmation>): boolean {
  return confirmations.some((c) => c.activityId === activity.id && c.authorId === activity.organiser.id);
}

/** The activity with its effective privacy (isPrivate, privacyPending) and, when private, no meeting link. */
export function effectivePrivacy(activity: Activity, confirmations: ReadonlyArray<PrivacyConfirmation>): Activity {
  if (isConfirmedPrivate(activity, confirmations)) {
    // The link of a private session reaches participants another way (the organiser's chat).
    const venue = activity.venue.kind === 'onSite' ? activity.venue : { ...activity.venue, meetingUrl: '' };
    return { ...activity, isPrivate: true, privacyPending: false, venue };
  }
  if (activity.isPrivate) {
    return { ...activity, isPrivate: false, privacyPending: true };
  }
  return { ...activity, privacyPending: false };
}
