import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA, listDef } from '../../src/data/schema/lists';
import { studioApi } from '../../src/data/views/studioApi';
import { activitiesApi } from '../../src/data/views/activitiesApi';
import { SpRegistrationRepository } from '../../src/data/repositories/SpRegistrationRepository';
import { SpPrivateCountRepository } from '../../src/data/repositories/SpPrivateCountRepository';
import { draftToItem } from '../../src/data/repositories/activityDraftMapping';
import { Activity } from '../../src/core/types';
import { lunchWalkDraft } from '../support/drafts';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';

// Privacy attacked over raw REST as the people who would try: an ambassador marking their own
// activity private (6), an organiser flipping privacy after sign-ups (7), and everyone reading
// a private session's meeting link (8). Privacy follows an entry in "Besloten aantallen" by the
// activity's creator, a list only coordinators (site owners) can write.

const ACTIVITIES = listDef('activities').title;
const NOW = new Date('2026-11-22T10:00:00Z');
let emu: EmulatorFixture;
function idOf(email: string): Promise<number> {
  return emu.userId(email);
}

async function raw(email: string, method: 'POST' | 'MERGE' | 'GET', path: string, body?: Record<string, unknown>): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${email}`, Accept: 'application/json', 'Content-Type': 'application/json' };
  if (method === 'MERGE') {
    headers['X-HTTP-Method'] = 'MERGE';
    headers['IF-MATCH'] = '*';
  }
  return fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('${encodeURIComponent(ACTIVITIES)}')/${path}`, {
    method: method === 'GET' ? 'GET' : 'POST',
    headers,
    body: body ? JSON.stringify(body) : undefined
  });
}

/** The activity as an employee's web part shows it (shared-link detail: effective privacy). */
async function seenBy(email: string, id: number): Promise<Activity> {
  return (await activitiesApi(emu.as(email)).loadActivity(id)).activity!;
}

function slot(id: number, isPrivate: boolean): { activityId: number; sessionDate: null; isPrivate: boolean; until: Date } {
  // SbUntil as the web part writes it: the start of the (only) session, 10 Dec 12:15 Amsterdam.
  return { activityId: id, sessionDate: null, isPrivate, until: new Date('2026-12-10T11:15:00Z') };
}

beforeAll(async () => {
  emu = await startEmulator();
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'ambassadors', [PEOPLE.ambassador, PEOPLE.ambassador2]);
}, 120000);

afterAll(async () => {
  await emu.close();
});

const oneOff = { shape: 'oneOff' as const, dates: ['2026-12-10'], capacity: '5' };

