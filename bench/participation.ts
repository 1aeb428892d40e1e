import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createEmulator } from '../emulator/server';
import { spForSiteUrl } from '../src/data/sp/spFactory';
import { BearerIdentity } from '../src/data/sp/behaviors';
import { SCHEMA, listDef } from '../src/data/schema/lists';
import { provisionSchema } from '../src/data/provisioning/provision';
import { participationApi } from '../src/data/views/participationApi';
import { fetchGraphRequester, GraphRequester } from '../src/data/graph/graphRequester';

// Issue 13, "cost that does not grow with history": the participation figures of one closed
// month (October 2026, always ~500 sign-ups over 25 activities) on a site whose registrations
// list holds 1k, 10k or 100k rows (the rest spread over the 21 months before). The first
// computation reads only that month's activities and slots (and the directory, for department and office); a warm open of the dashboard reads the
// year's stored rows (one request) and runs the small-group rule on them.

const ADMIN = 'beheer@bench.example';
const COACH = 'coach@bench.example';
const PEOPLE = 300;
const SIZES = [1000, 10000, 100000];
const MONTHS = 22; // 2025-01 .. 2026-10
const ACTIVITIES_PER_MONTH = 25;
const MONTH_SIGN_UPS = 500;
const person = (n: number): string => `medewerker${n}@bench.example`;

interface Row { size: number; graphRequests: number; computeRequests: number; computeBytes: number; warmRequests: number; warmBytes: number; signUps: number; error: string }

function monthStart(index: number): Date {
  return new Date(Date.UTC(2025, index, 1, 6, 0));
}

async function runSize(size: number): Promise<Row> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sb-bench-participation-'));
  let clock = monthStart(0);
  const directory = [ADMIN, COACH]
    .concat(Array.from({ length: PEOPLE }, (_, i) => person(i + 1)))
    .map((email) => ({ email, displayName: email.split('@')[0], department: 'Bench', office: 'Stadhuis', jobTitle: 'Medewerker' }));
  const emulator = await createEmulator({ dbFile: path.join(dir, 'bench.sqlite'), directory, siteOwners: [COACH], siteAdmins: [ADMIN], now: () => clock });
  try {
    const { url } = await emulator.listen(0);
    const siteUrl = `${url}/sites/stella`;
    const as = (email: string) => spForSiteUrl(siteUrl, BearerIdentity(email));
    await provisionSchema(as(ADMIN), SCHEMA);
    const personIds: number[] = [];
    for (let p = 1; p <= PEOPLE; p++) personIds[p] = emulator.store.principals.ensureUser(person(p))!.id;
    const coachId = emulator.store.principals.ensureUser(COACH)!.id;
    for (let m = 0; m < MONTHS; m++) {
      // Seeded as of the 1st of the month: every sign-up is in time for its session (mid-month).
      clock = monthStart(m);
      const rows = Array.from({ length: ACTIVITIES_PER_MONTH }, (_, i) => {
        const start = new Date(Date.UTC(2025, m, 3 + i, 10, 15)).toISOString().replace(/\.\d{3}Z$/, 'Z');
        return { Title: `Activiteit ${m}-${i}`, SbPillar: ['Kracht', 'Samen', 'Beter'][i % 3], SbShape: 'oneOff', SbStart: start, SbEnd: start, SbLastDate: start,
          SbSessionDates: JSON.stringify([start]), SbLocation: 'Stadhuis', SbIsOnline: 0, SbCapacity: 20, SbIsPrivate: 0, SbStatus: 'open', SbOrganiser: coachId };
      });
      const ids = emulator.addItemsDirect(listDef('activities').title, rows, COACH);
      const count = m === MONTHS - 1 ? MONTH_SIGN_UPS : Math.floor((size - MONTH_SIGN_UPS) / (MONTHS - 1));
      const byPerson: { [p: number]: Record<string, string | number | null>[] } = {};
      for (let r = 0; r < count; r++) {
        const activityId = ids[r % ids.length];
        const p = 1 + (Math.floor(r / ids.length) % PEOPLE);
        (byPerson[p] = byPerson[p] || []).push({ Title: String(activityId), SbActivity: activityId, SbSlot: String(activityId), SbPerson: personIds[p], SbCancelled: 0, SbUntil: rows[r % ids.length].SbStart });
      }
      for (const p of Object.keys(byPerson)) emulator.addItemsDirect(listDef('registrations').title, byPerson[Number(p)], person(Number(p)));
    }
    clock = new Date('2026-12-04T12:00:00Z');
    // The directory for department and office (User.Read.All consented in this tenant): 1 SharePoint
    // request (User Information List) + 1 Graph request (/users) for these 300 people.
    await fetch(`${url}/_emulator/graph/consent`, { method: 'POST', body: JSON.stringify({ consent: ['User.Read.All'] }) });
    const directoryGraph = fetchGraphRequester(url, () => ({ Authorization: `Bearer ${COACH}` }));
    let graphCalls = 0;
    const countingGraph: GraphRequester = {
      call: <T>(...args: Parameters<GraphRequester['call']>): Promise<T> => {
        graphCalls++;
        return directoryGraph.call<T>(...args);
      }
    };
    const api = participationApi(as(COACH), countingGraph);
    emulator.stats.reset();
    let error = '';
    let signUps = 0;
    try {
      signUps = (await api.compute('2026-10', clock)).figures.total.signUps;
    } catch (e) {
      error = String((e as Error).message).slice(0, 100);
    }
    const compute = emulator.stats.snapshot();
    emulator.stats.reset();
    // A warm open of the dashboard: the year's stored periods in one request, through the rule.
    const warm = await api.dashboard(2026, clock);
    const open = emulator.stats.snapshot();
    const shownOctober = warm.published.signUpsByMonth[9];
    return { size, graphRequests: graphCalls, computeRequests: compute.requests, computeBytes: compute.bytes, warmRequests: open.requests, warmBytes: open.bytes, signUps: shownOctober === signUps ? signUps : -1, error };
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the table; false when a budget is missed. */
export async function runParticipation(): Promise<boolean> {
  const rows: Row[] = [];
  for (const size of SIZES) rows.push(await runSize(size));
  const lines = ['registrations | compute requests (SharePoint + Graph) | compute bytes (SharePoint) | warm requests | warm bytes | sign-ups in Oct | error', '--- | --- | --- | --- | --- | --- | ---'];
  rows.forEach((r) => lines.push([r.size, `${r.computeRequests} + ${r.graphRequests}`, r.computeBytes, r.warmRequests, r.warmBytes, r.signUps, r.error || '-'].join(' | ')));
  const growth = rows[rows.length - 1].computeBytes / rows[0].computeBytes;
  console.log(`\nParticipation figures of one closed month (October 2026)\n${lines.join('\n')}\ncompute bytes growth 100k/1k: ${growth.toFixed(3)}\n`);
  const ok = rows.every((r) => !r.error && r.warmRequests <= 2 && r.signUps === MONTH_SIGN_UPS) && rows.every((r) => r.computeRequests === rows[0].computeRequests);
  console.log(`budget participation: warm open ${Math.max(...rows.map((r) => r.warmRequests))} request(s), budget 2; compute requests constant: ${rows.every((r) => r.computeRequests === rows[0].computeRequests) ? 'yes' : 'NO'}; ${ok ? 'ok' : 'OVER'}`);
  return ok;
}
