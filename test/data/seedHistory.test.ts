import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createEmulator, Emulator } from '../../emulator/server';
import { seedSite } from '../../emulator/seed/seedSite';
import { historyPlan, HistoryPlan } from '../../emulator/seed/historyPlan';
import { MALBERG_LOCATION } from '../../emulator/seed/historyCatalogue';
import { ADMIN_EMAIL, AMBASSADORS_ENTRA_GROUP, COACH_EMAIL, PEOPLE } from '../../emulator/seed/people';
import { participationApi } from '../../src/data/views/participationApi';
import { spForSiteUrl } from '../../src/data/sp/spFactory';
import { BearerIdentity } from '../../src/data/sp/behaviors';

// The preview's year of history (emulator/seed/history*.ts), seeded as the preview seeds it, and
// computed by the product's data layer over HTTP as the coordinator's dashboard does. The
// expectation is a hand tally of the seed's own plan (a plain loop below), never the product's
// figure code.

const NOW = new Date('2026-12-04T12:00:00Z');
let emu: Emulator;
let dir: string;
let siteUrl: string;
let plan: HistoryPlan;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sb-history-'));
  emu = await createEmulator({ dbFile: path.join(dir, 'stella.sqlite'), directory: PEOPLE, siteOwners: [COACH_EMAIL], siteAdmins: [ADMIN_EMAIL], directoryGroups: [AMBASSADORS_ENTRA_GROUP] });
  siteUrl = `${(await emu.listen(0)).url}/sites/stella`;
  const started = Date.now();
  const report = await seedSite(siteUrl, NOW);
  console.log(`seeded in ${Date.now() - started} ms: ${JSON.stringify(report.items)}`);
  plan = historyPlan(NOW);
}, 120000);

