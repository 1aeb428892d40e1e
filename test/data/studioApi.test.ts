import { SpActivityRepository } from '../../src/data/repositories/SpActivityRepository';
import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA } from '../../src/data/schema/lists';
import { studioApi } from '../../src/data/views/studioApi';
import { SpRegistrationRepository } from '../../src/data/repositories/SpRegistrationRepository';
import { ActivityDraft } from '../../src/core/activities/activityDraft';
import { lunchWalkDraft } from '../support/drafts';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';
import '@pnp/sp/site-users/web';

// The Ambassadeurs web part's data API against the emulator: roles, own activities,
// publish / edit with ETags, and participants with names in derived order.

let emu: EmulatorFixture;
const ids: { [email: string]: number } = {};
const now = new Date('2026-11-22T10:00:00Z');

const draft: ActivityDraft = lunchWalkDraft({ capacity: '1' });

beforeAll(async () => {
  emu = await startEmulator();
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'ambassadors', [PEOPLE.ambassador, PEOPLE.ambassador2]);
  for (const email of [PEOPLE.ambassador, PEOPLE.ambassador2, PEOPLE.employee, PEOPLE.employee2, PEOPLE.coach]) {
    ids[email] = (await emu.as(email).web.currentUser.select('Id')<{ Id: number }>()).Id;
  }
});

afterAll(async () => {
  await emu.close();
});

describe('studioApi', () => {
  it('gives an employee roles without isAmbassador and no activities', async () => {
    const data = await studioApi(emu.as(PEOPLE.employee)).loadStudio(now);
    expect(data.roles.isAmbassador).toBe(false);
    expect(data.roles.isOwner).toBe(false);
    expect(data.activities).toEqual([]);
  });

  it('publishes and reads back in "Mijn activiteiten"; loadStudio costs at most two requests', async () => {
    const api = studioApi(emu.as(PEOPLE.ambassador));
    const published = await api.publish(draft);
    expect(published.activity.organiser.email).toBe(PEOPLE.ambassador);
    await emu.resetStats();
    const data = await studioApi(emu.as(PEOPLE.ambassador)).loadStudio(now);
    expect((await emu.stats()).requests).toBeLessThanOrEqual(2);
    expect(data.roles.isAmbassador).toBe(true);
    const mine = data.activities.filter((a) => a.activity.id === published.activity.id)[0];
    expect(mine.activity.title).toBe('Lunchwandeling');
    expect(mine.etag).toBe(published.etag);
    // Someone else's activity is not in the ambassador's list; the coordinator sees all.
    const other = await studioApi(emu.as(PEOPLE.ambassador2)).publish({ ...draft, title: 'Start to Run' });
    expect(data.activities.some((a) => a.activity.id === other.activity.id)).toBe(false);
    const all = await studioApi(emu.as(PEOPLE.coach)).loadStudio(now);
    expect(all.activities.map((a) => a.activity.id)).toEqual(expect.arrayContaining([published.activity.id, other.activity.id]));
  });

  it('maps an edit on a stale ETag to a conflict; cancel and reopen', async () => {
    const api = studioApi(emu.as(PEOPLE.ambassador));
    const mine = await api.publish(draft);
    const edited = await api.update(mine.activity.id, mine.etag, { ...draft, startTime: '12:30' });
    expect(edited.activity.startTime).toBe('12:30');
    await expect(api.update(mine.activity.id, mine.etag, { ...draft, title: 'Oud' })).rejects.toMatchObject({ kind: 'conflict' });
    await expect(api.cancel(mine.activity.id, mine.etag, 'x')).rejects.toMatchObject({ kind: 'conflict' });
    const cancelled = await api.cancel(mine.activity.id, edited.etag, '  Te weinig begeleiders  ');
    expect(cancelled.activity.status).toBe('cancelled');
    expect(cancelled.activity.cancelReason).toBe('Te weinig begeleiders');
    // Employees read the reason with the activity.
    const seen = await new SpActivityRepository(emu.as(PEOPLE.employee)).getMany([mine.activity.id]);
    expect(seen.map((a) => [a.status, a.cancelReason])).toEqual([['cancelled', 'Te weinig begeleiders']]);
    const reopened = await api.reopen(mine.activity.id, cancelled.etag);
    expect(reopened.activity.status).toBe('open');
    expect(reopened.activity.cancelReason).toBeUndefined();
  });

  it('lists participants per date, confirmed and waiting in order, with names and e-mails', async () => {
    const api = studioApi(emu.as(PEOPLE.ambassador));
    const mine = await api.publish(draft); // capacity 1
    const slot = { activityId: mine.activity.id, sessionDate: '2026-12-08', isPrivate: false };
    await new SpRegistrationRepository(emu.as(PEOPLE.employee)).signUp(slot, ids[PEOPLE.employee]);
    await new SpRegistrationRepository(emu.as(PEOPLE.employee2)).signUp(slot, ids[PEOPLE.employee2]);
    await emu.resetStats();
    const slots = await api.loadParticipants(mine.activity);
    expect((await emu.stats()).requests).toBe(1);
    expect(slots.map((s) => s.sessionDate)).toEqual(['2026-12-01', '2026-12-08']);
    expect(slots[0].confirmed).toHaveLength(0);
    const second = slots[1];
    expect(second.confirmed.map((p) => p.registration.person.email)).toEqual([PEOPLE.employee]);
    expect(second.confirmed[0].registration.person.name).not.toBe('');
    expect(second.waiting.map((p) => [p.registration.person.email, p.outcome.position])).toEqual([[PEOPLE.employee2, 1]]);

    // "Mijn activiteiten": counts of every date still to come, for several activities, in ONE request.
    const other = await api.publish({ ...draft, shape: 'oneOff', dates: ['2026-12-10'] });
    await emu.resetStats();
    const counts = await api.loadCounts([mine.activity, other.activity], new Date('2026-12-02T12:00:00Z'));
    expect((await emu.stats()).requests).toBe(1);
    expect(counts[mine.activity.id].map((s) => [s.sessionDate, s.summary.confirmed, s.summary.waiting])).toEqual([['2026-12-08', 1, 1]]);
    expect(counts[other.activity.id].map((s) => [s.sessionDate, s.summary.confirmed])).toEqual([[null, 0]]);
  });
});
