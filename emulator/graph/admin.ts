// Loopback-only test/admin API of the Graph subset under /_emulator/graph/ (no identity, like
// routes/admin.ts for /_emulator/). Emulator controls, not Graph endpoints:
//   GET  /_emulator/graph/settings                 → { consent, teamsAppInstalledFor, activityTypes }
//   POST /_emulator/graph/settings                 body: any of those three
//   GET  /_emulator/graph/consent                  → { consent: [scopes] }
//   POST /_emulator/graph/consent                  body { consent: [scopes] } (replace) or { scope, granted }
//   GET  /_emulator/graph/users                    → { value: [{ email, id }] } the Entra object ids
//   GET  /_emulator/graph/activity?recipient=<e-mail> → { value: [notifications] } (a person's activity feed;
//        each as the store records it plus senderDisplayName, the directory name Teams shows as {actor})
//   POST /_emulator/graph/activity/reset
//   GET  /_emulator/graph/events?owner=<e-mail>    → { value: [events] } (a person's Outlook calendar, by start:
//        id, subject, start, end (ISO, UTC), location, isReminderOn, reminderMinutesBeforeStart, categories,
//        showAs, bodyPreview, body { contentType, content }, transactionId, created, modified)
import { adminJson as answer, parseAdminBody as parse, type AdminAnswer } from '../runtime/adminJson';
import type { GraphService } from './service';
import type { EventRow } from './store';

/** The longest calendar the listing returns (a preview persona has a handful of events). */
const MAX_LISTED_EVENTS = 5000;

function textOf(body: { contentType: string; content: string } | undefined): string {
  if (!body) return '';
  const text = body.contentType === 'html' ? body.content.replace(/<[^>]*>/g, ' ') : body.content;
  return text.replace(/\s+/g, ' ').trim();
}

/** One stored event as the admin listing shows it (the emulator's view, not Graph's event resource). */
function listedEvent(row: EventRow): Record<string, unknown> {
  const d = row.data as Record<string, unknown> & { body?: { contentType: string; content: string } };
  return {
    id: row.id,
    subject: String(d.subject ?? ''),
    start: new Date(row.startUtc).toISOString(),
    end: new Date(row.endUtc).toISOString(),
    location: String(d.location ?? ''),
    isReminderOn: d.isReminderOn ?? true,
    reminderMinutesBeforeStart: d.reminderMinutesBeforeStart ?? 15,
    categories: d.categories ?? [],
    showAs: d.showAs ?? 'busy',
    bodyPreview: textOf(d.body).slice(0, 255),
    body: d.body ?? { contentType: 'text', content: '' },
    transactionId: row.transactionId,
    created: row.created,
    modified: row.modified
  };
}

export function handleGraphAdmin(graph: GraphService, emails: () => string[], method: string, url: string, body: string): AdminAnswer {
  const q = url.indexOf('?');
  const path = (q < 0 ? url : url.slice(0, q)).replace(/\/+$/, '').toLowerCase();
  const query = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /_emulator/graph/settings':
      return answer(200, graph.settings.snapshot());
    case 'POST /_emulator/graph/settings': {
      const input = parse(body);
      if (!input) return answer(400, { error: 'Expected a JSON object.' });
      const error = graph.settings.configure(input);
      return error ? answer(400, { error }) : answer(200, graph.settings.snapshot());
    }
    case 'GET /_emulator/graph/consent':
      return answer(200, { consent: graph.settings.snapshot().consent });
    case 'POST /_emulator/graph/consent': {
      const input = parse(body);
      if (!input) return answer(400, { error: 'Expected a JSON object.' });
      let error: string | undefined;
      if ('consent' in input) error = graph.settings.configure({ consent: input.consent });
      else if (typeof input.scope === 'string' && typeof input.granted === 'boolean') error = graph.settings.setScope(input.scope, input.granted);
      else error = 'Expected {"consent": [scopes]} or {"scope": "Calendars.ReadWrite", "granted": true|false}.';
      return error ? answer(400, { error }) : answer(200, { consent: graph.settings.snapshot().consent });
    }
    case 'GET /_emulator/graph/users':
      return answer(200, { value: emails().map((email) => ({ email, id: graph.objectIdOf(email) })) });
    case 'GET /_emulator/graph/activity': {
      const recipient = query.get('recipient') ?? undefined;
      const names = new Map<string, string | undefined>();
      const nameOf = (email: string): string | undefined => {
        if (!names.has(email)) names.set(email, graph.store.displayNameOf(email));
        return names.get(email);
      };
      return answer(200, { value: graph.store.activityFor(recipient).map((a) => ({ ...a, senderDisplayName: nameOf(a.sender) ?? null })) });
    }
    case 'GET /_emulator/graph/events': {
      const owner = query.get('owner')?.trim();
      if (!owner) return answer(400, { error: 'Expected ?owner=<e-mail>.' });
      return answer(200, { value: graph.store.events(owner, '', [], 'start_utc ASC, seq', MAX_LISTED_EVENTS, 0).map(listedEvent) });
    }
    case 'POST /_emulator/graph/activity/reset':
      graph.store.clearActivity();
      return answer(200, { value: [] });
    default:
      return answer(404, { error: `No emulator endpoint ${method} ${path}` });
  }
}
