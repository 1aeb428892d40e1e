import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA } from '../../src/data/schema/lists';
import { SpActivityEditor } from '../../src/data/repositories/SpActivityEditor';
import { SpActivityRepository } from '../../src/data/repositories/SpActivityRepository';
import { SpRegistrationRepository } from '../../src/data/repositories/SpRegistrationRepository';
import { ActivityDraft } from '../../src/core/activities/activityDraft';
import { lunchWalkDraft } from '../support/drafts';
import { draftToItem } from '../../src/data/repositories/activityDraftMapping';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';
import '@pnp/sp/site-users/web';

// The ambassador studio's writes against the emulator: rights enforced by SharePoint
// (list permissions + WriteSecurity 2), ETag conflicts, and odd input stored as text.

let emu: EmulatorFixture;
const ids: { [email: string]: number } = {};

const draft: ActivityDraft = lunchWalkDraft();

beforeAll(async () => {
  emu = await startEmulator();
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'ambassadors', [PEOPLE.ambassador, PEOPLE.ambassador2]);
  for (const email of [PEOPLE.ambassador, PEOPLE.ambassador2, PEOPLE.employee, PEOPLE.coach]) {
    ids[email] = (await emu.as(email).web.currentUser.select('Id')<{ Id: number }>()).Id;
  }
});

afterAll(async () => {
  await emu.close();
});

