// Fault injection, latency, clock, stats, health, and persistence across a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups';
import { COACH, EMPLOYEE, startHarness, type Harness } from './emulator-harness';

async function admin(h: Harness, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${h.url}/_emulator/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe('admin endpoints and faults', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.sp(COACH).web.lists.add('Sb Faults');
  });
  afterAll(async () => {
    await h.close();
  });

  it('reports health', async () => {
    expect(await admin(h, 'health')).toEqual({ ok: true });
  });

  it('answers 429 with Retry-After and an SP error body before any side effect; PnPjs retries and succeeds', async () => {
    await admin(h, 'faults', { status: 429, retryAfterSeconds: 1, failNext: 1 });
    const raw = await h.api(`web/lists/getByTitle('Sb%20Faults')/items`, { method: 'POST', as: COACH, body: JSON.stringify({ Title: 'Niet opgeslagen' }) });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('1');
    const body = (await raw.json()) as { 'odata.error': { code: string; message: { value: string } } };
    expect(body['odata.error'].code).toMatch(/Throttled/);

    await admin(h, 'stats/reset', {});
    await admin(h, 'faults', { failNext: 2 });
    const started = Date.now();
    const item = await h.sp(COACH).web.lists.getByTitle('Sb Faults').items.add({ Title: 'Opgeslagen' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(item.Title).toBe('Opgeslagen');
    const titles = (await h.sp(COACH).web.lists.getByTitle('Sb Faults').items.select('Title')()).map((i: { Title: string }) => i.Title);
    expect(titles).toEqual(['Opgeslagen']);
    expect((await admin(h, 'stats')).requests).toBe(4); // 2 throttled + the add + the read
  });

  it('answers 503 the same way; PnPjs gives up after three attempts', async () => {
    await admin(h, 'faults', { status: 503, retryAfterSeconds: 0, failNext: 3 });
    await expect(h.sp(COACH).web.lists.getByTitle('Sb Faults')()).rejects.toMatchObject({ status: 503 });
    expect((await admin(h, 'faults')).failNext).toBe(0);
    await admin(h, 'faults', { status: 429, retryAfterSeconds: 1 });
  });

  it('adds latency', async () => {
    await admin(h, 'faults', { latencyMs: 150 });
    const started = Date.now();
    await h.sp(EMPLOYEE).web();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await admin(h, 'faults', { latencyMs: 0 });
  });

  it('rejects invalid fault settings', async () => {
    const response = await fetch(`${h.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ status: 500 }) });
    expect(response.status).toBe(400);
  });

  it('sets the clock used for Created/Modified', async () => {
    expect((await admin(h, 'clock', { now: '2026-11-10T08:00:00Z' })).now).toBe('2026-11-10T08:00:00.000Z');
    const item = await h.sp(COACH).web.lists.getByTitle('Sb Faults').items.add({ Title: 'Op tijd' });
    expect(item.Created).toBe('2026-11-10T08:00:00Z');
    expect(item.Modified).toBe('2026-11-10T08:00:00Z');
    await admin(h, 'clock', { now: null });
    const later = await h.sp(COACH).web.lists.getByTitle('Sb Faults').items.add({ Title: 'Nu' });
    expect(Math.abs(Date.parse(later.Created) - Date.now())).toBeLessThan(5000);
  });

  it('counts requests and bytes per kind of path', async () => {
    await admin(h, 'stats/reset', {});
    await h.sp(EMPLOYEE).web.lists.getByTitle('Sb Faults').items();
    await h.sp(EMPLOYEE).web();
    const stats = (await admin(h, 'stats')) as { requests: number; bytes: number; byKind: Record<string, { requests: number; bytes: number }> };
    expect(stats.requests).toBe(2);
    expect(stats.byKind.items.requests).toBe(1);
    expect(stats.byKind.web.requests).toBe(1);
    expect(stats.bytes).toBe(stats.byKind.items.bytes + stats.byKind.web.bytes);
    expect(stats.byKind.items.bytes).toBeGreaterThan(100);
  });
});

describe('persistence', () => {
  it('keeps lists, items, groups and ids across a restart on the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-persist-'));
    try {
      const first = await startHarness({}, dir);
      const sp = first.sp(COACH);
      await sp.web.lists.add('Sb Blijvend');
      const a = await sp.web.lists.getByTitle('Sb Blijvend').items.add({ Title: 'Een' });
      const b = await sp.web.lists.getByTitle('Sb Blijvend').items.add({ Title: 'Twee' });
      await sp.web.lists.getByTitle('Sb Blijvend').items.getById(b.Id).delete();
      await sp.web.siteGroups.add({ Title: 'Sb Blijvers' });
      await sp.web.siteGroups.getByName('Sb Blijvers').users.add(`i:0#.f|membership|${EMPLOYEE}`);
      await first.close();

      const second = await startHarness({}, dir);
      try {
        const again = second.sp(COACH);
        const items = await again.web.lists.getByTitle('Sb Blijvend').items.select('Id', 'Title')();
        expect(items.map((i: { Id: number; Title: string }) => [i.Id, i.Title])).toEqual([[a.Id, 'Een']]);
        const next = await again.web.lists.getByTitle('Sb Blijvend').items.add({ Title: 'Drie' });
        expect(next.Id).toBe(b.Id + 1);
        const members = await again.web.siteGroups.getByName('Sb Blijvers').users.select('Email')();
        expect(members.map((u: { Email: string }) => u.Email)).toEqual([EMPLOYEE]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
