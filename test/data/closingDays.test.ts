import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA, listDef } from '../../src/data/schema/lists';
import { SpClosingDayRepository } from '../../src/data/repositories/SpClosingDayRepository';
import { studioApi } from '../../src/data/views/studioApi';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

// "SamenBeter Sluitingsdagen": owners keep the municipality's own closing days; everyone reads
// them per period on the indexed SbDate; the studio gets them in its existing $batch.

let emu: EmulatorFixture;
const TITLE = listDef('closingDays').title;
const NOW = new Date('2026-11-22T10:00:00Z');

beforeAll(async () => {
  emu = await startEmulator();
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'ambassadors', [PEOPLE.ambassador]);
  const owner = new SpClosingDayRepository(emu.as(PEOPLE.coach));
  await owner.add({ date: '2027-02-08', name: 'Carnavalsmaandag', note: 'Alle locaties dicht' });
  // Summer time: the day starts at 22:00 UTC the evening before.
  await owner.add({ date: '2027-05-07', name: 'Vrijdag na Hemelvaart', note: '' });
  await owner.add({ date: '2026-12-31', name: 'Oudejaarsdag', note: '' });
  await owner.add({ date: '2025-02-28', name: 'Carnaval 2025', note: '' });
});

afterAll(async () => {
  await emu.close();
});

