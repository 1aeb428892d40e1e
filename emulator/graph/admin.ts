// Loopback-only test/admin API of the Graph subset under /_emulator/graph/ (no identity, like
// routes/admin.ts for /_emulator/). Emulator controls, not Graph endpoints:
//   GET  /_emulator/graph/settings                 → { consent, teamsAppInstalledFor, activityTypes }
//   POST /_emulator/graph/settings                 body: any of those three
//   GET  /_emulator/graph/consent                  → { consent: [scopes] }
//   POST /_emulator/graph/consent                  body { consent: [scopes] } (replace) or { scope, granted }
//   GET  /_emulator/graph/users                    → { value: [{ email, id }] } the Entra object ids
//   GET  /_emulator/graph/activity?recipient=<e-mail> → { value: [notifications] } (a person's activity feed)
//   POST /_emulator/graph/activity/reset
import { adminJson as answer, parseAdminBody as parse, type AdminAnswer } from '../runtime/adminJson';
import type { GraphService } from './service';

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
      return answer(200, { value: graph.store.activityFor(recipient) });
    }
    case 'POST /_emulator/graph/activity/reset':
      graph.store.clearActivity();
      return answer(200, { value: [] });
    default:
      return answer(404, { error: `No emulator endpoint ${method} ${path}` });
  }
}
