import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createEmulator, Emulator } from '../emulator/server';
import { spForSiteUrl, SPFI } from '../src/data/sp/spFactory';
import { BearerIdentity } from '../src/data/sp/behaviors';
import { SCHEMA, listDef } from '../src/data/schema/lists';
import { provisionSchema } from '../src/data/provisioning/provision';
import { loadCatalogueView, cardSlot } from '../src/data/views/loadCatalogueView';
import { loadThemeOfWeekView } from '../src/data/views/loadThemeOfWeekView';
import { inBatch } from '../src/data/views/inBatch';
import { newsApi } from '../src/data/views/newsApi';
import { CacheReads } from '../src/data/sp/cacheReads';
import { SpActivityRepository } from '../src/data/repositories/SpActivityRepository';
import { SpRegistrationRepository } from '../src/data/repositories/SpRegistrationRepository';
import { slotKey } from '../src/core/activities/slots';
import { runScale } from './scale';
import { newsPageRows, runNewsPages } from './newsPages';
import { runNotifications } from './notifications';
import { runParticipation } from './participation';

// `npm run bench`: seeds 2,000 activities and 1k / 10k / 100k registrations straight into
// the emulator's store, then loads each view through the product's own data layer over
// HTTP and prints requests and bytes per view. Flat numbers as data grows (ratio ≤ 1.1)
// and zero threshold errors are the targets.

const SIZES = [1000, 10000, 100000];
const ACTIVITIES = 2000;
const PEOPLE = 500;
const NOW = new Date('2026-11-23T09:00:00Z');
const ADMIN = 'beheer@bench.example';
const COACH = 'coach@bench.example';
const person = (n: number): string => `medewerker${n}@bench.example`;
const ME = person(1);

interface Measure {
  view: string;
  requests: number;
  bytes: number;
  errors: number;
}

function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function day(offsetDays: number, hourUtc: number): Date {
  return new Date(Date.UTC(2026, 10, 23 + offsetDays, hourUtc, 15, 0));
}

function activityRows(coachId: number): Record<string, string | number | null>[] {
  const rows: Record<string, string | number | null>[] = [];
  for (let i = 0; i < ACTIVITIES; i++) {
    // 70% lie in the past: the catalogue must not pay for history.
    const offset = i < ACTIVITIES * 0.7 ? -800 + Math.floor(i / 2) : Math.floor((i - ACTIVITIES * 0.7) / 4);
    const shape = i % 3 === 0 ? 'weeklyDropIn' : i % 3 === 1 ? 'programme' : 'oneOff';
    const sessions = shape === 'oneOff' ? 1 : 6;
    const starts = Array.from({ length: sessions }, (_, s) => isoSeconds(day(offset + 7 * s, 11)));
    rows.push({
      Title: `Activiteit ${i}`,
      SbPillar: ['Kracht', 'Samen', 'Beter'][i % 3],
      SbShape: shape,
      SbStart: starts[0],
      SbEnd: isoSeconds(new Date(new Date(starts[0]).getTime() + 45 * 60000)),
      SbLastDate: starts[starts.length - 1],
      SbSessionDates: JSON.stringify(starts),
      SbLocation: i % 4 === 0 ? null : 'Stadhuis',
      SbIsOnline: i % 4 === 0 ? 1 : 0,
      SbCapacity: 20,
      SbIsPrivate: 0,
      SbStatus: 'open',
      SbOrganiser: coachId
    });
  }
  return rows;
}

