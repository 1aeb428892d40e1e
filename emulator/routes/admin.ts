// Test and admin endpoints under /_emulator/ (loopback only, no identity): health, faults,
// clock, stats. Emulator-only: no SharePoint behaviour here.
import type { ApiResponse } from './context';
import { adminJson as json, parseAdminBody as parse } from '../runtime/adminJson';
import type { FaultInjector } from '../runtime/faults';
import type { Clock } from '../runtime/clock';
import type { Stats } from '../runtime/stats';

export interface AdminServices {
  faults: FaultInjector;
  clock: Clock;
  stats: Stats;
}

export function handleAdmin(services: AdminServices, method: string, path: string, body: string): ApiResponse {
  const route = `${method} ${path.replace(/\/+$/, '').toLowerCase()}`;
  switch (route) {
    case 'GET /_emulator/health':
      return json(200, { ok: true });
    case 'GET /_emulator/faults':
      return json(200, services.faults.settings());
    case 'POST /_emulator/faults': {
      const input = parse(body);
      if (!input) return json(400, { error: 'Expected a JSON object.' });
      const error = services.faults.configure(input);
      return error ? json(400, { error }) : json(200, services.faults.settings());
    }
    case 'GET /_emulator/clock':
      return json(200, { now: services.clock.now().toISOString(), fixed: services.clock.isFixed() });
    case 'POST /_emulator/clock': {
      const input = parse(body);
      if (!input || !('now' in input)) return json(400, { error: 'Expected {"now": "<ISO date>"} or {"now": null}.' });
      if (input.now === null) services.clock.reset();
      else if (typeof input.now !== 'string' || Number.isNaN(Date.parse(input.now))) return json(400, { error: 'now must be an ISO date or null.' });
      else services.clock.set(new Date(input.now));
      return json(200, { now: services.clock.now().toISOString(), fixed: services.clock.isFixed() });
    }
    case 'GET /_emulator/stats':
      return json(200, services.stats.snapshot());
    case 'POST /_emulator/stats/reset':
      services.stats.reset();
      return json(200, services.stats.snapshot());
    default:
      return json(404, { error: `No emulator endpoint ${method} ${path}` });
  }
}
