import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA } from '../../src/data/schema/lists';
import { SpWeeklyThemeRepository } from '../../src/data/repositories/SpWeeklyThemeRepository';
import { loadThemeOfWeekView } from '../../src/data/views/loadThemeOfWeekView';
import { DataError } from '../../src/core/errors';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';

let emu: EmulatorFixture;

beforeAll(async () => {
  emu = await startEmulator();
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'communications', [PEOPLE.comms]);
});

afterAll(async () => {
  await emu.close();
});

const base = {
  isoYear: 2026,
  theme: 'voeding' as const,
  pillar: 'Kracht' as const,
  summary: 'Eet de regenboog.',
  tip: "Neem fruit mee naar 't overleg.",
  imageUrl: null,
  linkUrl: 'https://www.365vitaal.nl/voeding'
};

describe('SpWeeklyThemeRepository against the emulator', () => {
  it('lets Communications plan a week and everyone read it back, quotes and OData syntax included', async () => {
    const comms = new SpWeeklyThemeRepository(emu.as(PEOPLE.comms));
    const title = "Gezond eten op 't werk eq 'x' or 1 eq 1";
    const added = await comms.add({ ...base, isoWeek: 48, title });
    expect(added.id).toBeGreaterThan(0);

    const employee = new SpWeeklyThemeRepository(emu.as(PEOPLE.employee));
    const read = await employee.getForWeek('2026-W48');
    expect(read).toEqual({ ...base, isoWeek: 48, title, id: added.id });
    expect(await employee.getForWeek('2026-W49')).toBeUndefined();
  });

  it('lists a range of weeks in week order', async () => {
    const comms = new SpWeeklyThemeRepository(emu.as(PEOPLE.comms));
    await comms.add({ ...base, isoWeek: 50, title: 'Week 50', theme: 'motivatie', pillar: 'Samen' });
    await comms.add({ ...base, isoWeek: 49, title: 'Week 49', theme: 'mentaal' });
    const weeks = await comms.listRange('2026-W49', '2026-W52');
    expect(weeks.map((w) => w.isoWeek)).toEqual([49, 50]);
  });

  it('refuses an employee who forges a write (403 mapped to accessDenied)', async () => {
    const employee = new SpWeeklyThemeRepository(emu.as(PEOPLE.employee));
    const attempt = employee.add({ ...base, isoWeek: 51, title: 'Niet van mij' });
    await expect(attempt).rejects.toBeInstanceOf(DataError);
    await expect(attempt).rejects.toMatchObject({ kind: 'accessDenied', status: 403 });
  });

  it('loads the web part view (theme + roles) in exactly one HTTP request', async () => {
    await emu.resetStats();
    const view = await loadThemeOfWeekView(emu.as(PEOPLE.comms), '2026-W48');
    expect((await emu.stats()).requests).toBe(1);
    expect(view.theme && view.theme.isoWeek).toBe(48);
    expect(view.roles).toEqual(expect.objectContaining({ isCommunications: true, isOwner: false, isAmbassador: false }));

    const coachView = await loadThemeOfWeekView(emu.as(PEOPLE.coach), '2026-W47');
    expect(coachView.theme).toBeUndefined();
    expect(coachView.roles.isOwner).toBe(true);
  });
});