async function seed(emulator: Emulator, siteUrl: string, registrations: number): Promise<void> {
  await provisionSchema(spForSiteUrl(siteUrl, BearerIdentity(ADMIN)), SCHEMA);
  const coachId = (await spForSiteUrl(siteUrl, BearerIdentity(COACH)).web.currentUser.select('Id')<{ Id: number }>()).Id;
  const activityIds = emulator.addItemsDirect(listDef('activities').title, activityRows(coachId), COACH);
  const sessionsOf = activityRows(coachId).map((r) => JSON.parse(String(r.SbSessionDates)) as string[]);
  // Upcoming slots get the same registrations at every size (a realistic fill); the
  // extra registrations go to past activities: the history a long-lived site collects.
  // A flat cost per view then shows the queries do not pay for that history.
  const byPerson: { [email: string]: Record<string, string | number | null>[] } = {};
  const personIds: number[] = [];
  for (let p = 1; p <= PEOPLE; p++) {
    personIds[p] = emulator.store.principals.ensureUser(person(p))!.id;
  }
  const firstUpcoming = Math.floor(ACTIVITIES * 0.7);
  const add = (a: number, p: number, r: number): void => {
    const dropIn = a % 3 === 0;
    const sessions = sessionsOf[a];
    const date = dropIn ? sessions[r % sessions.length].slice(0, 10) : null;
    const slot = slotKey(activityIds[a], date);
    const until = dropIn ? sessions[r % sessions.length] : sessions[sessions.length - 1];
    (byPerson[person(p)] = byPerson[person(p)] || []).push({
      Title: slot,
      SbActivity: activityIds[a],
      SbSlot: slot,
      SbSessionDate: date,
      SbPerson: personIds[p],
      SbCancelled: r % 10 === 0 ? 1 : 0,
      SbUntil: until
    });
  };
  const UPCOMING_FILL = 800;
  for (let r = 0; r < UPCOMING_FILL; r++) {
    add(firstUpcoming + (r % 40), 1 + ((r * 7) % PEOPLE), 0);
  }
  for (let r = 0; r < registrations - UPCOMING_FILL; r++) {
    add((r * 7919) % firstUpcoming, 1 + ((r * 104729) % PEOPLE), r);
  }
  for (const email of Object.keys(byPerson)) {
    emulator.addItemsDirect(listDef('registrations').title, byPerson[email], email);
  }
  // Two years of weekly #SamenBeter news pages, published, for the intranet home's news web part.
  emulator.addPublishedPagesDirect(newsPageRows(104, 0), COACH);
}

/**
 * The intranet home as SPFx builds it: three web parts, each with its own PnPjs instance,
 * loading at the same moment. `userKey` is the signed-in person for the read cache; a new
 * key is a cold browser session, the same key a reload.
 */
async function loadHome(siteUrl: string, userKey: string): Promise<void> {
  const part = (): SPFI => spForSiteUrl(siteUrl, BearerIdentity(ME), CacheReads({ userKey }));
  await Promise.all([
    loadThemeOfWeekView(part(), '2026-W48'),
    newsApi(part()).loadFeed({ pillar: null, pageSize: 6 }),
    loadCatalogueView(part(), {}, NOW, 12)
  ]);
}

async function measure(origin: string, view: string, run: () => Promise<unknown>): Promise<Measure> {
  await fetch(`${origin}/_emulator/stats/reset`, { method: 'POST' });
  let errors = 0;
  try {
    await run();
  } catch (e) {
    errors++;
    console.error(`  ${view}: ${String((e as Error).message).slice(0, 300)}`);
  }
  const stats = (await (await fetch(`${origin}/_emulator/stats`)).json()) as { requests: number; bytes: number };
  return { view, requests: stats.requests, bytes: stats.bytes, errors };
}