describe('SpActivityEditor', () => {
  it('publishes with one write and reads the series back in Amsterdam time', async () => {
    await emu.resetStats();
    const published = await new SpActivityEditor(emu.as(PEOPLE.ambassador)).publish(draft, ids[PEOPLE.ambassador]);
    const stats = await emu.stats();
    expect(stats.requests).toBe(2); // the POST and one read-back
    expect(published.activity).toEqual(
      expect.objectContaining({ title: 'Lunchwandeling', dates: ['2026-12-01', '2026-12-08'], startTime: '12:15', endTime: '13:00', capacity: 15, status: 'open' })
    );
    expect(published.activity.organiser.email).toBe(PEOPLE.ambassador);
    expect(published.etag).toMatch(/^"\d+"$/);
  });

  it('stores hostile and odd text as text', async () => {
    const title = `<img src=x onerror=alert(1)> 't Hof eq 'x' or 1 eq 1 🏃‍♀️`;
    const published = await new SpActivityEditor(emu.as(PEOPLE.ambassador)).publish({ ...draft, title }, ids[PEOPLE.ambassador]);
    const read = await new SpActivityRepository(emu.as(PEOPLE.employee)).get(published.activity.id);
    expect(read!.title).toBe(title);
  });

  it('refuses an employee (forged POST → 403) and another ambassador editing (WriteSecurity 2 → 403)', async () => {
    await expect(new SpActivityEditor(emu.as(PEOPLE.employee)).publish(draft, ids[PEOPLE.employee])).rejects.toMatchObject({ kind: 'accessDenied' });
    const mine = await new SpActivityEditor(emu.as(PEOPLE.ambassador)).publish(draft, ids[PEOPLE.ambassador]);
    await expect(
      new SpActivityEditor(emu.as(PEOPLE.ambassador2)).update(mine.activity.id, mine.etag, { ...draft, title: 'Overgenomen' })
    ).rejects.toMatchObject({ kind: 'accessDenied' });
    await expect(new SpActivityEditor(emu.as(PEOPLE.ambassador2)).setStatus(mine.activity.id, '*', 'cancelled')).rejects.toMatchObject({
      kind: 'accessDenied'
    });
  });

  it('turns a concurrent edit into a conflict instead of overwriting', async () => {
    const mine = await new SpActivityEditor(emu.as(PEOPLE.ambassador)).publish(draft, ids[PEOPLE.ambassador]);
    // The coordinator (site owner) changes the time in between.
    const byCoach = await new SpActivityEditor(emu.as(PEOPLE.coach)).update(mine.activity.id, mine.etag, { ...draft, startTime: '12:30' });
    expect(byCoach.activity.startTime).toBe('12:30');
    await expect(
      new SpActivityEditor(emu.as(PEOPLE.ambassador)).update(mine.activity.id, mine.etag, { ...draft, title: 'Mijn versie' })
    ).rejects.toMatchObject({ kind: 'conflict', status: 412 });
    const after = await new SpActivityEditor(emu.as(PEOPLE.ambassador)).get(mine.activity.id);
    expect(after!.activity.title).toBe('Lunchwandeling');
    expect(after!.activity.startTime).toBe('12:30');
  });

  it('cancels and reopens without touching registrations, and lists own activities', async () => {
    const editor = new SpActivityEditor(emu.as(PEOPLE.ambassador));
    const mine = await editor.publish({ ...draft, shape: 'oneOff', dates: ['2026-12-03'] }, ids[PEOPLE.ambassador]);
    const slot = { activityId: mine.activity.id, sessionDate: null, isPrivate: false };
    await new SpRegistrationRepository(emu.as(PEOPLE.employee)).signUp(slot, ids[PEOPLE.employee]);

    const cancelled = await editor.setStatus(mine.activity.id, mine.etag, 'cancelled');
    expect(cancelled.activity.status).toBe('cancelled');
    expect(await new SpRegistrationRepository(emu.as(PEOPLE.employee)).listForSlots([slot])).toHaveLength(1);
    const reopened = await editor.setStatus(mine.activity.id, cancelled.etag, 'open');
    expect(reopened.activity.status).toBe('open');

    const own = (await editor.listOwn(ids[PEOPLE.ambassador], new Date('2026-11-01T00:00:00Z'), 100)).activities;
    expect(own.length).toBeGreaterThanOrEqual(4);
    expect(own.every((o) => o.activity.organiser.email === PEOPLE.ambassador)).toBe(true);
    const all = (await new SpActivityEditor(emu.as(PEOPLE.coach)).listOwn('all', new Date('2026-11-01T00:00:00Z'), 100)).activities;
    expect(all.length).toBeGreaterThanOrEqual(own.length);
  });

  it('5. an activity posted over REST with another ambassador as SbOrganiser shows its creator and stays out of the other studio', async () => {
    const since = new Date('2026-11-01T00:00:00Z');
    const editor = new SpActivityEditor(emu.as(PEOPLE.ambassador));
    const before = (await editor.listOwn(ids[PEOPLE.ambassador], since, 100)).activities.map((a) => a.activity.id);
    // The second ambassador forges the first one as organiser.
    const forged = await emu.as(PEOPLE.ambassador2).web.lists.getByTitle('SamenBeter Activiteiten').items.add({
      ...draftToItem({ ...draft, title: 'Namens een ander', shape: 'oneOff', dates: ['2026-12-04'] }),
      SbStatus: 'open',
      SbOrganiserId: ids[PEOPLE.ambassador]
    });
    const seen = await new SpActivityRepository(emu.as(PEOPLE.employee)).get((forged as { Id: number }).Id);
    expect(seen!.organiser.email).toBe(PEOPLE.ambassador2);
    const after = (await editor.listOwn(ids[PEOPLE.ambassador], since, 100)).activities.map((a) => a.activity.id);
    expect(after).toEqual(before);
  });

  it('"Mijn activiteiten" pages instead of stopping: every activity once, newest first', async () => {
    const since = new Date('2026-11-01T00:00:00Z');
    const coach = new SpActivityEditor(emu.as(PEOPLE.coach));
    const everything = (await coach.listOwn('all', since, 1000)).activities.map((a) => a.activity.id);
    const paged: number[] = [];
    let page = await coach.listOwn('all', since, 2);
    paged.push(...page.activities.map((a) => a.activity.id));
    while (page.next) {
      page = await coach.listOwn('all', since, 2, page.next);
      paged.push(...page.activities.map((a) => a.activity.id));
    }
    expect(everything.length).toBeGreaterThan(4);
    expect(paged).toEqual(everything);
  });
});
