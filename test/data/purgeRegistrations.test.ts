import { provisionSchema } from '../../src/data/provisioning/provision';
import { SCHEMA, listDef } from '../../src/data/schema/lists';
import { purgeRegistrations } from '../../src/data/views/purgeRegistrations';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';
import '@pnp/sp/site-users/web';

// Retention of sign-ups (personal data): the site owner removes old ones; nobody else can.

let emu: EmulatorFixture;

beforeAll(async () => {
  emu = await startEmulator();
  await provisionSchema(emu.as(PEOPLE.admin), SCHEMA);
});

afterAll(async () => {
  await emu.close();
});

function rows(count: number, until: string | null, personId: number): Record<string, string | number | null>[] {
  return Array.from({ length: count }, (_, i) => ({ Title: `1|x${i}`, SbActivity: 1, SbSlot: `1`, SbPerson: personId, SbCancelled: 0, SbUntil: until }));
}

describe('purgeRegistrations', () => {
  it('deletes only sign-ups older than the cut-off, in both lists, and only for a site owner', async () => {
    const employeeId = (await emu.as(PEOPLE.employee).web.currentUser.select('Id')<{ Id: number }>()).Id;
    // Seeded straight into the store: 1,030 old, 12 recent and 3 from before SbUntil existed.
    emu.addItemsDirect(listDef('registrations').title, rows(1030, '2025-01-10T11:00:00Z', employeeId), PEOPLE.employee);
    emu.addItemsDirect(listDef('registrations').title, rows(12, '2026-12-01T11:00:00Z', employeeId), PEOPLE.employee);
    emu.addItemsDirect(listDef('registrations').title, rows(3, null, employeeId), PEOPLE.employee);
    emu.addItemsDirect(listDef('privateRegistrations').title, rows(7, '2025-03-01T11:00:00Z', employeeId), PEOPLE.employee);
    const cutOff = new Date('2025-11-22T00:00:00Z');

    await expect(purgeRegistrations(emu.as(PEOPLE.employee2), cutOff)).rejects.toMatchObject({ kind: 'accessDenied' });

    const plan = await purgeRegistrations(emu.as(PEOPLE.coach), cutOff, { dryRun: true });
    expect(plan.deleted).toEqual({ registrations: 1030, privateRegistrations: 7 });

    const done = await purgeRegistrations(emu.as(PEOPLE.coach), cutOff);
    expect(done.deleted).toEqual({ registrations: 1030, privateRegistrations: 7 });
    const left = await emu.as(PEOPLE.coach).web.lists.getByTitle(listDef('registrations').title).items.select('Id', 'SbUntil').top(100)<{ SbUntil: string | null }[]>();
    expect(left).toHaveLength(15);
    expect(left.filter((r) => r.SbUntil === '2026-12-01T11:00:00Z')).toHaveLength(12);
    expect((await purgeRegistrations(emu.as(PEOPLE.coach), cutOff, { dryRun: true })).deleted).toEqual({ registrations: 0, privateRegistrations: 0 });
  });

  it('purges more than 5,000 old sign-ups (the SbUntil filter alone would exceed the threshold) in Id windows', async () => {
    const employeeId = (await emu.as(PEOPLE.employee).web.currentUser.select('Id')<{ Id: number }>()).Id;
    emu.addItemsDirect(listDef('registrations').title, rows(6200, '2025-02-10T11:00:00Z', employeeId), PEOPLE.employee);
    emu.addItemsDirect(listDef('registrations').title, rows(40, '2026-12-20T11:00:00Z', employeeId), PEOPLE.employee);
    const cutOff = new Date('2025-11-22T00:00:00Z');
    const raw = await fetch(
      `${emu.siteUrl}/_api/web/lists/getByTitle('SamenBeter%20Aanmeldingen')/items?$select=Id&$filter=SbUntil lt '2025-11-22T00:00:00Z'&$top=100`,
      { headers: { Accept: 'application/json', Authorization: `Bearer ${PEOPLE.coach}` } }
    );
    expect(raw.status).toBe(500); // what the old single filter met: the list view threshold

    const plan = await purgeRegistrations(emu.as(PEOPLE.coach), cutOff, { dryRun: true });
    expect(plan.deleted.registrations).toBe(6200);
    const done = await purgeRegistrations(emu.as(PEOPLE.coach), cutOff);
    expect(done.deleted.registrations).toBe(6200);
    const left = await emu.as(PEOPLE.coach).web.lists.getByTitle(listDef('registrations').title).items.select('Id').top(500)<{ Id: number }[]>();
    expect(left).toHaveLength(15 + 40);
  }, 120000);
});
