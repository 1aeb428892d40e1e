import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA, listDef } from '../../src/data/schema/lists';
import { SpAttendanceRepository } from '../../src/data/repositories/SpAttendanceRepository';
import { SpParticipationFiguresRepository } from '../../src/data/repositories/SpParticipationFiguresRepository';
import { attendanceByDate } from '../../src/core/participation/attendance';
import { Activity } from '../../src/core/types';
import { studioApi } from '../../src/data/views/studioApi';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';
import { addItems } from '../../src/data/provisioning/addItems';
import { SpRegistrationRepository } from '../../src/data/repositories/SpRegistrationRepository';
import { SlotRef } from '../../src/data/contracts/IRegistrationRepository';
import { participationApi } from '../../src/data/views/participationApi';
import { fetchGraphRequester } from '../../src/data/graph/graphRequester';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

// Issue 13's two lists, attacked over raw HTTP as the people who would: the stored figures are
// for owners only; attendance is entered by organisers, read back only by themselves, and a
// colleague's forged count changes nothing.

let emu: EmulatorFixture;
const FIGURES = listDef('participationFigures').title;
const ATTENDANCE = listDef('attendance').title;
const MONTH = { period: '2026-11', signUps: 41, uniqueParticipants: 23, byPillar: { Kracht: 12, Samen: 18, Beter: 11 } };

beforeAll(async () => {
  emu = await startEmulator();
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'ambassadors', [PEOPLE.ambassador, PEOPLE.ambassador2]);
});

afterAll(async () => {
  await emu.close();
});

