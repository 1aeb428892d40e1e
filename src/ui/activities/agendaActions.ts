import * as strings from 'SamenBeterStrings';
import { agendaEventFor } from '../../core/calendar/agendaEvent';
import { Activity, ActivitySession } from '../../core/types';
import { SessionEvent } from '../../data/graph/myAgenda';
import { htmlToText } from '../shared/SafeHtml';
import { venueLabel } from './activityFormat';

export { agendaKey } from './agendaKey';

/** The Outlook events of a sign-up: one per session, with the meeting link for a confirmed place. */
export function agendaEventsFor(activity: Activity, sessions: ActivitySession[], personId: number, url: string, meetingUrl: string | undefined): SessionEvent[] {
  const text = { location: venueLabel(activity), description: htmlToText(activity.descriptionHtml), url, meetingUrl, meetingLabel: strings.ActivitiesMeetingLabel };
  return sessions.map((session) => ({ session, event: agendaEventFor(activity, session, personId, text) }));
}
