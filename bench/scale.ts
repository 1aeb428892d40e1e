import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createEmulator, Emulator } from '../emulator/server';
import { spForSiteUrl, SPFI } from '../src/data/sp/spFactory';
import { BearerIdentity } from '../src/data/sp/behaviors';
import { SCHEMA, listDef } from '../src/data/schema/lists';
import { provisionSchema } from '../src/data/provisioning/provision';
import { loadCatalogueView } from '../src/data/views/loadCatalogueView';
import { studioApi } from '../src/data/views/studioApi';
import { purgeRegistrations } from '../src/data/views/purgeRegistrations';
import { SpRegistrationRepository } from '../src/data/repositories/SpRegistrationRepository';
import { deriveSlot } from '../src/core/activities/outcomes';

// Issue "Sign-ups that hold … at any size": the reads that used to stop at 2,000 or 500 rows
// or met the list view threshold, each at a small and a large size, with requests, bytes,
// their growth and whether the answer was exact.

const NOW = new Date('2026-11-23T09:00:00Z');
const ADMIN = 'beheer@bench.example';
const COACH = 'coach@bench.example';
const PEOPLE = 300;
const person = (n: number): string => `medewerker${n}@bench.example`;

export interface ScaleRow {
  scenario: string;
  size: number;
  requests: number;
  bytes: number;
  exact: boolean;
  error: string;
}

interface Site {
  emulator: Emulator;
  origin: string;
  siteUrl: string;
  as(email: string): SPFI;
  personIds: number[];
  close(): Promise<void>;
}

