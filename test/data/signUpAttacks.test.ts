import { hadToWait } from '../../src/core/activities/placeFound';
import { provisionSchema } from '../../src/data/provisioning/provision';
import { SCHEMA, listDef } from '../../src/data/schema/lists';
import { addItems } from '../../src/data/provisioning/addItems';
import { SpRegistrationRepository } from '../../src/data/repositories/SpRegistrationRepository';
import { SlotRef, StoredRegistration } from '../../src/data/contracts/IRegistrationRepository';
import { deriveSlot, outcomeFor, SlotRules } from '../../src/core/activities/outcomes';
import { startEmulator, EmulatorFixture, PEOPLE, employeeEmail } from '../support/emulatorFixture';
import '@pnp/sp/site-users/web';

// The sign-up rules attacked the way a colleague with the browser's developer tools would:
// plain REST calls as themselves, on their OWN registration items (WriteSecurity 2 lets them).
// Each attack lands (SharePoint answers 204); the test asserts that it changes nobody else's
// outcome, because outcomes rest on the item's Id, Author and version, not on its fields.

const REGISTRATIONS = listDef('registrations').title;

let emu: EmulatorFixture;
function idOf(email: string): Promise<number> {
  return emu.userId(email);
}

/** What the attacker sends from the browser console: MERGE with IF-MATCH * on their own item. */
async function rawMerge(email: string, listTitle: string, id: number, body: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('${encodeURIComponent(listTitle)}')/items(${id})`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${email}`,
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*'
    },
    body: JSON.stringify(body)
  });
  return response.status;
}

function activityBody(title: string, capacity: number, deadline: string | null): Record<string, unknown> {
  return {
    Title: title,
    SbPillar: 'Samen',
    SbShape: 'oneOff',
    SbStart: '2027-01-12T11:15:00Z',
    SbEnd: '2027-01-12T12:00:00Z',
    SbLastDate: '2027-01-12T11:15:00Z',
    SbSessionDates: '["2027-01-12T11:15:00Z"]',
    SbLocation: 'Stadhuis',
    SbIsOnline: false,
    SbCapacity: capacity,
    SbDeadline: deadline,
    SbIsPrivate: false,
    SbStatus: 'open'
  };
}

async function newActivity(title: string, capacity: number, deadline: string | null = null): Promise<number> {
  const [id] = await addItems(emu.as(PEOPLE.coach), 'activities', [{ ...activityBody(title, capacity, deadline), SbOrganiserId: await idOf(PEOPLE.coach) }]);
  return id;
}

function slotOf(activityId: number): SlotRef {
  return { activityId, sessionDate: null, isPrivate: false };
}

async function signUp(email: string, activityId: number): Promise<StoredRegistration> {
  return new SpRegistrationRepository(emu.as(email)).signUp(slotOf(activityId), await idOf(email));
}

/** Each person's outcome in the slot, as any reader derives it. */
async function outcomes(activityId: number, rules: SlotRules, emails: string[]): Promise<{ [email: string]: string }> {
  const all = await new SpRegistrationRepository(emu.as(PEOPLE.employee2)).listForSlots([slotOf(activityId)]);
  const summary = deriveSlot(all, rules);
  const out: { [email: string]: string } = {};
  for (const email of emails) {
    const detail = outcomeFor(summary, await idOf(email));
    out[email] = detail ? detail.outcome + (detail.position ? ` ${detail.position}` : '') : 'none';
  }
  return out;
}

const open = (capacity: number): SlotRules => ({ capacity, deadline: null, activityCancelled: false });

beforeAll(async () => {
  emu = await startEmulator({ extraEmployees: 12 });
  await provisionSchema(emu.as(PEOPLE.admin), SCHEMA);
}, 120000);

afterAll(async () => {
  await emu.close();
});

