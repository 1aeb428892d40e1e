import { fetchGraphRequester } from '../../src/data/graph/graphRequester';
import { AgendaMemory, myAgenda, SessionEvent } from '../../src/data/graph/myAgenda';
import { agendaEventFor, RememberedAgenda } from '../../src/core/calendar/agendaEvent';
import { activitySessions } from '../../src/core/activities/sessions';
import { Activity } from '../../src/core/types';
import { DataError } from '../../src/core/errors';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';

// "Zet in mijn agenda" over real HTTP against the emulator's Graph: the events land in the
// person's own calendar with a reminder, follow the organiser's change on the next visit, go
// away on cancel, and without consent nothing is remembered and the error says why.

let emu: EmulatorFixture;

interface StoredEvent {
  id: string;
  subject: string;
  start: string;
  location: string;
  reminderMinutesBeforeStart: number;
  isReminderOn: boolean;
  categories: string[];
}

async function eventsOf(email: string): Promise<StoredEvent[]> {
  const r = await fetch(`${emu.origin}/_emulator/graph/events?owner=${encodeURIComponent(email)}`);
  return ((await r.json()) as { value: StoredEvent[] }).value;
}

function memory(): AgendaMemory & { data: { [key: string]: RememberedAgenda } } {
  const data: { [key: string]: RememberedAgenda } = {};
  return { data, read: (k) => data[k], write: (k, v) => (v ? (data[k] = v) : delete data[k]) };
}

const base: Activity = {
  id: 41,
  title: 'Start to Run',
  descriptionHtml: '<p>Rustig beginnen</p>',
  pillar: 'Kracht',
  shape: 'programme',
  dates: ['2026-12-08', '2026-12-15'],
  startTime: '17:30',
  endTime: '18:30',
  venue: { kind: 'onSite', location: 'Mosae Forum' },
  capacity: 20,
  signUpDeadline: null,
  isPrivate: false,
  status: 'open',
  organiser: { id: 5, name: 'Maud', email: PEOPLE.ambassador },
  imageUrl: null
};

function eventsFor(activity: Activity): SessionEvent[] {
  const text = { location: activity.venue.kind === 'online' ? 'Online' : activity.venue.location, description: 'Rustig beginnen', url: 'https://stella.example/?activity=41', meetingUrl: undefined, meetingLabel: 'Deelnemen' };
  return activitySessions(activity).map((session) => ({ session, event: agendaEventFor(activity, session, 7, text) }));
}

async function consent(scopes: string[]): Promise<void> {
  await fetch(`${emu.origin}/_emulator/graph/consent`, { method: 'POST', body: JSON.stringify({ consent: scopes }) });
}

beforeAll(async () => {
  emu = await startEmulator();
});

afterAll(async () => {
  await emu.close();
});

describe('the Outlook agenda through Graph', () => {
  it('puts every session in the person\'s own calendar with a 30-minute reminder and remembers them', async () => {
    await consent(['Calendars.ReadWrite']);
    const mem = memory();
    const agenda = myAgenda(fetchGraphRequester(emu.origin, () => ({ Authorization: `Bearer ${PEOPLE.employee}` })), mem);
    await agenda.add('7|41', eventsFor(base), new Date('2026-12-04T10:00:00Z'));
    const events = await eventsOf(PEOPLE.employee);
    expect(events.map((e) => [e.subject, e.location, e.reminderMinutesBeforeStart, e.isReminderOn])).toEqual([
      ['Start to Run', 'Mosae Forum', 30, true],
      ['Start to Run', 'Mosae Forum', 30, true]
    ]);
    expect(events[0].categories).toEqual(['#SamenBeter']);
    expect(agenda.has('7|41')).toBe(true);
    expect(await eventsOf(PEOPLE.employee2)).toEqual([]);

    // The organiser moves it to 18:00 after the events were written: the next visit updates them.
    const moved: Activity = { ...base, startTime: '18:00', endTime: '19:00', lastChange: { at: new Date('2026-12-05T09:00:00Z'), fields: ['time'] } };
    expect(await agenda.sync('7|41', moved, eventsFor(moved), true, new Date('2026-12-06T08:00:00Z'))).toBe('updated');
    const after = await eventsOf(PEOPLE.employee);
    expect(after.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(new Date(after[0].start).getTime()).toBe(new Date('2026-12-08T17:00:00Z').getTime());
    // Nothing changed since: no Graph call, nothing to say.
    expect(await agenda.sync('7|41', moved, eventsFor(moved), true, new Date('2026-12-06T09:00:00Z'))).toBe('none');

    // One date called off: that event goes, the other stays.
    const offOne: Activity = { ...moved, cancelledDates: [{ date: '2026-12-15', reason: 'Ijzel' }] };
    expect(await agenda.sync('7|41', offOne, eventsFor(offOne), true, new Date('2026-12-07T08:00:00Z'))).toBe('removed');
    expect((await eventsOf(PEOPLE.employee)).map((e) => e.id)).toEqual([events[0].id]);

    // The person cancels: gone from the calendar and forgotten.
    expect(await agenda.sync('7|41', offOne, [], false, new Date('2026-12-07T09:00:00Z'))).toBe('removed');
    expect(await eventsOf(PEOPLE.employee)).toEqual([]);
    expect(agenda.has('7|41')).toBe(false);
  });

  it('without consent: a clear accessDenied, nothing remembered, nothing in the calendar', async () => {
    await consent([]);
    const mem = memory();
    const agenda = myAgenda(fetchGraphRequester(emu.origin, () => ({ Authorization: `Bearer ${PEOPLE.employee2}` })), mem);
    const error = await agenda.add('9|41', eventsFor(base), new Date()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe('accessDenied');
    expect(agenda.has('9|41')).toBe(false);
    expect(await eventsOf(PEOPLE.employee2)).toEqual([]);
  });
});
