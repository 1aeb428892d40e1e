import { amsterdamWallTime } from '../../core/time/amsterdam';
import { AgendaEvent } from '../../core/calendar/agendaEvent';
import { GraphCallError, GraphRequester, toGraphDataError } from './graphRequester';

/**
 * The employee's own Outlook calendar through Graph (delegated Calendars.ReadWrite):
 * POST/PATCH/DELETE /me/events. Times go as Amsterdam wall-clock time in Windows' zone name
 * "W. Europe Standard Time": Graph's dateTimeTimeZone accepts Windows names and a fixed list of
 * IANA names that does not include Europe/Amsterdam (Graph docs, dateTimeTimeZone resource).
 * A client-chosen transactionId keeps a retried create from making a second event
 * (event resource, transactionId).
 */

export type { AgendaEvent };

export const GRAPH_TIME_ZONE = 'W. Europe Standard Time';

interface GraphEvent {
  id: string;
  subject?: string;
  start?: { dateTime: string; timeZone: string };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** '2026-12-01T12:15:00' in Amsterdam's wall-clock time. */
export function graphDateTime(instant: Date): string {
  const t = amsterdamWallTime(instant);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:00`;
}

function eventBody(event: AgendaEvent, withTransaction: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    subject: event.subject,
    body: { contentType: 'text', content: event.bodyText },
    start: { dateTime: graphDateTime(event.start), timeZone: GRAPH_TIME_ZONE },
    end: { dateTime: graphDateTime(event.end), timeZone: GRAPH_TIME_ZONE },
    location: { displayName: event.location },
    isReminderOn: true,
    reminderMinutesBeforeStart: event.reminderMinutes,
    categories: event.categories
  };
  if (withTransaction) {
    body.transactionId = event.transactionId;
  }
  return body;
}

export class OutlookAgenda {
  public constructor(private readonly graph: GraphRequester) {}

  /**
   * Puts the event in the signed-in person's calendar; returns its id. A retried create (the
   * first answer lost) meets the same transactionId: Graph makes no second event, and the one
   * already there is found by its subject and start.
   */
  public async add(event: AgendaEvent): Promise<string> {
    try {
      const created = await this.graph.call<GraphEvent>('POST', '/me/events', eventBody(event, true));
      return created.id;
    } catch (e) {
      if (e instanceof GraphCallError && e.status === 409) {
        const existing = await this.find(event);
        if (existing) {
          return existing;
        }
      }
      throw toGraphDataError(e);
    }
  }

  /** After an organiser's change: the same event, new time, place or text. */
  public async update(id: string, event: AgendaEvent): Promise<void> {
    try {
      await this.graph.call('PATCH', `/me/events/${encodeURIComponent(id)}`, eventBody(event, false));
    } catch (e) {
      throw toGraphDataError(e);
    }
  }

  /** After cancelling: gone from the calendar (already gone counts as done). */
  public async remove(id: string): Promise<void> {
    try {
      await this.graph.call('DELETE', `/me/events/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e instanceof GraphCallError && e.status === 404) {
        return;
      }
      throw toGraphDataError(e);
    }
  }

  private async find(event: AgendaEvent): Promise<string | undefined> {
    const subject = event.subject.replace(/'/g, "''");
    const start = `${event.start.toISOString().replace(/\.\d{3}Z$/, '')}`;
    const answer = await this.graph.call<{ value: GraphEvent[] }>(
      'GET',
      `/me/events?$filter=${encodeURIComponent(`subject eq '${subject}' and start/dateTime eq '${start}'`)}&$select=id,subject,start&$top=5`
    );
    return answer.value.length > 0 ? answer.value[0].id : undefined;
  }
}
