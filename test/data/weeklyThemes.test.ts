import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA } from '../../src/data/schema/lists';
import { SpWeeklyThemeRepository, weekKeysBetween } from '../../src/data/repositories/SpWeeklyThemeRepository';
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
    // Across the year and over more weeks than one query asks for (26): no week lost.
    await comms.add({ ...base, isoYear: 2027, isoWeek: 30, title: 'Week 2027-30' });
    const long = await comms.listRange('2026-W40', '2027-W30');
    expect(long.map((w) => `${w.isoYear}-${w.isoWeek}`)).toEqual(['2026-48', '2026-49', '2026-50', '2027-30']);
  });

  it('spells out the weeks of a range, across years, and refuses an absurd one instead of cutting it', () => {
    // 2026 has 53 ISO weeks (31 December is a Thursday); 2025 has 52.
    expect(weekKeysBetween('2026-W52', '2027-W02')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(weekKeysBetween('2025-W52', '2026-W01')).toEqual(['2025-W52', '2026-W01']);
    expect(() => weekKeysBetween('2020-W01', '2026-W01')).toThrow(RangeError);
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