describe('privacy attacks over REST', () => {
  it('6. an ambassador who marks their activity private over REST gets a pending activity: no sign-up, nothing hidden', async () => {
    const created = await raw(PEOPLE.ambassador, 'POST', 'items', {
      ...draftToItem(lunchWalkDraft({ ...oneOff, title: 'Stiekem besloten' })),
      SbIsPrivate: true,
      SbStatus: 'open',
      SbOrganiserId: await idOf(PEOPLE.ambassador)
    });
    expect(created.status).toBe(201); // SharePoint accepts the field
    const id = ((await created.json()) as { Id: number }).Id;
    // They cannot confirm it themselves: only owners write the list.
    await expect(new SpPrivateCountRepository(emu.as(PEOPLE.ambassador)).publish(id, [], NOW)).rejects.toMatchObject({ kind: 'accessDenied' });
    // A coordinator's studio visit does not confirm someone else's activity.
    const coordinator = studioApi(emu.as(PEOPLE.coach));
    await coordinator.loadCounts((await coordinator.loadStudio(NOW)).activities.map((a) => a.activity), NOW);

    const seen = await seenBy(PEOPLE.employee, id);
    expect(seen.isPrivate).toBe(false);
    expect(seen.privacyPending).toBe(true);
  });

  it('the studio of an ambassador publishing "Besloten" also ends pending (its confirmation is refused)', async () => {
    const published = await studioApi(emu.as(PEOPLE.ambassador2)).publish(lunchWalkDraft({ ...oneOff, title: 'Via de studio', isPrivate: true }));
    const seen = await seenBy(PEOPLE.employee, published.activity.id);
    expect(seen).toEqual(expect.objectContaining({ isPrivate: false, privacyPending: true }));
  });

  it('7a. flipping a confirmed private activity to public over REST moves and exposes nobody; the studio refuses the change', async () => {
    const coach = studioApi(emu.as(PEOPLE.coach));
    const workshop = await coach.publish(lunchWalkDraft({ ...oneOff, title: 'Workshop Overgang en Werk', isPrivate: true }));
    const id = workshop.activity.id;
    expect((await seenBy(PEOPLE.employee, id)).isPrivate).toBe(true);
    await new SpRegistrationRepository(emu.as(PEOPLE.employee)).signUp(slot(id, true), await idOf(PEOPLE.employee));
    await new SpRegistrationRepository(emu.as(PEOPLE.employee2)).signUp(slot(id, true), await idOf(PEOPLE.employee2));

    await expect(coach.update(id, workshop.etag, lunchWalkDraft({ ...oneOff, title: 'Workshop Overgang en Werk', isPrivate: false }))).rejects.toMatchObject({
      kind: 'privacyLocked'
    });
    expect((await raw(PEOPLE.coach, 'MERGE', `items(${id})`, { SbIsPrivate: false })).status).toBe(204);

    const seen = await seenBy(PEOPLE.employee, id);
    expect(seen.isPrivate).toBe(true);
    // The participant still finds their own sign-up; nobody else's name is readable.
    const mine = await activitiesApi(emu.as(PEOPLE.employee)).loadMySignUps(NOW);
    expect(mine.slotRegistrations.filter((r) => r.activityId === id).map((r) => r.authorId)).toEqual([await idOf(PEOPLE.employee)]);
    const participants = await coach.loadParticipants(seen);
    expect(participants[0].confirmed.map((p) => p.registration.authorId)).toEqual([await idOf(PEOPLE.employee), await idOf(PEOPLE.employee2)]);
  });

  it('7b. flipping a public activity with sign-ups to private over REST keeps every sign-up where it was; it is not confirmed', async () => {
    const coach = studioApi(emu.as(PEOPLE.coach));
    const walk = await coach.publish(lunchWalkDraft({ ...oneOff, title: 'Openbare wandeling' }));
    const id = walk.activity.id;
    for (const email of [PEOPLE.employee, PEOPLE.employee2, PEOPLE.comms]) {
      await new SpRegistrationRepository(emu.as(email)).signUp(slot(id, false), await idOf(email));
    }
    await expect(coach.update(id, walk.etag, lunchWalkDraft({ ...oneOff, title: 'Openbare wandeling', isPrivate: true }))).rejects.toMatchObject({
      kind: 'privacyLocked'
    });
    expect((await raw(PEOPLE.coach, 'MERGE', `items(${id})`, { SbIsPrivate: true })).status).toBe(204);
    // The coordinator's studio does not confirm an activity people already signed up for in public.
    await coach.loadCounts([(await seenBy(PEOPLE.coach, id))], NOW);

    const seen = await seenBy(PEOPLE.employee, id);
    expect(seen).toEqual(expect.objectContaining({ isPrivate: false, privacyPending: true }));
    const mine = await activitiesApi(emu.as(PEOPLE.employee)).loadMySignUps(NOW);
    expect(mine.mine.filter((r) => r.activityId === id && r.status === 'requested')).toHaveLength(1);
    const participants = await coach.loadParticipants(seen);
    expect(participants[0].confirmed).toHaveLength(3);
  });

  it('8. a private session’s meeting link never reaches the activities list; a forged one is not shown', async () => {
    const coach = studioApi(emu.as(PEOPLE.coach));
    // Even a draft that slipped past the form's rule stores no link.
    const online = await coach.publish(
      lunchWalkDraft({ ...oneOff, title: 'Mantelzorg en Werk (online)', venueKind: 'online', location: '', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/geheim', isPrivate: true })
    );
    const id = online.activity.id;
    const read = await raw(PEOPLE.employee, 'GET', `items(${id})?$select=SbMeetingUrl`);
    expect(((await read.json()) as { SbMeetingUrl: unknown }).SbMeetingUrl).toBeNull();

    // A coordinator who writes one over REST anyway: the web parts never show it.
    await raw(PEOPLE.coach, 'MERGE', `items(${id})`, { SbMeetingUrl: { Url: 'https://teams.microsoft.com/l/meetup-join/geheim', Description: 'x' } });
    const seen = await seenBy(PEOPLE.employee, id);
    expect(seen.isPrivate).toBe(true);
    expect(seen.venue).toEqual({ kind: 'online', meetingUrl: '' });
  });
});
