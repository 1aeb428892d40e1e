import { hadToWait } from '../../src/core/activities/placeFound';
import { provisionSchema } from '../../src/data/provisioning/provision';
import { SCHEMA } from '../../src/data/schema/lists';
import { addItems } from '../../src/data/provisioning/addItems';
import { SpRegistrationRepository } from '../../src/data/repositories/SpRegistrationRepository';
import { SpActivityRepository } from '../../src/data/repositories/SpActivityRepository';
import { SlotRef } from '../../src/data/contracts/IRegistrationRepository';
import { deriveSlot } from '../../src/core/activities/outcomes';
import { startEmulator, EmulatorFixture, PEOPLE, employeeEmail } from '../support/emulatorFixture';
import '@pnp/sp/site-users/web';

// Sign-ups against the emulator with real PnPjs over HTTP: concurrency, retried POSTs,
// forged requests and item-level privacy. The outcome (confirmed / waiting) is derived
// from the server's registration order by src/core, never from a counter.

let emu: EmulatorFixture;
let publicActivity: number;
let privateActivity: number;

function idOf(email: string): Promise<number> {
  return emu.userId(email);
}

function activityBody(title: string, isPrivate: boolean, capacity: number): Record<string, unknown> {
  return {
    Title: title,
    SbPillar: 'Samen',
    SbShape: 'oneOff',
    SbStart: '2026-12-08T11:15:00Z',
    SbEnd: '2026-12-08T12:00:00Z',
    SbLastDate: '2026-12-08T11:15:00Z',
    SbSessionDates: '["2026-12-08T11:15:00Z"]',
    SbLocation: 'Stadhuis',
    SbIsOnline: false,
    SbCapacity: capacity,
    SbIsPrivate: isPrivate,
    SbStatus: 'open'
  };
}

beforeAll(async () => {
  emu = await startEmulator({ extraEmployees: 200 });
  await provisionSchema(emu.as(PEOPLE.admin), SCHEMA);
  const coach = emu.as(PEOPLE.coach);
  const coachId = await idOf(PEOPLE.coach);
  [publicActivity, privateActivity] = await addItems(coach, 'activities', [
    { ...activityBody('Lunchwandeling', false, 20), SbOrganiserId: coachId },
    { ...activityBody('Workshop Overgang en Werk', true, 12), SbOrganiserId: coachId }
  ]);
}, 120000);

afterAll(async () => {
  await emu.close();
});

const rules = { capacity: 20, deadline: null, activityCancelled: false };