async function runSize(size: number): Promise<Measure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sb-bench-'));
  const directory = [ADMIN, COACH]
    .concat(Array.from({ length: PEOPLE }, (_, i) => person(i + 1)))
    .map((email) => ({ email, displayName: email.split('@')[0], department: 'Bench', office: 'Stadhuis', jobTitle: 'Medewerker' }));
  const emulator = await createEmulator({ dbFile: path.join(dir, 'bench.sqlite'), directory, siteOwners: [COACH], siteAdmins: [ADMIN], now: () => NOW });
  const { url } = await emulator.listen(0);
  const siteUrl = `${url}/sites/stella`;
  try {
    const started = Date.now();
    await seed(emulator, siteUrl, size);
    console.log(`seeded ${ACTIVITIES} activities + ${size} registrations in ${Date.now() - started} ms`);
    const me: SPFI = spForSiteUrl(siteUrl, BearerIdentity(ME));
    const results: Measure[] = [];
    // Warms SQLite and the JIT; page size 11 keeps it out of the remembered catalogue pages.
    let first = await loadCatalogueView(me, {}, NOW, 11);
    results.push(await measure(url, 'catalogue (cold)', async () => (first = await loadCatalogueView(me, {}, NOW, 12))));
    results.push(await measure(url, 'catalogue (remembered page)', () => loadCatalogueView(me, {}, NOW, 12)));
    results.push(await measure(url, 'catalogue page 2', () => loadCatalogueView(me, {}, NOW, 12, first.next, first.roles)));
    results.push(
      await measure(url, 'catalogue filtered+search', () =>
        loadCatalogueView(me, { pillar: 'Samen', venue: 'onSite', search: "Activiteit 1' or 1 eq 1" }, NOW, 12)
      )
    );
    results.push(
      await measure(url, 'my sign-ups', async () => {
        const mine = await new SpRegistrationRepository(me).listMine(first.roles.userId, NOW);
        await inBatch(me, (b) => {
          const activities = new SpActivityRepository(b).getMany(mine.map((r) => r.activityId));
          const slots = new SpRegistrationRepository(b).listForSlots(
            mine.map((r) => ({ activityId: r.activityId, sessionDate: r.sessionKey, isPrivate: false }))
          );
          return Promise.all([activities, slots]);
        });
      })
    );
    const target = first.activities[0];
    const slot = cardSlot(target, NOW)!;
    results.push(await measure(url, 'sign-up (write)', () => new SpRegistrationRepository(me).signUp(slot, first.roles.userId)));
    results.push(await measure(url, 'sign-up result (re-read slot)', () => new SpRegistrationRepository(me).listForSlots([slot])));
    results.push(await measure(url, 'theme of the week', () => loadThemeOfWeekView(me, '2026-W48')));
    results.push(await measure(url, 'news feed (6 posts)', () => newsApi(me).loadFeed({ pillar: null, pageSize: 6 })));
    const session = `bench-${size}`;
    results.push(await measure(url, 'intranet home (cold, 3 web parts)', () => loadHome(siteUrl, session)));
    results.push(await measure(url, 'intranet home (warm reload)', () => loadHome(siteUrl, session)));
    return results;
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // BENCH_ONLY=participation runs just that part (the full bench takes minutes).
  if (process.env.BENCH_ONLY === 'participation') {
    process.exitCode = (await runParticipation()) ? 0 : 1;
    return;
  }
  const table: { [view: string]: Measure[] } = {};
  for (const size of SIZES) {
    for (const m of await runSize(size)) {
      (table[m.view] = table[m.view] || []).push(m);
    }
  }
  const header = ['view', ...SIZES.map((s) => `${s / 1000}k req`), ...SIZES.map((s) => `${s / 1000}k bytes`), 'bytes ratio', 'threshold/errors'];
  const lines = [header.join(' | '), header.map(() => '---').join(' | ')];
  let worst = 0;
  let errors = 0;
  for (const view of Object.keys(table)) {
    const ms = table[view];
    const ratio = ms[ms.length - 1].bytes / Math.max(1, ms[0].bytes);
    worst = Math.max(worst, ratio, ms[ms.length - 1].requests / Math.max(1, ms[0].requests));
    const errs = ms.reduce((n, m) => n + m.errors, 0);
    errors += errs;
    lines.push([view, ...ms.map((m) => String(m.requests)), ...ms.map((m) => String(m.bytes)), ratio.toFixed(3), String(errs)].join(' | '));
  }
  console.log(`\n${lines.join('\n')}\n`);
  console.log(`worst growth ratio 100k/1k: ${worst.toFixed(3)} (target ≤ 1.1); errors: ${errors}`);
  // Request budgets per view (issues 3 and 5).
  const budgets: { [view: string]: number } = {
    'catalogue (cold)': 2,
    'sign-up (write)': 1,
    'intranet home (cold, 3 web parts)': 2,
    'intranet home (warm reload)': 1
  };
  let over = 0;
  for (const view of Object.keys(budgets)) {
    const most = Math.max(...(table[view] || []).map((m) => m.requests));
    const ok = most <= budgets[view];
    over += ok ? 0 : 1;
    console.log(`budget ${view}: ${most} request(s), budget ${budgets[view]} ${ok ? 'ok' : 'OVER'}`);
  }
  const scaleOk = process.env.BENCH_SCALE === '0' ? true : await runScale();
  const pagesOk = await runNewsPages();
  const notifyOk = await runNotifications();
  const participationOk = await runParticipation();
  if (worst > 1.1 || errors > 0 || over > 0 || !scaleOk || !pagesOk || !notifyOk || !participationOk) {
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
