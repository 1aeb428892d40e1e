/**
 * An Outlook calendar event for one session of a sign-up, as the product writes it into the
 * person's own calendar through Graph (data/graph/outlookAgenda), and what to do with events
 * already written when the activity changes. Pure: the data layer calls Graph, the UI decides
 * when.
 */
import { Activity, ActivitySession } from '../types';
import { cancelledDateOf } from '../activities/cancelledDates';

export const AGENDA_REMINDER_MINUTES = 30;
export const AGENDA_CATEGORY = '#SamenBeter';

export interface AgendaEvent {
  subject: string;
  /** Plain text: the meeting link for a confirmed place, the activity's link, its description. */
  bodyText: string;
  start: Date;
  end: Date;
  location: string;
  reminderMinutes: number;
  categories: string[];
  /** Stable per person and session: a retried create makes no second event. */
  transactionId: string;
}

/** The events written for one sign-up, per session key, and when (ISO). */
export interface RememberedAgenda {
  events: { [sessionKey: string]: string };
  writtenAt: string;
}

export function agendaTransactionId(activityId: number, sessionKey: string, personId: number): string {
  return `samenbeter-${activityId}-${sessionKey.replace(/[^0-9A-Za-z]/g, '')}-${personId}`;
}

export interface AgendaText {
  location: string;
  description: string;
  url: string;
  /** Only for a confirmed place in an online or hybrid session. */
  meetingUrl: string | undefined;
  meetingLabel: string;
}

export function agendaEventFor(activity: Activity, session: ActivitySession, personId: number, text: AgendaText): AgendaEvent {
  const body = [text.meetingUrl ? `${text.meetingLabel}: ${text.meetingUrl}` : '', text.url, text.description].filter((s) => !!s).join('\n\n');
  return {
    subject: activity.title,
    bodyText: body,
    start: session.startsAt,
    end: session.endsAt,
    location: text.location,
    reminderMinutes: AGENDA_REMINDER_MINUTES,
    categories: [AGENDA_CATEGORY],
    transactionId: agendaTransactionId(activity.id, session.key, personId)
  };
}

export type AgendaStep = { kind: 'update'; sessionKey: string; eventId: string } | { kind: 'remove'; sessionKey: string; eventId: string };

/**
 * What to do with the remembered events of a sign-up now: remove them when the sign-up is
 * off (cancelled by the person, the activity called off, the date called off or gone), update
 * them when the organiser changed time, place or link after they were written.
 */
export function agendaSteps(activity: Activity, sessions: ReadonlyArray<ActivitySession>, remembered: RememberedAgenda, signUpActive: boolean): AgendaStep[] {
  const steps: AgendaStep[] = [];
  const writtenAt = new Date(remembered.writtenAt).getTime();
  const changedAfter = !!activity.lastChange && (isNaN(writtenAt) || activity.lastChange.at.getTime() > writtenAt);
  for (const sessionKey of Object.keys(remembered.events)) {
    const eventId = remembered.events[sessionKey];
    const session = sessions.filter((s) => s.key === sessionKey)[0];
    const off = !signUpActive || activity.status === 'cancelled' || !session || cancelledDateOf(activity, session.date) !== undefined;
    if (off) {
      steps.push({ kind: 'remove', sessionKey, eventId });
    } else if (changedAfter) {
      steps.push({ kind: 'update', sessionKey, eventId });
    }
  }
  return steps;
}
