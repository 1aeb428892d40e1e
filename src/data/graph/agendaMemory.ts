import { RememberedAgenda } from '../../core/calendar/agendaEvent';

/**
 * Which Outlook events this browser wrote for a person's sign-up (see myAgenda.ts). Its own
 * small module: the card asks "is it in my agenda?" at first render, while the Graph code
 * that writes events loads on first use.
 */
export interface AgendaMemory {
  read(key: string): RememberedAgenda | undefined;
  write(key: string, value: RememberedAgenda | undefined): void;
}

/** Memory in localStorage (or any Storage); a broken or full storage only forgets. */
export function storageAgendaMemory(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): AgendaMemory {
  const prefix = 'samenbeter.agenda.';
  return {
    read: (key) => {
      try {
        const raw = storage.getItem(prefix + key);
        const parsed = raw ? (JSON.parse(raw) as RememberedAgenda) : undefined;
        return parsed && parsed.events && typeof parsed.writtenAt === 'string' ? parsed : undefined;
      } catch {
        return undefined;
      }
    },
    write: (key, value) => {
      try {
        if (value) {
          storage.setItem(prefix + key, JSON.stringify(value));
        } else {
          storage.removeItem(prefix + key);
        }
      } catch {
        // Private mode or full: the agenda still has the events; the next visit just cannot update them.
      }
    }
  };
}