describe('attacks on the sign-up rules, over raw REST as the attacking employee', () => {
  it('1. re-pointing an old sign-up of another activity does not jump the queue', async () => {
    const attacker = employeeEmail(1);
    const old = await newActivity('Oude workshop', 10);
    const target = await newActivity('Lunchwandeling', 2);
    const oldRegistration = await signUp(attacker, old); // the lowest Id in play
    const [first, second, third] = [employeeEmail(2), employeeEmail(3), employeeEmail(4)];
    for (const email of [first, second, third]) {
      await signUp(email, target);
    }
    const before = await outcomes(target, open(2), [first, second, third]);
    expect(before).toEqual({ [first]: 'confirmed', [second]: 'confirmed', [third]: 'waiting 1' });

    const status = await rawMerge(attacker, REGISTRATIONS, oldRegistration.id, { SbSlot: String(target), SbActivityId: target });
    expect(status).toBe(204); // SharePoint lets them: it is their own item

    const after = await outcomes(target, open(2), [first, second, third, attacker]);
    expect(after).toEqual({ [first]: 'confirmed', [second]: 'confirmed', [third]: 'waiting 1', [attacker]: 'cancelled' });
  });

  it('2. un-cancelling a cancelled sign-up does not take the place back', async () => {
    const target = await newActivity('Stoelyoga', 1);
    const [leaver, patient] = [employeeEmail(5), employeeEmail(6)];
    const leaving = await signUp(leaver, target);
    await signUp(patient, target);
    await new SpRegistrationRepository(emu.as(leaver)).cancel(slotOf(target), [leaving.id]);
    expect(await outcomes(target, open(1), [leaver, patient])).toEqual({ [leaver]: 'cancelled', [patient]: 'confirmed' });

    expect(await rawMerge(leaver, REGISTRATIONS, leaving.id, { SbCancelled: false })).toBe(204);

    expect(await outcomes(target, open(1), [leaver, patient])).toEqual({ [leaver]: 'cancelled', [patient]: 'confirmed' });
  });

  it('touching one\'s own cancelled sign-up again cannot make the product tell a colleague "Je hebt een plek"', async () => {
    const target = await newActivity('Bootcamp', 1);
    const [leaver, late] = [employeeEmail(7), employeeEmail(8)];
    const leaving = await signUp(leaver, target);
    await new SpRegistrationRepository(emu.as(leaver)).cancel(slotOf(target), [leaving.id]);
    // The colleague signs up a minute later, after the place was already free.
    await emu.setNow(new Date(Date.now() + 60_000));
    try {
      await signUp(late, target);
      const read = async (): Promise<boolean> =>
        hadToWait(await new SpRegistrationRepository(emu.as(PEOPLE.employee2)).listForSlots([slotOf(target)]), await idOf(late), open(1));
      expect(await read()).toBe(false);
      // Later still, the leaver changes their cancelled item (their own, so SharePoint lets them):
      // its Modified now lies after the colleague's sign-up.
      await emu.setNow(new Date(Date.now() + 120_000));
      expect(await rawMerge(leaver, REGISTRATIONS, leaving.id, { Title: 'nog even aangepast' })).toBe(204);
      expect(await read()).toBe(false);
    } finally {
      await emu.setNow(null);
    }
  });

  it('3. moving a sign-up made before a deadline into an activity whose deadline has passed does not beat it', async () => {
    const deadline = '2026-12-10T12:00:00Z';
    const closed = await newActivity('Workshop hartcoherentie', 5, deadline);
    const other = await newActivity('Fietsgroep', 5);
    const [attacker, honest] = [employeeEmail(7), employeeEmail(8)];
    await emu.setNow(new Date('2026-12-09T09:00:00Z'));
    const early = await signUp(attacker, other);
    await emu.setNow(new Date('2026-12-11T09:00:00Z'));
    try {
      await signUp(honest, closed);
      expect(await rawMerge(attacker, REGISTRATIONS, early.id, { SbSlot: String(closed), SbActivityId: closed })).toBe(204);
    } finally {
      await emu.setNow(null);
    }
    const rules: SlotRules = { capacity: 5, deadline: new Date(deadline), activityCancelled: false };
    expect(await outcomes(closed, rules, [attacker, honest])).toEqual({ [attacker]: 'cancelled', [honest]: 'late' });
  });

  it('a hand-made item whose slot does not match its activity is ignored', async () => {
    const target = await newActivity('Start to Run', 1);
    const other = await newActivity('Massagestoel', 5);
    const [attacker, honest] = [employeeEmail(9), employeeEmail(10)];
    // Posted directly: SbSlot says the target, SbActivityId another activity.
    const me = await idOf(attacker);
    await emu.as(attacker).web.lists.getByTitle(REGISTRATIONS).items.add({ Title: 'x', SbSlot: String(target), SbActivityId: other, SbPersonId: me, SbCancelled: false });
    await signUp(honest, target);
    expect(await outcomes(target, open(1), [attacker, honest])).toEqual({ [attacker]: 'none', [honest]: 'confirmed' });
  });

  it('4. a flood of 2,050 sign-ups in $batches by one person counts once, and later colleagues are all seen', async () => {
    const target = await newActivity('Workshop Mantelzorg en Werk', 6);
    const flooder = employeeEmail(11);
    const me = await idOf(flooder);
    const body = { Title: String(target), SbSlot: String(target), SbActivityId: target, SbPersonId: me, SbCancelled: false };
    // PnPjs's $batch as the attacker would use it: 20 adds per request.
    await addItems(emu.as(flooder), 'registrations', Array.from({ length: 2050 }, () => body));
    const colleagues = [employeeEmail(12), PEOPLE.employee, PEOPLE.ambassador];
    for (const email of colleagues) {
      await signUp(email, target);
    }
    const result = await outcomes(target, open(6), [flooder, ...colleagues]);
    expect(result).toEqual({ [flooder]: 'confirmed', [colleagues[0]]: 'confirmed', [colleagues[1]]: 'confirmed', [colleagues[2]]: 'confirmed' });
    const all = await new SpRegistrationRepository(emu.as(PEOPLE.coach)).listParticipants([slotOf(target)]);
    expect(all).toHaveLength(2053);
    // The organiser's list carries each person's sign-in name for Teams chat links.
    expect(all.filter((r) => r.person.id === me)[0].person.upn).toBe(flooder);
    const summary = deriveSlot(all, open(6));
    expect(summary.confirmed).toBe(4);
    expect(summary.unusual).toEqual([{ personId: me, registrations: 2050 }]);
  }, 120000);

  it('4b. a slot flooded past 5,000 rows is read in Id windows: exact, no threshold error', async () => {
    const target = await newActivity('Overvolle lunchwandeling', 3);
    const flooder = PEOPLE.employee2;
    const me = await idOf(flooder);
    const row = { Title: String(target), SbSlot: String(target), SbActivity: target, SbPerson: me, SbCancelled: 0 };
    emu.addItemsDirect(REGISTRATIONS, Array.from({ length: 5200 }, () => row), flooder);
    await signUp(PEOPLE.comms, target);
    await signUp(PEOPLE.ambassador2, target);
    const all = await new SpRegistrationRepository(emu.as(PEOPLE.employee)).listForSlots([slotOf(target)]);
    expect(all).toHaveLength(5202);
    expect(await outcomes(target, open(3), [flooder, PEOPLE.comms, PEOPLE.ambassador2])).toEqual({
      [flooder]: 'confirmed',
      [PEOPLE.comms]: 'confirmed',
      [PEOPLE.ambassador2]: 'confirmed'
    });
  }, 120000);

  it('11. a cancel whose answers were all lost is read back and reported as done', async () => {
    const target = await newActivity('Boost vitaliteit', 4);
    const email = PEOPLE.ambassador;
    const registration = await signUp(email, target);
    // Every try is applied by the server and its answer lost: PnPjs gives up after three.
    await emu.faults({ lostResponseNext: 3, status: 503, retryAfterSeconds: 0 });
    try {
      await expect(new SpRegistrationRepository(emu.as(email)).cancel(slotOf(target), [registration.id])).resolves.toBeUndefined();
    } finally {
      await emu.faults({ lostResponseNext: 0 });
    }
    expect((await outcomes(target, open(4), [email]))[email]).toBe('cancelled');
  });

  it('a cancel that really failed still says so', async () => {
    const target = await newActivity('Fruit op de werkplek', 4);
    const email = PEOPLE.comms;
    const registration = await signUp(email, target);
    await emu.faults({ failNext: 3, status: 503, retryAfterSeconds: 0 });
    try {
      await expect(new SpRegistrationRepository(emu.as(email)).cancel(slotOf(target), [registration.id])).rejects.toMatchObject({ kind: 'throttled' });
    } finally {
      await emu.faults({ failNext: 0 });
    }
    expect((await outcomes(target, open(4), [email]))[email]).toBe('confirmed');
  });
});
