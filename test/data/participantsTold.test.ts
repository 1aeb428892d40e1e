import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA } from '../../src/data/schema/lists';
import { studioApi } from '../../src/data/views/studioApi';
import { activitiesApi } from '../../src/data/views/activitiesApi';
import { SpRegistrationRepository } from '../../src/data/repositories/SpRegistrationRepository';
import { SpActivityRepository } from '../../src/data/repositories/SpActivityRepository';
import { fetchGraphRequester } from '../../src/data/graph/graphRequester';
import { participantMessenger } from '../../src/data/graph/participantMessenger';
import { ACTIVITY_TYPES } from '../../src/core/notifications/activityTypes';
import { ACTIVITIES_COMPONENT_ID, TEAMS_APP_ID } from '../../src/ui/host/productIds';
import { lunchWalkDraft } from '../support/drafts';
import { employeeEmail, EmulatorFixture, PEOPLE, startEmulator } from '../support/emulatorFixture';

// Issue "Participants hear about it": the studio's and the catalogue's data APIs tell the people
// a change affects in their Teams activity feed, over real HTTP against the emulator's Graph,
// as the people who act. The feed is read back per recipient (/_emulator/graph/activity).

let emu: EmulatorFixture;
let origin: string;
const ALL_SCOPES = ['User.Read', 'TeamsActivity.Send', 'Calendars.ReadWrite'];
const PEOPLE_COUNT = 20;
const crowd = Array.from({ length: PEOPLE_COUNT }, (_, i) => employeeEmail(i + 1));

interface FeedItem {
  activityType: string;
  previewText: string;
  sender: string;
  webUrl: string;
}

async function feedOf(email: string): Promise<FeedItem[]> {
  const r = await fetch(`${origin}/_emulator/graph/activity?recipient=${encodeURIComponent(email)}`);
  const json = (await r.json()) as { value: Array<{ activityType: string; sender: string; topic: { webUrl?: string }; previewText?: string | { content?: string } }> };
  return json.value.map((n) => ({
    activityType: n.activityType,
    sender: n.sender,
    webUrl: n.topic.webUrl || '',
    previewText: typeof n.previewText === 'string' ? n.previewText : (n.previewText && n.previewText.content) || ''
  }));
}

async function graphSettings(settings: Record<string, unknown>): Promise<void> {
  const r = await fetch(`${origin}/_emulator/graph/settings`, { method: 'POST', body: JSON.stringify(settings) });
  expect(r.status).toBe(200);
}

function messengerFor(email: string) {
  return participantMessenger({
    graph: fetchGraphRequester(origin, () => ({ Authorization: `Bearer ${email}` })),
    teamsAppId: TEAMS_APP_ID,
    activitiesEntityId: ACTIVITIES_COMPONENT_ID,
    locale: 'nl-NL',
    wait: async () => undefined
  });
}

async function signUpAll(activityId: number, sessionDate: string | null, emails: string[]): Promise<void> {
  for (const email of emails) {
    await new SpRegistrationRepository(emu.as(email)).signUp({ activityId, sessionDate, isPrivate: false }, await emu.userId(email));
  }
}

beforeAll(async () => {
  emu = await startEmulator({ extraEmployees: PEOPLE_COUNT });
  origin = emu.origin;
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'ambassadors', [PEOPLE.ambassador]);
}, 60000);

afterAll(async () => {
  await emu.close();
});

beforeEach(async () => {
  await fetch(`${origin}/_emulator/graph/activity/reset`, { method: 'POST' });
  await graphSettings({ consent: ALL_SCOPES, teamsAppInstalledFor: 'all', activityTypes: ACTIVITY_TYPES.map((t) => t.type) });
});