/** A plain GET as the browser console would send it; the status and how many rows came back. */
async function rawGet(email: string, listTitle: string): Promise<{ status: number; rows: number }> {
  const response = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('${encodeURIComponent(listTitle)}')/items?$select=Id`, {
    headers: { Authorization: `Bearer ${email}`, Accept: 'application/json;odata=nometadata' }
  });
  const body = (await response.json().catch(() => ({}))) as { value?: unknown[] };
  return { status: response.status, rows: body.value ? body.value.length : 0 };
}

async function rawPost(email: string, listTitle: string, body: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('${encodeURIComponent(listTitle)}')/items`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${email}`, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body)
  });
  return response.status;
}

describe('stored participation figures (owners only)', () => {
  it('are written once per period and read back in one request', async () => {
    const owner = new SpParticipationFiguresRepository(emu.as(PEOPLE.coach));
    await owner.write('2026-11', MONTH, new Date('2026-12-01T06:00:00Z'));
    await owner.write('2026-10', { ...MONTH, period: '2026-10', signUps: 30 }, new Date('2026-11-01T06:00:00Z'));
    // Computing a period again replaces its row.
    await owner.write('2026-11', { ...MONTH, signUps: 42 }, new Date('2026-12-02T06:00:00Z'));
    await emu.resetStats();
    const read = await owner.read<typeof MONTH>(['2026-09', '2026-10', '2026-11']);
    expect((await emu.stats()).requests).toBe(1);
    expect(read.map((r) => [r.period, r.figures.signUps])).toEqual([
      ['2026-10', 30],
      ['2026-11', 42]
    ]);
    const rows = await emu.as(PEOPLE.admin).web.lists.getByTitle(FIGURES).items.select('Id')();
    expect(rows).toHaveLength(2);
  });

  it('give an employee and an ambassador nothing over raw REST, and take no writes from them', async () => {
    for (const person of [PEOPLE.employee, PEOPLE.ambassador]) {
      const got = await rawGet(person, FIGURES);
      expect(got.status === 403 || got.status === 404).toBe(true);
      expect(got.rows).toBe(0);
      const posted = await rawPost(person, FIGURES, { Title: '2026-11', SbPeriod: '2026-11', SbFigures: '{"signUps":1}' });
      expect(posted === 403 || posted === 404).toBe(true);
      await expect(new SpParticipationFiguresRepository(emu.as(person)).read(['2026-11'])).rejects.toMatchObject({ name: 'DataError' });
    }
    const owner = await new SpParticipationFiguresRepository(emu.as(PEOPLE.coach)).read<typeof MONTH>(['2026-11']);
    expect(owner[0].figures.signUps).toBe(42);
  });

  it('are kept out of search and have no access for anyone but the owners', async () => {
    const list = await emu.as(PEOPLE.admin).web.lists.getByTitle(FIGURES).select('HasUniqueRoleAssignments', 'NoCrawl')();
    expect(list).toMatchObject({ HasUniqueRoleAssignments: true, NoCrawl: true });
  });
});

describe('attendance (a number per date, entered by the organiser)', () => {
  const ACTIVITY = 38;
  it('is recorded by the organiser, read back by them, and not readable by colleagues', async () => {
    const organiser = new SpAttendanceRepository(emu.as(PEOPLE.ambassador));
    await organiser.record(ACTIVITY, '2026-11-03', 12);
    await organiser.record(ACTIVITY, '2026-11-03', 14); // a correction
    await organiser.record(ACTIVITY, '2026-11-10', 9);
    expect((await organiser.forActivity(ACTIVITY)).map((r) => [r.sessionDate, r.count])).toEqual([
      ['2026-11-03', 12],
      ['2026-11-03', 14],
      ['2026-11-10', 9]
    ]);
    // ReadSecurity 2: a colleague (even another ambassador) sees none of them, also over raw REST.
    expect(await new SpAttendanceRepository(emu.as(PEOPLE.employee)).forActivity(ACTIVITY)).toEqual([]);
    expect(await new SpAttendanceRepository(emu.as(PEOPLE.ambassador2)).forActivity(ACTIVITY)).toEqual([]);
    expect(await rawGet(PEOPLE.employee, ATTENDANCE)).toEqual({ status: 200, rows: 0 });
    await expect(organiser.record(ACTIVITY, '2026-11-17', -3)).rejects.toThrow(RangeError);
  });

  it('ignores a count a colleague forges for someone else\'s activity; the owner reads them all by date', async () => {
    const organiserId = await emu.userId(PEOPLE.ambassador);
    // The colleague's item is accepted by SharePoint (anyone may add): it must change nothing.
    expect(await rawPost(PEOPLE.employee, ATTENDANCE, { Title: 'x', SbActivityId: ACTIVITY, SbSessionDate: '2026-11-03', SbCount: 0 })).toBe(201);
    const all = await new SpAttendanceRepository(emu.as(PEOPLE.coach)).between('2026-11-01', '2026-11-30');
    expect(all).toHaveLength(4);
    const counts = attendanceByDate(all, (id) => (id === ACTIVITY ? organiserId : undefined));
    expect(counts).toEqual({ '38|2026-11-03': 14, '38|2026-11-10': 9 });
    // Outside the range: none.
    expect(await new SpAttendanceRepository(emu.as(PEOPLE.coach)).between('2026-12-01', '2026-12-31')).toEqual([]);
  });

  it('reaches the studio as the organiser\'s newest count per date, for the organiser and for an owner', async () => {
    const organiserId = await emu.userId(PEOPLE.ambassador);
    const walk = { id: ACTIVITY, organiser: { id: organiserId, name: '', email: PEOPLE.ambassador } } as unknown as Activity;
    const expected = { '2026-11-03': 14, '2026-11-10': 9 };
    expect(await studioApi(emu.as(PEOPLE.ambassador)).loadAttendance(walk)).toEqual(expected);
    // The owner reads every item, the colleague's forged 0 too: it still does not count.
    expect(await studioApi(emu.as(PEOPLE.coach)).loadAttendance(walk)).toEqual(expected);
    await studioApi(emu.as(PEOPLE.ambassador)).recordAttendance(walk, '2026-11-10', 10);
    expect((await studioApi(emu.as(PEOPLE.ambassador)).loadAttendance(walk))['2026-11-10']).toBe(10);
  });
});

describe('the registrations a period is computed from (owners)', () => {
  it('come from both lists as stored, cancelled ones too, with Modified and the list they are in; an employee sees only their own private item', async () => {
    const coach = emu.as(PEOPLE.coach);
    const body = (title: string, isPrivate: boolean): Record<string, unknown> => ({
      Title: title,
      SbPillar: 'Samen',
      SbShape: 'oneOff',
      SbStart: '2026-11-12T11:15:00Z',
      SbEnd: '2026-11-12T12:00:00Z',
      SbLastDate: '2026-11-12T11:15:00Z',
      SbSessionDates: '["2026-11-12T11:15:00Z"]',
      SbLocation: 'Stadhuis',
      SbIsOnline: false,
      SbCapacity: 10,
      SbIsPrivate: isPrivate,
      SbStatus: 'open'
    });
    const [walk, workshop] = await addItems(coach, 'activities', [body('Wandeling', false), body('Workshop Overgang en Werk', true)]);
    const publicSlot: SlotRef = { activityId: walk, sessionDate: null, isPrivate: false };
    const privateSlot: SlotRef = { activityId: workshop, sessionDate: null, isPrivate: true };
    const [employeeId, colleagueId] = [await emu.userId(PEOPLE.employee), await emu.userId(PEOPLE.employee2)];
    const mine = new SpRegistrationRepository(emu.as(PEOPLE.employee));
    const first = await mine.signUp(publicSlot, employeeId);
    await mine.cancel(publicSlot, [first.id]);
    await mine.signUp(privateSlot, employeeId);
    await new SpRegistrationRepository(emu.as(PEOPLE.employee2)).signUp(privateSlot, colleagueId);

    const records = await new SpRegistrationRepository(coach).participationRecords([publicSlot, privateSlot]);
    expect(records.map((r) => [r.activityId, r.personId, r.inPrivateList, r.version > 1])).toEqual([
      [walk, employeeId, false, true],
      [workshop, employeeId, true, false],
      [workshop, colleagueId, true, false]
    ]);
    expect(records.every((r) => r.modified instanceof Date && !isNaN((r.modified as Date).getTime()))).toBe(true);
    // ReadSecurity 2: the employee gets their own private item, not the colleague's.
    const asEmployee = await mine.participationRecords([privateSlot]);
    expect(asEmployee.map((r) => r.personId)).toEqual([employeeId]);
  });
});

describe('a closed period computed from the lists and stored (owners)', () => {
  it('counts October from the sign-ups and the attendance, stores it, and opens it later in one request', async () => {
    const coach = emu.as(PEOPLE.coach);
    const coachId = await emu.userId(PEOPLE.coach);
    await emu.setNow(new Date('2026-10-01T08:00:00Z'));
    const body = (title: string, starts: string[], capacity: number): Record<string, unknown> => ({
      Title: title,
      SbPillar: 'Kracht',
      SbShape: starts.length > 1 ? 'weeklyDropIn' : 'oneOff',
      SbStart: starts[0],
      SbEnd: starts[0].replace('T10:15', 'T11:00'),
      SbLastDate: starts[starts.length - 1],
      SbSessionDates: JSON.stringify(starts),
      SbLocation: 'Stadhuis',
      SbIsOnline: false,
      SbCapacity: capacity,
      SbIsPrivate: false,
      SbStatus: 'open',
      SbOrganiserId: coachId
    });
    // A drop-in on 6 and 13 October (1 place each) and a one-off in November (not in October).
    const [dropIn, november] = await addItems(coach, 'activities', [
      body('Bootcamp', ['2026-10-06T10:15:00Z', '2026-10-13T10:15:00Z'], 1),
      body('Workshop november', ['2026-11-10T10:15:00Z'], 5)
    ]);
    const people = [PEOPLE.employee, PEOPLE.employee2, PEOPLE.ambassador2];
    const ids = await Promise.all(people.map((p) => emu.userId(p)));
    const slot = (date: string, activityId = dropIn): SlotRef => ({ activityId, sessionDate: date, isPrivate: false });
    // 6 Oct: two sign up for one place (one waits); 13 Oct: one signs up and cancels in time.
    await new SpRegistrationRepository(emu.as(people[0])).signUp(slot('2026-10-06'), ids[0]);
    await new SpRegistrationRepository(emu.as(people[1])).signUp(slot('2026-10-06'), ids[1]);
    const third = await new SpRegistrationRepository(emu.as(people[2])).signUp(slot('2026-10-13'), ids[2]);
    await new SpRegistrationRepository(emu.as(people[2])).cancel(slot('2026-10-13'), [third.id]);
    await new SpRegistrationRepository(emu.as(people[0])).signUp({ activityId: november, sessionDate: null, isPrivate: false }, ids[0]);
    await new SpAttendanceRepository(coach).record(dropIn, '2026-10-06', 1);
    await emu.setNow(null);

    const api = participationApi(coach);
    await expect(api.compute('2026-12', new Date('2026-12-04T12:00:00Z'))).rejects.toThrow(RangeError);
    const october = await api.compute('2026-10', new Date('2026-12-04T12:00:00Z'));
    const total = october.figures.total;
    expect([total.signUps, total.placesTaken, total.waitingNoPlace, total.cancellations, total.lateCancellations]).toEqual([3, 1, 1, 1, 0]);
    expect([total.uniqueParticipants, total.sessions, total.placesOffered, total.attendance, total.sessionsWithAttendance]).toEqual([1, 2, 2, 1, 1]);
    expect(Object.keys(october.figures.byActivity)).toEqual([String(dropIn)]);
    // Nothing in the stored row names or identifies a person.
    const raw = JSON.stringify(october.figures);
    for (const person of people) {
      expect(raw).not.toContain(person);
    }
    expect(raw).not.toMatch(/person|author|email|@/i);
    await emu.resetStats();
    const stored = await api.stored(['2026-10']);
    expect((await emu.stats()).requests).toBe(1);
    expect(stored[0].figures.total).toEqual(total);
  });

  it('splits by department and office from the directory (User.Read.All); without consent it says so and counts them as onbekend', async () => {
    const graph = fetchGraphRequester(emu.origin, () => ({ Authorization: `Bearer ${PEOPLE.coach}` }));
    const now = new Date('2026-12-04T12:00:00Z');
    const consent = (scopes: string[]): Promise<Response> => fetch(`${emu.origin}/_emulator/graph/consent`, { method: 'POST', body: JSON.stringify({ consent: scopes }) });
    await consent(['User.Read.All']);
    const withDirectory = (await participationApi(emu.as(PEOPLE.coach), graph).compute('2026-10', now)).figures;
    expect(Object.keys(withDirectory.byDepartment)).toEqual(['Test']);
    expect(Object.keys(withDirectory.byOffice)).toEqual(['Stadhuis']);
    expect(withDirectory.byDepartment.Test.signUps).toBe(3);
    expect(withDirectory.directoryUnavailable).toBeUndefined();
    // "Bereken" computes periods in a row with one api: the directory is read once for all of them.
    let directoryReads = 0;
    const counting = { call: <T>(...args: Parameters<typeof graph.call>): Promise<T> => (directoryReads++, graph.call<T>(...args)) };
    const api = participationApi(emu.as(PEOPLE.coach), counting);
    for (let i = 0; i < 3; i++) await api.compute('2026-10', now);
    expect(directoryReads).toBe(1);
    await consent([]);
    const without = (await participationApi(emu.as(PEOPLE.coach), graph).compute('2026-10', now)).figures;
    expect(Object.keys(without.byDepartment)).toEqual(['onbekend']);
    expect(without.directoryUnavailable).toBe(true);
    expect((await participationApi(emu.as(PEOPLE.coach)).dashboard(2026, now)).published.directoryUnavailable).toBe(true);
  });

  it('opens the dashboard of the year in one request: October shown, the other months over but not computed are missing', async () => {
    const api = participationApi(emu.as(PEOPLE.coach));
    await emu.resetStats();
    const { published, missing } = await api.dashboard(2026, new Date('2026-12-04T12:00:00Z'));
    expect((await emu.stats()).requests).toBe(1);
    // October's 3 sign-ups are a small group: "< 5", never the number.
    expect(published.signUpsByMonth[9]).toBe('small');
    expect(published.monthStatus).toEqual([...Array(9).fill('missing'), 'ready', 'missing', 'open']);
    expect(missing).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-11', // November's row is a hand-made one (first test): not current, so missing
      '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(JSON.stringify(published)).not.toMatch(/@|person|author/i);
  });

  it('gives an employee and an ambassador no dashboard: the read fails, nothing is computed for them', async () => {
    for (const who of [PEOPLE.employee, PEOPLE.ambassador]) {
      const api = participationApi(emu.as(who));
      await expect(api.dashboard(2026, new Date('2026-12-04T12:00:00Z'))).rejects.toMatchObject({ kind: 'accessDenied' });
      await expect(api.compute('2026-09', new Date('2026-12-04T12:00:00Z'))).rejects.toBeTruthy();
    }
    expect((await participationApi(emu.as(PEOPLE.coach)).stored(['2026-09'])).length).toBe(0);
  });
});


describe('the figures against a colleague writing registrations over raw REST', () => {
  it('a sign-up forged in a colleague\'s name counts for nobody; the same item in one\'s own name counts', async () => {
    const coach = emu.as(PEOPLE.coach);
    const coachId = await emu.userId(PEOPLE.coach);
    const [victim, forger] = await Promise.all([emu.userId(PEOPLE.employee), emu.userId(PEOPLE.employee2)]);
    await emu.setNow(new Date('2026-09-01T08:00:00Z'));
    const start = '2026-09-15T10:15:00Z';
    const [walk] = await addItems(coach, 'activities', [
      { Title: 'Wandeling september', SbPillar: 'Samen', SbShape: 'oneOff', SbStart: start, SbEnd: start, SbLastDate: start, SbSessionDates: JSON.stringify([start]), SbLocation: 'Stadhuis', SbIsOnline: false, SbCapacity: 10, SbIsPrivate: false, SbStatus: 'open', SbOrganiserId: coachId }
    ]);
    const item = (personId: number): Record<string, unknown> => ({ Title: String(walk), SbActivityId: walk, SbSlot: String(walk), SbPersonId: personId, SbCancelled: false, SbUntil: start });
    // The forger signs a colleague up (SbPerson = the colleague), then themselves, in their own name.
    expect(await rawPost(PEOPLE.employee2, listDef('registrations').title, item(victim))).toBe(201);
    await emu.setNow(null);
    const now = new Date('2026-12-04T12:00:00Z');
    const forged = (await participationApi(coach).compute('2026-09', now)).figures;
    expect([forged.total.signUps, forged.total.placesTaken, forged.total.uniqueParticipants]).toEqual([0, 0, 0]);
    await emu.setNow(new Date('2026-09-02T08:00:00Z'));
    expect(await rawPost(PEOPLE.employee2, listDef('registrations').title, item(forger))).toBe(201);
    await emu.setNow(null);
    const honest = (await participationApi(coach).compute('2026-09', now)).figures;
    expect([honest.total.signUps, honest.total.placesTaken, honest.total.uniqueParticipants]).toEqual([1, 1, 1]);
  });
});

describe('the dashboard on a site that is not set up', () => {
  it('tells an owner to run the set-up (notProvisioned) and anyone else that the figures are not for them', async () => {
    const bare = await startEmulator();
    try {
      const now = new Date('2026-12-04T12:00:00Z');
      await expect(participationApi(bare.as(PEOPLE.coach)).dashboard(2026, now)).rejects.toMatchObject({ kind: 'notProvisioned' });
      await expect(participationApi(bare.as(PEOPLE.employee)).dashboard(2026, now)).rejects.toMatchObject({ kind: 'accessDenied' });
    } finally {
      await bare.close();
    }
  });
});
