import { fetchGraphRequester } from '../../src/data/graph/graphRequester';
import { GRAPH_BATCH_LIMIT, sendTeamsNotifications, TeamsNotification } from '../../src/data/graph/teamsNotifier';
import { OutlookAgenda, AgendaEvent } from '../../src/data/graph/outlookAgenda';
import { DataError } from '../../src/core/errors';
import { startEmulator, EmulatorFixture, PEOPLE, employeeEmail } from '../support/emulatorFixture';

// The product's Graph calls (Teams activity feed, Outlook agenda) over real HTTP against the
// emulator's Graph subset, as the people who make them: with and without the admin's consent,
// throttled, and retried.

let emu: EmulatorFixture;
let origin: string;
const DEEP_LINK = 'https://teams.microsoft.com/l/entity/app-id/activities?context=%7B%22subEntityId%22%3A%227%22%7D';

async function graphSettings(settings: Record<string, unknown>): Promise<void> {
  const r = await fetch(`${origin}/_emulator/graph/settings`, { method: 'POST', body: JSON.stringify(settings) });
  if (!r.ok) {
    throw new Error(`graph settings: ${r.status} ${await r.text()}`);
  }
}

async function feedOf(email: string): Promise<Array<{ activityType: string; previewText: string }>> {
  const r = await fetch(`${origin}/_emulator/graph/activity?recipient=${encodeURIComponent(email)}`);
  const json = (await r.json()) as { value: Array<{ activityType: string; previewText?: { content?: string } | string }> };
  return json.value.map((n) => ({ activityType: n.activityType, previewText: typeof n.previewText === 'string' ? n.previewText : (n.previewText && n.previewText.content) || '' }));
}

const as = (email: string) => fetchGraphRequester(origin, () => ({ Authorization: `Bearer ${email}` }));

function notice(recipient: string, text = 'Lunchwandeling: de tijd is nu 12:30'): TeamsNotification {
  return {
    recipientUpn: recipient,
    activityType: 'activityChanged',
    topicTitle: 'Lunchwandeling',
    deepLink: DEEP_LINK,
    previewText: text,
    templateParameters: [{ name: 'activity', value: 'Lunchwandeling' }]
  };
}

beforeAll(async () => {
  emu = await startEmulator({ extraEmployees: 25 });
  origin = new URL(emu.siteUrl).origin;
});

afterAll(async () => {
  await emu.close();
});

beforeEach(async () => {
  await fetch(`${origin}/_emulator/graph/activity/reset`, { method: 'POST' });
  await graphSettings({ consent: ['User.Read', 'TeamsActivity.Send', 'Calendars.ReadWrite'], teamsAppInstalledFor: 'all', activityTypes: ['activityChanged', 'placeFound'] });
});

describe('Teams activity feed notifications', () => {
  it('tells 20 participants in ONE Graph request, each in their own feed', async () => {
    const people = Array.from({ length: 20 }, (_, i) => employeeEmail(i + 1));
    const result = await sendTeamsNotifications(as(PEOPLE.ambassador), people.map((p) => notice(p)), { teamsAppId: 'app-id' });
    expect(result).toEqual({ sent: people, failed: [], requests: 1 });
    for (const person of [people[0], people[19]]) {
      expect(await feedOf(person)).toEqual([{ activityType: 'activityChanged', previewText: 'Lunchwandeling: de tijd is nu 12:30' }]);
    }
    expect(await feedOf(PEOPLE.ambassador)).toEqual([]);
    expect(GRAPH_BATCH_LIMIT).toBe(20);
  });

  it('splits 25 into two batches (Graph allows 20 per batch)', async () => {
    const people = Array.from({ length: 25 }, (_, i) => employeeEmail(i + 1));
    const result = await sendTeamsNotifications(as(PEOPLE.ambassador), people.map((p) => notice(p)));
    expect([result.sent.length, result.failed.length, result.requests]).toEqual([25, 0, 2]);
  });

  it('without the admin\'s consent nothing is sent and nothing throws: every recipient is reported as failed (403)', async () => {
    await graphSettings({ consent: ['User.Read'] });
    const result = await sendTeamsNotifications(as(PEOPLE.ambassador), [notice(PEOPLE.employee), notice(PEOPLE.employee2)]);
    expect(result.sent).toEqual([]);
    expect(result.failed.map((f) => [f.recipientUpn, f.status])).toEqual([[PEOPLE.employee, 403], [PEOPLE.employee2, 403]]);
    expect(await feedOf(PEOPLE.employee)).toEqual([]);
  });

  it('sends a throttled notification once more after Retry-After, so it arrives exactly once', async () => {
    const waited: number[] = [];
    await emu.faults({ failNext: 1, status: 429, retryAfterSeconds: 2 });
    const result = await sendTeamsNotifications(as(PEOPLE.ambassador), [notice(PEOPLE.employee), notice(PEOPLE.employee2)], {
      wait: async (s) => {
        waited.push(s);
      }
    });
    expect(result.failed).toEqual([]);
    expect(result.sent.sort()).toEqual([PEOPLE.employee, PEOPLE.employee2].sort());
    expect(waited).toEqual([2]);
    expect((await feedOf(PEOPLE.employee)).length + (await feedOf(PEOPLE.employee2)).length).toBe(2);
  });

  it('refuses what Graph refuses: an undeclared activity type, a SharePoint link as topic, notifying oneself', async () => {
    const bad = await sendTeamsNotifications(as(PEOPLE.ambassador), [
      { ...notice(PEOPLE.employee), activityType: 'notDeclared' },
      { ...notice(PEOPLE.employee2), deepLink: 'https://gemeente.sharepoint.com/sites/stella/SitePages/Home.aspx' },
      notice(PEOPLE.ambassador)
    ]);
    expect(bad.sent).toEqual([]);
    expect(bad.failed.map((f) => f.status)).toEqual([400, 400, 400]);
  });
});