async function site(): Promise<Site> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sb-scale-'));
  const directory = [ADMIN, COACH]
    .concat(Array.from({ length: PEOPLE }, (_, i) => person(i + 1)))
    .map((email) => ({ email, displayName: email.split('@')[0], department: 'Bench', office: 'Stadhuis', jobTitle: 'Medewerker' }));
  const emulator = await createEmulator({ dbFile: path.join(dir, 'scale.sqlite'), directory, siteOwners: [COACH], siteAdmins: [ADMIN], now: () => NOW });
  const { url } = await emulator.listen(0);
  const siteUrl = `${url}/sites/stella`;
  await provisionSchema(spForSiteUrl(siteUrl, BearerIdentity(ADMIN)), SCHEMA);
  const personIds: number[] = [];
  for (let p = 1; p <= PEOPLE; p++) {
    personIds[p] = emulator.store.principals.ensureUser(person(p))!.id;
  }
  return {
    emulator,
    origin: url,
    siteUrl,
    as: (email) => spForSiteUrl(siteUrl, BearerIdentity(email)),
    personIds,
    close: async () => {
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

function activity(i: number, startDay: number): Record<string, string | number | null> {
  const start = new Date(Date.UTC(2026, 10, 23 + startDay, 11, 15));
  const iso = start.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    Title: `Activiteit ${i}`,
    SbPillar: 'Samen',
    SbShape: 'oneOff',
    SbStart: iso,
    SbEnd: iso,
    SbLastDate: iso,
    SbSessionDates: JSON.stringify([iso]),
    SbLocation: 'Stadhuis',
    SbIsOnline: 0,
    SbCapacity: 20,
    SbIsPrivate: 0,
    SbStatus: 'open',
    SbOrganiser: 1
  };
}

/** `count` sign-ups into one slot, spread over the people (each person's rows as their own). */
function fillSlot(s: Site, activityId: number, count: number, until: string): void {
  const byPerson: { [p: number]: Record<string, string | number | null>[] } = {};
  for (let r = 0; r < count; r++) {
    const p = 1 + (r % PEOPLE);
    (byPerson[p] = byPerson[p] || []).push({ Title: String(activityId), SbActivity: activityId, SbSlot: String(activityId), SbPerson: s.personIds[p], SbCancelled: 0, SbUntil: until });
  }
  for (const p of Object.keys(byPerson)) {
    s.emulator.addItemsDirect(listDef('registrations').title, byPerson[Number(p)], person(Number(p)));
  }
}

async function measured(s: Site, scenario: string, size: number, run: () => Promise<boolean>): Promise<ScaleRow> {
  await fetch(`${s.origin}/_emulator/stats/reset`, { method: 'POST' });
  let exact = false;
  let error = '';
  try {
    exact = await run();
  } catch (e) {
    error = String((e as Error).message).slice(0, 120);
  }
  const stats = (await (await fetch(`${s.origin}/_emulator/stats`)).json()) as { requests: number; bytes: number };
  return { scenario, size, requests: stats.requests, bytes: stats.bytes, exact, error };
}

async function slotOf(rows: number): Promise<ScaleRow> {
  const s = await site();
  try {
    const [id] = s.emulator.addItemsDirect(listDef('activities').title, [activity(0, 14)], COACH);
    fillSlot(s, id, rows, '2026-12-07T11:15:00Z');
    return await measured(s, 'one slot: all rows, exact count', rows, async () => {
      const all = await new SpRegistrationRepository(s.as(person(1))).listForSlots([{ activityId: id, sessionDate: null, isPrivate: false }]);
      const summary = deriveSlot(all, { capacity: 20, deadline: null, activityCancelled: false });
      return all.length === rows && summary.confirmed + summary.waiting === Math.min(rows, PEOPLE);
    });
  } finally {
    await s.close();
  }
}

async function pageOf(rows: number): Promise<ScaleRow> {
  const s = await site();
  try {
    // 12 upcoming activities (one catalogue page), their slots holding `rows` together.
    const ids = s.emulator.addItemsDirect(listDef('activities').title, Array.from({ length: 12 }, (_, i) => activity(i, 7 + i)), COACH);
    ids.forEach((id) => fillSlot(s, id, Math.floor(rows / 12), '2026-12-20T11:15:00Z'));
    return await measured(s, 'catalogue page (cold), slots hold all rows', rows, async () => {
      const view = await loadCatalogueView(s.as(person(1)), {}, NOW, 12);
      return view.activities.length === 12 && view.slotRegistrations.length === Math.floor(rows / 12) * 12;
    });
  } finally {
    await s.close();
  }
}

async function studioOf(activities: number): Promise<ScaleRow> {
  const s = await site();
  try {
    s.emulator.addItemsDirect(listDef('activities').title, Array.from({ length: activities }, (_, i) => activity(i, 1 + (i % 300))), COACH);
    return await measured(s, 'studio: coordinator pages through all', activities, async () => {
      const api = studioApi(s.as(COACH));
      const first = await api.loadStudio(NOW);
      let seen = first.activities.length;
      let next = first.next;
      while (next) {
        const more = await api.loadMoreActivities(NOW, next);
        seen += more.activities.length;
        next = more.next;
      }
      return seen === activities;
    });
  } finally {
    await s.close();
  }
}

async function purgeOf(rows: number): Promise<ScaleRow> {
  const s = await site();
  try {
    const [id] = s.emulator.addItemsDirect(listDef('activities').title, [activity(0, -400)], COACH);
    // 90% older than the cut-off, 10% recent.
    fillSlot(s, id, Math.floor(rows * 0.9), '2025-06-01T11:15:00Z');
    fillSlot(s, id, rows - Math.floor(rows * 0.9), '2026-12-01T11:15:00Z');
    return await measured(s, 'retention purge (dry run + delete)', rows, async () => {
      const cutOff = new Date('2025-11-23T00:00:00Z');
      const plan = await purgeRegistrations(s.as(COACH), cutOff, { dryRun: true });
      const done = await purgeRegistrations(s.as(COACH), cutOff);
      return plan.deleted.registrations === Math.floor(rows * 0.9) && done.deleted.registrations === plan.deleted.registrations;
    });
  } finally {
    await s.close();
  }
}

/** Runs every scenario at its two sizes and prints one table; returns false on any error or inexact answer. */
export async function runScale(): Promise<boolean> {
  const rows: ScaleRow[][] = [
    [await slotOf(2500), await slotOf(10000)],
    [await pageOf(5000), await pageOf(20000)],
    [await studioOf(500), await studioOf(2000)],
    [await purgeOf(10000), await purgeOf(100000)]
  ];
  const lines = ['scenario | small | large | req small | req large | bytes small | bytes large | bytes ratio | size ratio | exact | errors', '--- | --- | --- | --- | --- | --- | --- | --- | --- | --- | ---'];
  let ok = true;
  for (const [small, large] of rows) {
    const exact = small.exact && large.exact;
    const errors = [small.error, large.error].filter((e) => e !== '');
    ok = ok && exact && errors.length === 0;
    lines.push(
      [
        small.scenario,
        small.size,
        large.size,
        small.requests,
        large.requests,
        small.bytes,
        large.bytes,
        (large.bytes / Math.max(1, small.bytes)).toFixed(2),
        (large.size / small.size).toFixed(1),
        exact ? 'yes' : 'NO',
        errors.join('; ') || '0'
      ].join(' | ')
    );
  }
  console.log(`\nAt scale (no silent caps, no threshold errors):\n${lines.join('\n')}\n`);
  return ok;
}