describe('SpClosingDayRepository', () => {
  it('is provisioned as the schema says: SbDate indexed and date-only, read by everyone, written by owners', async () => {
    const fields = emu.as(PEOPLE.admin).web.lists.getByTitle(TITLE).fields;
    // DisplayFormat belongs to SP.FieldDateTime: asked of that one field, not of all fields.
    const date = await fields.getByInternalNameOrTitle('SbDate').select('Indexed', 'DisplayFormat', 'Required')<{ Indexed: boolean; DisplayFormat: number; Required: boolean }>();
    expect(date).toMatchObject({ Indexed: true, DisplayFormat: 0, Required: true });
    const ours = await fields.filter("startswith(InternalName,'Sb')").select('InternalName')<Array<{ InternalName: string }>>();
    expect(ours.map((f) => f.InternalName).sort()).toEqual(['SbDate', 'SbNote']);
    const list = await emu.as(PEOPLE.admin).web.lists.getByTitle(TITLE).select('HasUniqueRoleAssignments', 'ReadSecurity', 'WriteSecurity')();
    expect(list).toMatchObject({ HasUniqueRoleAssignments: true, ReadSecurity: 1, WriteSecurity: 1 });
  });

  it('reads the closing days of a period in date order, as Amsterdam dates, for any employee', async () => {
    const days = await new SpClosingDayRepository(emu.as(PEOPLE.employee)).between('2026-12-01', '2027-12-31');
    expect(days.map((d) => [d.date, d.name, d.note])).toEqual([
      ['2026-12-31', 'Oudejaarsdag', ''],
      ['2027-02-08', 'Carnavalsmaandag', 'Alle locaties dicht'],
      ['2027-05-07', 'Vrijdag na Hemelvaart', '']
    ]);
    // Both bounds are inclusive days; nothing outside.
    expect((await new SpClosingDayRepository(emu.as(PEOPLE.employee)).between('2027-02-08', '2027-02-08')).map((d) => d.name)).toEqual(['Carnavalsmaandag']);
    expect(await new SpClosingDayRepository(emu.as(PEOPLE.employee)).between('2027-02-09', '2027-05-06')).toEqual([]);
  });

  it('reads a date typed in as UTC midnight or noon as that same day', async () => {
    emu.addItemsDirect(
      TITLE,
      [
        { Title: 'UTC middernacht', SbDate: '2027-03-01T00:00:00Z' },
        { Title: 'UTC middag', SbDate: '2027-03-02T12:00:00Z' }
      ],
      PEOPLE.coach
    );
    const days = await new SpClosingDayRepository(emu.as(PEOPLE.employee)).between('2027-03-01', '2027-03-02');
    expect(days.map((d) => [d.date, d.name])).toEqual([
      ['2027-03-01', 'UTC middernacht'],
      ['2027-03-02', 'UTC middag']
    ]);
  });

  it('refuses an employee and an ambassador adding a closing day over REST (403); an owner can', async () => {
    await expect(new SpClosingDayRepository(emu.as(PEOPLE.employee)).add({ date: '2027-06-01', name: 'Stiekem vrij', note: '' })).rejects.toMatchObject({
      kind: 'accessDenied'
    });
    // The raw POST, without our repository: the same 403.
    const forged = emu.as(PEOPLE.ambassador).web.lists.getByTitle(TITLE).items.add({ Title: 'Ook stiekem', SbDate: '2027-06-01T00:00:00Z' });
    await expect(forged).rejects.toMatchObject({ status: 403 });
    const added = await new SpClosingDayRepository(emu.as(PEOPLE.coach)).add({ date: '2027-06-01', name: 'Personeelsdag', note: 'Stadhuis dicht' });
    expect(added).toMatchObject({ date: '2027-06-01', name: 'Personeelsdag' });
    const seen = await new SpClosingDayRepository(emu.as(PEOPLE.employee)).between('2027-06-01', '2027-06-01');
    expect(seen.map((d) => d.name)).toEqual(['Personeelsdag']);
  });

  it('lets an owner add and delete a closing day through the studio api (Beheer → Sluitingsdagen)', async () => {
    const owner = studioApi(emu.as(PEOPLE.coach));
    const added = await owner.addClosingDay({ date: '2027-02-09', name: 'Carnavalsdinsdag', note: 'Alle locaties dicht' });
    expect(added).toMatchObject({ date: '2027-02-09', name: 'Carnavalsdinsdag', note: 'Alle locaties dicht' });
    // The panel lists the days from today (Amsterdam) on, in date order; nothing past.
    const upcoming = (await owner.loadClosingDays(NOW)).map((d) => `${d.date} ${d.name}`);
    expect(upcoming.slice(0, 3)).toEqual(['2026-12-31 Oudejaarsdag', '2027-02-08 Carnavalsmaandag', '2027-02-09 Carnavalsdinsdag']);
    expect(upcoming.join()).not.toContain('Carnaval 2025');

    await owner.deleteClosingDay(added.id);
    const after = await new SpClosingDayRepository(emu.as(PEOPLE.employee)).between('2027-02-09', '2027-02-09');
    expect(after).toEqual([]);
    // Gone is gone: a second delete says so.
    await expect(owner.deleteClosingDay(added.id)).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('refuses an employee\'s and an ambassador\'s DELETE and MERGE over REST (403) and changes nothing', async () => {
    const [carnival] = await new SpClosingDayRepository(emu.as(PEOPLE.coach)).between('2027-02-08', '2027-02-08');
    for (const who of [PEOPLE.employee, PEOPLE.ambassador]) {
      // Our repository: 'accessDenied'.
      await expect(new SpClosingDayRepository(emu.as(who)).delete(carnival.id)).rejects.toMatchObject({ kind: 'accessDenied' });
      await expect(studioApi(emu.as(who)).deleteClosingDay(carnival.id)).rejects.toMatchObject({ kind: 'accessDenied' });
      // The raw calls, without our code: DELETE and MERGE (X-HTTP-Method) answer 403.
      const item = emu.as(who).web.lists.getByTitle(TITLE).items.getById(carnival.id);
      await expect(item.delete()).rejects.toMatchObject({ status: 403 });
      await expect(item.update({ Title: 'Gewoon werken', SbDate: '2027-03-01T00:00:00Z' })).rejects.toMatchObject({ status: 403 });
    }
    const still = await new SpClosingDayRepository(emu.as(PEOPLE.employee)).between('2027-02-08', '2027-02-08');
    expect(still).toEqual([carnival]);
    expect(still[0]).toMatchObject({ name: 'Carnavalsmaandag', note: 'Alle locaties dicht' });
  });

  it('reads every closing day in range, past a page of 2,000 rows (no silent cap)', async () => {
    const rows: Array<Record<string, string>> = [];
    for (let i = 0; i < 2100; i++) {
      rows.push({ Title: `Dag ${i}`, SbDate: '2030-01-02T12:00:00Z' });
    }
    emu.addItemsDirect(TITLE, rows, PEOPLE.coach);
    const days = await new SpClosingDayRepository(emu.as(PEOPLE.employee)).between('2030-01-02', '2030-01-02');
    expect(days).toHaveLength(2100);
  });
});

describe('studioApi.loadStudio with closing days', () => {
  it('hands the studio the closing days from today on, still in at most two requests', async () => {
    await emu.resetStats();
    const data = await studioApi(emu.as(PEOPLE.ambassador)).loadStudio(NOW);
    expect((await emu.stats()).requests).toBeLessThanOrEqual(2);
    const dates = (data.closingDays || []).map((d) => d.date);
    expect(dates.slice(0, 3)).toEqual(['2026-12-31', '2027-02-08', '2027-03-01']);
    // Not what is past.
    expect(dates).not.toContain('2025-02-28');
  });

  it('still loads the studio when the list cannot be read (closingDays undefined)', async () => {
    await emu.as(PEOPLE.admin).web.lists.getByTitle(TITLE).delete();
    const data = await studioApi(emu.as(PEOPLE.ambassador)).loadStudio(NOW);
    expect(data.roles.isAmbassador).toBe(true);
    expect(data.closingDays).toBeUndefined();
  });
});