describe('sign-ups against the emulator', () => {
  it('200 people clicking at the same moment for 20 places: exactly 20 confirmed, 180 waiting, none lost', async () => {
    const slot: SlotRef = { activityId: publicActivity, sessionDate: null, isPrivate: false };
    const emails = Array.from({ length: 200 }, (_, i) => employeeEmail(i + 1));
    const ids = await Promise.all(emails.map(idOf));
    await emu.resetStats();
    const added = await Promise.all(emails.map((email, i) => new SpRegistrationRepository(emu.as(email)).signUp(slot, ids[i])));
    // One write per sign-up, nothing more.
    expect((await emu.stats()).requests).toBe(200);
    expect(new Set(added.map((r) => r.id)).size).toBe(200);

    const all = await new SpRegistrationRepository(emu.as(PEOPLE.employee)).listForSlots([slot]);
    expect(all).toHaveLength(200);
    const summary = deriveSlot(all, rules);
    expect(summary.confirmed).toBe(20);
    expect(summary.waiting).toBe(180);
    // The first 20 by server order are the confirmed ones.
    const firstTwenty = all.slice(0, 20).map((r) => r.id);
    for (const id of firstTwenty) {
      expect(summary.outcomes[id].outcome).toBe('confirmed');
    }
  });

  it('a cancel frees the place and the first on the waiting list moves up', async () => {
    const slot: SlotRef = { activityId: publicActivity, sessionDate: null, isPrivate: false };
    const before = deriveSlot(await new SpRegistrationRepository(emu.as(PEOPLE.employee)).listForSlots([slot]), rules);
    const all = await new SpRegistrationRepository(emu.as(PEOPLE.employee)).listForSlots([slot]);
    const leaving = all[3];
    const firstWaiting = all[20];
    expect(before.outcomes[firstWaiting.id].outcome).toBe('waiting');

    const email = employeeEmail(4);
    expect(leaving.authorId).toBe(await idOf(email));
    // A minute later (SharePoint's times count in seconds).
    await emu.setNow(new Date(Date.now() + 60_000));
    try {
      await new SpRegistrationRepository(emu.as(email)).cancel(slot, [leaving.id]);
    } finally {
      await emu.setNow(null);
    }

    const rows = await new SpRegistrationRepository(emu.as(PEOPLE.employee)).listForSlots([slot]);
    const after = deriveSlot(rows, rules);
    expect(after.confirmed).toBe(20);
    expect(after.outcomes[firstWaiting.id].outcome).toBe('confirmed');
    // When the cancelled one stopped counting comes from SharePoint (Modified), so the one who
    // moved up can be told "Je hebt een plek", derived for everyone from the same facts.
    const withdrawn = rows.filter((r) => r.id === leaving.id)[0];
    expect(withdrawn.withdrawnAt!.getTime()).toBeGreaterThan(withdrawn.registeredAt.getTime());
    expect(hadToWait(rows, firstWaiting.person.id, rules)).toBe(true);
    expect(hadToWait(rows, all[0].person.id, rules)).toBe(false);
  });

  it('a colleague cannot cancel or forge someone else’s sign-up (403 from WriteSecurity 2)', async () => {
    const slot: SlotRef = { activityId: publicActivity, sessionDate: null, isPrivate: false };
    const all = await new SpRegistrationRepository(emu.as(PEOPLE.employee)).listForSlots([slot]);
    const victim = all[0];
    await expect(new SpRegistrationRepository(emu.as(PEOPLE.employee2)).cancel(slot, [victim.id])).rejects.toMatchObject({
      kind: 'accessDenied'
    });
    // A sign-up in the victim's name is stored but never counts: Created By is the forger.
    const forged = await new SpRegistrationRepository(emu.as(PEOPLE.employee2)).signUp(slot, victim.person.id);
    const after = await new SpRegistrationRepository(emu.as(PEOPLE.employee)).listForSlots([slot]);
    expect(after.map((r) => r.id)).not.toContain(forged.id);
  });

  it('retried POSTs after a lost response are harmless: the person counts once', async () => {
    const slot: SlotRef = { activityId: publicActivity, sessionDate: null, isPrivate: false };
    const email = PEOPLE.ambassador;
    const me = await idOf(email);
    // The write is applied, the answer is lost (503), PnPjs retries: two items arrive.
    await emu.faults({ lostResponseNext: 1, status: 503, retryAfterSeconds: 0 });
    const registration = await new SpRegistrationRepository(emu.as(email)).signUp(slot, me);
    await emu.faults({ lostResponseNext: 0 });
    const mine = (await new SpRegistrationRepository(emu.as(email)).listMine(me)).filter((r) => r.slot === String(publicActivity));
    expect(mine).toHaveLength(2);
    const summary = deriveSlot(await new SpRegistrationRepository(emu.as(PEOPLE.employee)).listForSlots([slot]), rules);
    const counted = mine.filter((r) => summary.outcomes[r.id] && summary.outcomes[r.id].outcome !== 'duplicate');
    expect(counted).toHaveLength(1);
    expect(counted[0].id).toBeLessThanOrEqual(registration.id);
    expect(summary.confirmed + summary.waiting).toBe(200);
  });

  it('throttling before the write (429) is retried by PnPjs and stores exactly one sign-up', async () => {
    const slot: SlotRef = { activityId: publicActivity, sessionDate: '2026-12-08', isPrivate: false };
    const me = await idOf(PEOPLE.comms);
    await emu.faults({ failNext: 2, status: 429, retryAfterSeconds: 0 });
    await new SpRegistrationRepository(emu.as(PEOPLE.comms)).signUp(slot, me);
    const stored = await new SpRegistrationRepository(emu.as(PEOPLE.comms)).listForSlots([slot]);
    expect(stored).toHaveLength(1);
  });

  it('private sign-ups are invisible to colleagues over REST, visible to the coordinator', async () => {
    const slot: SlotRef = { activityId: privateActivity, sessionDate: null, isPrivate: true };
    const a = await new SpRegistrationRepository(emu.as(PEOPLE.employee)).signUp(slot, await idOf(PEOPLE.employee));
    await new SpRegistrationRepository(emu.as(PEOPLE.employee2)).signUp(slot, await idOf(PEOPLE.employee2));

    const colleague = await new SpRegistrationRepository(emu.as(PEOPLE.employee2)).listForSlots([slot]);
    expect(colleague.map((r) => r.authorId)).toEqual([await idOf(PEOPLE.employee2)]);
    // Forged raw REST: the colleague asks for the other person's item directly.
    const raw = await fetch(
      `${emu.siteUrl}/_api/web/lists/getByTitle('SamenBeter Aanmeldingen besloten')/items(${a.id})`,
      { headers: { Accept: 'application/json', Authorization: `Bearer ${PEOPLE.employee2}` } }
    );
    expect(raw.status).toBe(404);
    const ambassador = await new SpRegistrationRepository(emu.as(PEOPLE.ambassador)).listForSlots([slot]);
    expect(ambassador).toHaveLength(0);

    const coordinator = await new SpRegistrationRepository(emu.as(PEOPLE.coach)).listForSlots([slot]);
    expect(coordinator).toHaveLength(2);
  });

  it('reads activities back as domain objects in Amsterdam time', async () => {
    const activity = await new SpActivityRepository(emu.as(PEOPLE.employee)).get(publicActivity);
    expect(activity).toEqual(
      expect.objectContaining({ title: 'Lunchwandeling', dates: ['2026-12-08'], startTime: '12:15', endTime: '13:00', capacity: 20 })
    );
    expect(activity!.organiser.email).toBe(PEOPLE.coach);
  });
});
