import { AgendaEvent, agendaSteps, RememberedAgenda } from '../../core/calendar/agendaEvent';
import { Activity, ActivitySession } from '../../core/types';
import { GraphRequester } from './graphRequester';
import { OutlookAgenda } from './outlookAgenda';

/**
 * "Zet in mijn agenda": the sign-up's sessions as events in the person's own Outlook calendar
 * (Graph, delegated Calendars.ReadWrite), remembered per person and sign-up so cancelling
 * removes them and an organiser's later change updates them on the next visit.
 * Remembered in this browser's storage: Graph's event has no field we could filter on cheaply,
 * and a second device simply offers the button again (its transactionId keeps a second press
 * from making a second event).
 */

export type { AgendaMemory } from './agendaMemory';
export { storageAgendaMemory } from './agendaMemory';
import type { AgendaMemory } from './agendaMemory';

export interface SessionEvent {
  session: ActivitySession;
  event: AgendaEvent;
}

export type AgendaSync = 'updated' | 'removed' | 'none';

export interface MyAgenda {
  /** Remembered as in the agenda (this person, this sign-up). */
  has(key: string): boolean;
  /** Creates the events; rejects with a DataError (accessDenied = no consent) and remembers nothing then. */
  add(key: string, events: SessionEvent[], now: Date): Promise<void>;
  /** Brings remembered events in line with the activity (remove when off, update after a change). */
  sync(key: string, activity: Activity, events: SessionEvent[], signUpActive: boolean, now: Date): Promise<AgendaSync>;
}

export function myAgenda(graph: GraphRequester, memory: AgendaMemory): MyAgenda {
  const outlook = new OutlookAgenda(graph);
  const running: { [key: string]: Promise<AgendaSync> } = {};
  return {
    has: (key) => !!memory.read(key),
    add: async (key, events, now) => {
      const remembered: RememberedAgenda = { events: {}, writtenAt: now.toISOString() };
      for (const item of events) {
        remembered.events[item.session.key] = await outlook.add(item.event);
        // Remembered as it goes: a failure half-way still lets cancelling remove what was made.
        memory.write(key, remembered);
      }
    },
    sync: (key, activity, events, signUpActive, now) => {
      if (!running[key]) {
        // One sync per sign-up at a time (the card and "Mijn aanmeldingen" may both ask).
        running[key] = syncOnce(outlook, memory, key, activity, events, signUpActive, now).finally(() => delete running[key]);
      }
      return running[key];
    }
  };
}

async function syncOnce(
  outlook: OutlookAgenda,
  memory: AgendaMemory,
  key: string,
  activity: Activity,
  events: SessionEvent[],
  signUpActive: boolean,
  now: Date
): Promise<AgendaSync> {
  const remembered = memory.read(key);
  if (!remembered) {
    return 'none';
  }
  const steps = agendaSteps(activity, events.map((e) => e.session), remembered, signUpActive);
  if (steps.length === 0) {
    return 'none';
  }
  const left: RememberedAgenda = { events: { ...remembered.events }, writtenAt: now.toISOString() };
  let removed = false;
  for (const step of steps) {
    if (step.kind === 'remove') {
      await outlook.remove(step.eventId);
      delete left.events[step.sessionKey];
      removed = true;
    } else {
      const item = events.filter((e) => e.session.key === step.sessionKey)[0];
      if (item) {
        await outlook.update(step.eventId, item.event);
      }
    }
  }
  memory.write(key, Object.keys(left.events).length > 0 ? left : undefined);
  return removed && steps.every((s) => s.kind === 'remove') ? 'removed' : 'updated';
}
