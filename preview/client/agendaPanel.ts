import { FrameStrings } from './frameStrings';
import { el } from './dom';

// The Teams frame's agenda: the signed-in persona's Outlook calendar as the emulator stores it
// (GET /_emulator/graph/events?owner=…), by start: date, time, subject, place, reminder.
// It shows what #SamenBeter put there through Graph (POST /me/events) — or, without consent, that
// it put nothing there.

export interface AgendaItem {
  id: string;
  subject: string;
  start: string;
  end: string;
  location: string;
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  categories: string[];
  bodyPreview: string;
}

const ZONE = 'Europe/Amsterdam';


export interface AgendaPanel {
  refresh(): Promise<void>;
}

export function agendaPanel(doc: Document, options: { email: string; strings: FrameStrings; locale: string }): AgendaPanel {
  const t = options.strings;
  const list = doc.querySelector<HTMLOListElement>('[data-agenda-list]') as HTMLOListElement;
  const status = doc.querySelector<HTMLElement>('[data-agenda-status]') as HTMLElement;
  const day = new Intl.DateTimeFormat(options.locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: ZONE });
  const clock = new Intl.DateTimeFormat(options.locale, { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
  let loaded = false;

  const render = (items: AgendaItem[]): void => {
    list.textContent = '';
    status.textContent = items.length === 0 ? t.agendaEmpty : '';
    status.classList.toggle('flyout__status--empty', items.length === 0);
    items.forEach((e) => {
      const start = new Date(e.start);
      const end = new Date(e.end);
      const li = el(doc, 'li', 'agenda__item');
      li.dataset.agendaEvent = e.id;
      const when = el(doc, 'p', 'agenda__when');
      const date = el(doc, 'time', 'agenda__date', day.format(start));
      date.setAttribute('datetime', e.start);
      when.appendChild(date);
      when.appendChild(doc.createTextNode(` · ${clock.format(start)}–${clock.format(end)}`));
      li.appendChild(when);
      li.appendChild(el(doc, 'h3', 'agenda__subject', e.subject || '—'));
      if (e.location) {
        li.appendChild(el(doc, 'p', 'agenda__location', e.location));
      }
      const extra: string[] = [];
      if (e.isReminderOn) {
        extra.push(t.reminder(e.reminderMinutesBeforeStart));
      }
      if (e.categories && e.categories.length > 0) {
        extra.push(e.categories.join(', '));
      }
      if (extra.length > 0) {
        li.appendChild(el(doc, 'p', 'agenda__meta', extra.join(' · ')));
      }
      if (e.bodyPreview) {
        li.appendChild(el(doc, 'p', 'agenda__preview', e.bodyPreview));
      }
      list.appendChild(li);
    });
  };

  return {
    async refresh(): Promise<void> {
      if (!loaded) {
        status.textContent = t.agendaLoading;
      }
      try {
        const answer = await fetch(`/_emulator/graph/events?owner=${encodeURIComponent(options.email)}`, { headers: { Accept: 'application/json' } });
        if (!answer.ok) {
          throw new Error(String(answer.status));
        }
        const items = ((await answer.json()) as { value: AgendaItem[] }).value.slice();
        items.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
        loaded = true;
        render(items);
      } catch {
        status.textContent = t.agendaError;
      }
    }
  };
}