describe('telling participants in Teams', () => {
  it('a new time reaches all 20 people of the date (places and waiting list) in ONE Graph request, and is kept for the in-app message', async () => {
    const api = studioApi(emu.as(PEOPLE.ambassador), messengerFor(PEOPLE.ambassador));
    const published = await api.publish(lunchWalkDraft({ capacity: '15' }));
    await signUpAll(published.activity.id, '2026-12-08', crowd);
    const saved = await api.update(published.activity.id, published.etag, lunchWalkDraft({ capacity: '15', startTime: '12:30', endTime: '13:15' }));
    expect(saved.activity.lastChange && saved.activity.lastChange.fields).toEqual(['time']);

    const outcome = await api.tellParticipants(published.activity, saved.activity, { kind: 'changed' });
    expect(outcome).toEqual({ people: 20, told: 20, notTold: 0, reason: undefined, requests: 1 });
    const first = await feedOf(crowd[0]);
    const waiting = await feedOf(crowd[19]);
    for (const feed of [first, waiting]) {
      expect(feed).toHaveLength(1);
      expect(feed[0].activityType).toBe('activityChanged');
      expect(feed[0].sender).toBe(PEOPLE.ambassador);
      expect(feed[0].previewText).toContain('12:30');
      expect(feed[0].webUrl).toContain(`activity-${published.activity.id}`);
    }
    // Someone not signed up hears nothing.
    expect(await feedOf(PEOPLE.employee)).toEqual([]);
  });

  it('a change that reaches 21 people costs two Graph requests ($batch of 20)', async () => {
    const api = studioApi(emu.as(PEOPLE.ambassador), messengerFor(PEOPLE.ambassador));
    const published = await api.publish(lunchWalkDraft({ shape: 'oneOff', dates: ['2026-12-10'], capacity: '30' }));
    await signUpAll(published.activity.id, null, crowd.concat([PEOPLE.employee]));
    const saved = await api.update(published.activity.id, published.etag, lunchWalkDraft({ shape: 'oneOff', dates: ['2026-12-10'], capacity: '30', location: 'Mosae Forum' }));
    const outcome = await api.tellParticipants(published.activity, saved.activity, { kind: 'changed' });
    expect([outcome.people, outcome.told, outcome.requests]).toEqual([21, 21, 2]);
    expect((await feedOf(PEOPLE.employee))[0].previewText).toContain('Mosae Forum');
  });

  it('without the admin\'s consent the change is saved, nobody is told in Teams, and the outcome says why (no error)', async () => {
    await graphSettings({ consent: [] });
    const api = studioApi(emu.as(PEOPLE.ambassador), messengerFor(PEOPLE.ambassador));
    const published = await api.publish(lunchWalkDraft({ shape: 'oneOff', dates: ['2026-12-11'] }));
    await signUpAll(published.activity.id, null, crowd.slice(0, 3));
    const saved = await api.update(published.activity.id, published.etag, lunchWalkDraft({ shape: 'oneOff', dates: ['2026-12-11'], startTime: '12:45', endTime: '13:30' }));
    const outcome = await api.tellParticipants(published.activity, saved.activity, { kind: 'changed' });
    expect(outcome).toMatchObject({ people: 3, told: 0, notTold: 3, reason: 'noConsent' });
    expect(await feedOf(crowd[0])).toEqual([]);
    // The in-app message's source is there regardless.
    const read = await new SpActivityRepository(emu.as(crowd[0])).get(published.activity.id);
    expect(read && read.lastChange && read.lastChange.fields).toEqual(['time']);
  });

  it('a date called off with a reason tells the people of that date only; the reason travels', async () => {
    const api = studioApi(emu.as(PEOPLE.ambassador), messengerFor(PEOPLE.ambassador));
    const published = await api.publish(lunchWalkDraft());
    await signUpAll(published.activity.id, '2026-12-01', crowd.slice(0, 2));
    await signUpAll(published.activity.id, '2026-12-08', crowd.slice(2, 4));
    const saved = await api.setDateCancelled(published.activity.id, published.etag, '2026-12-08', 'Gladheid op de route');
    expect(saved.activity.cancelledDates).toEqual([{ date: '2026-12-08', reason: 'Gladheid op de route' }]);
    const outcome = await api.tellParticipants(published.activity, saved.activity, { kind: 'dateCancelled', date: '2026-12-08', reason: 'Gladheid op de route' });
    expect([outcome.people, outcome.told]).toEqual([2, 2]);
    const told = await feedOf(crowd[2]);
    expect(told.map((n) => n.activityType)).toEqual(['dateCancelled']);
    expect(told[0].previewText).toContain('Gladheid op de route');
    expect(await feedOf(crowd[0])).toEqual([]);
  });

  it('an employee\'s cancel tells the one person who moved up ("Je hebt een plek"), nobody else', async () => {
    const published = await studioApi(emu.as(PEOPLE.ambassador)).publish(lunchWalkDraft({ shape: 'oneOff', dates: ['2026-12-12'], capacity: '2' }));
    await signUpAll(published.activity.id, null, crowd.slice(0, 4)); // 2 places, 2 waiting
    const leaver = crowd[0];
    const leaverId = await emu.userId(leaver);
    const api = activitiesApi(emu.as(leaver), messengerFor(leaver));
    const slot = { activityId: published.activity.id, sessionDate: null, isPrivate: false };
    const mine = (await api.loadSlots([slot])).filter((r) => r.authorId === leaverId).map((r) => r.id);
    const result = await api.cancel(slot, mine, published.activity);
    expect(result.told).toMatchObject({ people: 1, told: 1, requests: 1 });
    expect((await feedOf(crowd[2])).map((n) => n.activityType)).toEqual(['placeFound']);
    expect(await feedOf(crowd[3])).toEqual([]);
    expect(await feedOf(crowd[1])).toEqual([]);
  });

  it('a cancel that moves nobody up sends nothing', async () => {
    const published = await studioApi(emu.as(PEOPLE.ambassador)).publish(lunchWalkDraft({ shape: 'oneOff', dates: ['2026-12-13'], capacity: '5' }));
    await signUpAll(published.activity.id, null, crowd.slice(0, 2));
    const api = activitiesApi(emu.as(crowd[0]), messengerFor(crowd[0]));
    const firstId = await emu.userId(crowd[0]);
    const slot = { activityId: published.activity.id, sessionDate: null, isPrivate: false };
    const mine = (await api.loadSlots([slot])).filter((r) => r.authorId === firstId).map((r) => r.id);
    expect(mine).toHaveLength(1);
    const result = await api.cancel(slot, mine, published.activity);
    expect(result.told).toBeUndefined();
    expect(await feedOf(crowd[1])).toEqual([]);
  });

  it('over raw REST, a colleague cannot call off a date or fake a change on someone else\'s activity (WriteSecurity 2)', async () => {
    const published = await studioApi(emu.as(PEOPLE.ambassador)).publish(lunchWalkDraft());
    const forged = { SbCancelledDates: JSON.stringify([{ date: '2026-12-08', reason: 'nep' }]), SbLastChange: JSON.stringify({ at: new Date().toISOString(), fields: ['time'] }) };
    const item = emu.as(PEOPLE.employee).web.lists.getByTitle('SamenBeter Activiteiten').items.getById(published.activity.id);
    await expect(item.update(forged, '*')).rejects.toBeDefined();
    const read = await new SpActivityRepository(emu.as(crowd[0])).get(published.activity.id);
    expect(read && [read.cancelledDates, read.lastChange]).toEqual([[], undefined]);
  });
});