afterAll(async () => {
  await emu?.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUARTER: { [q: string]: string[] } = {
  '2026-Q1': ['2026-01', '2026-02', '2026-03'],
  '2026-Q2': ['2026-04', '2026-05', '2026-06'],
  '2026-Q3': ['2026-07', '2026-08', '2026-09'],
  '2026-Q4': ['2026-10', '2026-11', '2026-12']
};

interface Tally {
  signUps: number;
  placesTaken: number;
  waitingNoPlace: number;
  cancellations: number;
  lateCancellations: number;
  calledOffSignUps: number;
  placesOffered: number;
  placesTakenOfOffered: number;
  sessions: number;
  sessionsCalledOff: number;
  attendance: number;
  sessionsWithAttendance: number;
  attendanceExpected: number;
  uniqueParticipants: number;
  repeatParticipants: number;
}

/** Sums the plan for a set of months: `only` picks activities (e.g. private ones, one location). */
function tally(months: string[], only: (a: HistoryPlan['activities'][number]) => boolean = () => true): Tally {
  const t: Tally = {
    signUps: 0, placesTaken: 0, waitingNoPlace: 0, cancellations: 0, lateCancellations: 0, calledOffSignUps: 0, placesOffered: 0, placesTakenOfOffered: 0,
    sessions: 0, sessionsCalledOff: 0, attendance: 0, sessionsWithAttendance: 0, attendanceExpected: 0, uniqueParticipants: 0, repeatParticipants: 0
  };
  const placedSlots: { [person: string]: number } = {};
  for (const a of plan.activities.filter(only)) {
    for (const slot of a.slots) {
      if (months.indexOf(slot.month) < 0) continue;
      let placed = 0;
      for (const s of slot.signUps) {
        t.signUps++;
        if (s.outcome === 'placed') {
          placed++;
          placedSlots[s.person] = (placedSlots[s.person] || 0) + 1;
        }
        if (s.outcome === 'waiting') t.waitingNoPlace++;
        if (s.outcome === 'calledOff') t.calledOffSignUps++;
        if (s.outcome === 'cancelled') t.cancellations++;
        if (s.outcome === 'cancelled' && s.timing === 'late') t.lateCancellations++;
      }
      t.placesTaken += placed;
      if (slot.held && a.spec.capacity !== null) {
        t.placesOffered += a.spec.capacity;
        t.placesTakenOfOffered += placed;
      }
    }
    a.sessions.forEach((session, i) => {
      if (months.indexOf(session.month) < 0) return;
      if (!session.held) {
        t.sessionsCalledOff++;
        return;
      }
      t.sessions++;
      if (session.attendance !== null) {
        const slot = a.spec.shape === 'weeklyDropIn' ? a.slots[i] : a.slots[0];
        t.attendance += session.attendance;
        t.sessionsWithAttendance++;
        t.attendanceExpected += slot.signUps.filter((s) => s.outcome === 'placed').length;
      }
    });
  }
  for (const person of Object.keys(placedSlots)) {
    t.uniqueParticipants++;
    if (placedSlots[person] >= 2) t.repeatParticipants++;
  }
  return t;
}

function pick(figures: object): Tally {
  const f = figures as unknown as { [k: string]: number };
  const keys = Object.keys(tally([])) as Array<keyof Tally>;
  const out = {} as Tally;
  keys.forEach((k) => (out[k] = f[k]));
  return out;
}

describe('the preview history (2026)', () => {
  it('has the size the plan declares, and roughly 150–300 sign-ups a month', () => {
    const registrations = plan.activities.reduce((n, a) => n + a.slots.reduce((m, s) => m + s.signUps.length, 0), 0);
    const attendance = plan.activities.reduce((n, a) => n + a.sessions.filter((s) => s.attendance !== null).length, 0);
    console.log(`history: ${plan.activities.length} activities, ${registrations} registrations, ${attendance} attendance items`);
    const perMonth = Object.keys(QUARTER).reduce((acc, q) => acc.concat(QUARTER[q]), [] as string[]).slice(0, 11).map((m) => [m, tally([m]).signUps]);
    console.log(`sign-ups per month: ${perMonth.map(([m, n]) => `${m} ${n}`).join(', ')}`);
    for (const [month, n] of perMonth) {
      expect({ month, ok: (n as number) >= 90 && (n as number) <= 320 }).toEqual({ month, ok: true });
    }
    expect(tally(['2026-01']).signUps).toBeGreaterThan(tally(['2026-08']).signUps);
    // Waiting lists, late cancellations, a called-off date and a cancelled activity are all there.
    const year = tally(QUARTER['2026-Q1'].concat(QUARTER['2026-Q2'], QUARTER['2026-Q3'], QUARTER['2026-Q4']));
    expect(year.waitingNoPlace).toBeGreaterThan(0);
    expect(year.lateCancellations).toBeGreaterThan(0);
    expect(year.cancellations).toBeGreaterThan(year.lateCancellations);
    expect(plan.activities.filter((a) => a.calledOffAt !== null)).toHaveLength(1);
    expect(plan.activities.filter((a) => a.cancelledAt !== null)).toHaveLength(1);
    expect(year.sessionsWithAttendance / year.sessions).toBeGreaterThan(0.6);
    expect(year.sessionsWithAttendance / year.sessions).toBeLessThan(0.8);
  });

  it.each([['2026-05', ['2026-05']], ['2026-Q2', QUARTER['2026-Q2']], ['2026-Q1', QUARTER['2026-Q1']]])(
    'gives the product the figures of %s the plan declares',
    async (period, months) => {
      const computed = await participationApi(spForSiteUrl(siteUrl, BearerIdentity(COACH_EMAIL))).compute(period as string, NOW);
      expect(pick(computed.figures.total)).toEqual(tally(months as string[]));
      expect(pick(computed.figures.unlisted)).toEqual(tally(months as string[], (a) => a.spec.isPrivate));
    },
    60000
  );

  it('keeps the Malberg guarantee: exactly 3 places in 2026-Q2 and nothing else there in 2026', async () => {
    // The plan: one public activity at Malberg, in May, 3 sign-ups, all placed.
    const malberg = plan.activities.filter((a) => a.spec.location === MALBERG_LOCATION);
    expect(malberg).toHaveLength(1);
    expect(malberg[0].spec.isPrivate).toBe(false);
    const year = Object.keys(QUARTER).reduce((acc, q) => acc.concat(QUARTER[q]), [] as string[]);
    expect(tally(year, (a) => a.spec.location === MALBERG_LOCATION)).toMatchObject({ signUps: 3, placesTaken: 3, cancellations: 0, waitingNoPlace: 0 });
    expect(tally(QUARTER['2026-Q2'], (a) => a.spec.location === MALBERG_LOCATION).placesTaken).toBe(3);
    // The product: the Malberg cell of Q2 says 3 places, and no other closed quarter has one.
    const api = participationApi(spForSiteUrl(siteUrl, BearerIdentity(COACH_EMAIL)));
    const q2 = await api.compute('2026-Q2', NOW);
    expect(q2.figures.byLocation[MALBERG_LOCATION]).toMatchObject({ signUps: 3, placesTaken: 3, cancellations: 0, waitingNoPlace: 0 });
    for (const period of ['2026-Q1', '2026-Q3']) {
      expect((await api.compute(period, NOW)).figures.byLocation[MALBERG_LOCATION]).toBeUndefined();
    }
    // Nothing at Malberg in the current seed either (activities list as stored).
    const rows = (await (
      await fetch(`${siteUrl}/_api/web/lists/getByTitle('SamenBeter%20Activiteiten')/items?$select=Id,SbLocation&$top=500`, {
        headers: { Authorization: `Bearer ${COACH_EMAIL}`, Accept: 'application/json;odata=nometadata' }
      })
    ).json()) as { value: Array<{ SbLocation: string | null }> };
    expect(rows.value.filter((r) => r.SbLocation === MALBERG_LOCATION)).toHaveLength(1);
  }, 60000);

  it('gives private activities per quarter either no sign-ups or at least 5', async () => {
    for (const q of Object.keys(QUARTER)) {
      const n = tally(QUARTER[q], (a) => a.spec.isPrivate).signUps;
      expect({ q, ok: n === 0 || n >= 5 }).toEqual({ q, ok: true });
    }
    const api = participationApi(spForSiteUrl(siteUrl, BearerIdentity(COACH_EMAIL)));
    for (const q of ['2026-Q1', '2026-Q2', '2026-Q3']) {
      const n = (await api.compute(q, NOW)).figures.unlisted.signUps;
      expect({ q, ok: n === 0 || n >= 5 }).toEqual({ q, ok: true });
    }
  }, 60000);

  it('is the same plan on every run (seeded PRNG), and only in the past', () => {
    expect(JSON.stringify(historyPlan(NOW))).toBe(JSON.stringify(plan));
    for (const a of plan.activities) {
      expect(Date.parse(a.createdAt)).toBeLessThan(NOW.getTime());
      for (const s of a.slots) {
        expect(Date.parse(s.until)).toBeLessThan(NOW.getTime());
      }
    }
    // An earlier "now" leaves out what had not happened yet.
    const june = historyPlan(new Date('2026-06-01T00:00:00Z'));
    expect(june.activities.every((a) => a.slots.every((s) => s.until < '2026-06-01'))).toBe(true);
  });
});