describe('the Outlook agenda', () => {
  const walk = (overrides: Partial<AgendaEvent> = {}): AgendaEvent => ({
    subject: 'Lunchwandeling',
    bodyText: 'Samen een rondje om het stadhuis.',
    start: new Date('2026-12-01T11:15:00Z'),
    end: new Date('2026-12-01T12:00:00Z'),
    location: 'Stadhuis, Markt 78',
    reminderMinutes: 30,
    categories: ['#SamenBeter'],
    transactionId: 'samenbeter-7-20261201-31',
    ...overrides
  });

  it('puts the session in the employee\'s own calendar with a reminder, in Amsterdam time, and moves it after a change', async () => {
    const agenda = new OutlookAgenda(as(PEOPLE.employee));
    const id = await agenda.add(walk());
    const read = await as(PEOPLE.employee).call<Record<string, unknown>>('GET', `/me/events/${id}`, undefined, { Prefer: 'outlook.timezone="W. Europe Standard Time"' });
    expect(read).toEqual(expect.objectContaining({ subject: 'Lunchwandeling', isReminderOn: true, reminderMinutesBeforeStart: 30, categories: ['#SamenBeter'] }));
    expect((read.start as { dateTime: string }).dateTime).toMatch(/^2026-12-01T12:15:00/);
    await agenda.update(id, walk({ start: new Date('2026-12-01T11:30:00Z'), end: new Date('2026-12-01T12:15:00Z') }));
    const moved = await as(PEOPLE.employee).call<{ start: { dateTime: string } }>('GET', `/me/events/${id}`, undefined, { Prefer: 'outlook.timezone="W. Europe Standard Time"' });
    expect(moved.start.dateTime).toMatch(/^2026-12-01T12:30:00/);
    // A colleague cannot touch it.
    await expect(new OutlookAgenda(as(PEOPLE.employee2)).remove(id)).resolves.toBeUndefined();
    expect((await as(PEOPLE.employee).call<{ id: string }>('GET', `/me/events/${id}`)).id).toBe(id);
    await agenda.remove(id);
    await expect(as(PEOPLE.employee).call('GET', `/me/events/${id}`)).rejects.toMatchObject({ status: 404 });
    // Removing what is already gone is fine.
    await expect(agenda.remove(id)).resolves.toBeUndefined();
  });

  it('makes no second event when a create is retried with the same transactionId (the first answer lost)', async () => {
    const agenda = new OutlookAgenda(as(PEOPLE.employee2));
    const event = walk({ transactionId: 'samenbeter-7-20261208-32', start: new Date('2026-12-08T11:15:00Z'), end: new Date('2026-12-08T12:00:00Z') });
    const first = await agenda.add(event);
    const again = await agenda.add(event);
    expect(again).toBe(first);
    const all = await as(PEOPLE.employee2).call<{ value: unknown[] }>('GET', '/me/events?$top=50');
    expect(all.value.length).toBe(1);
  });

  it('says "no rights" (accessDenied) without the admin\'s consent, so the product can fall back to the .ics', async () => {
    await graphSettings({ consent: ['User.Read'] });
    const error = (await new OutlookAgenda(as(PEOPLE.employee)).add(walk({ transactionId: 'x-1' })).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.kind).toBe('accessDenied');
  });
});
