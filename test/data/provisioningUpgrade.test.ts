import { provisionSchema, schemaAtVersion } from '../../src/data/provisioning/provision';
import { addItems } from '../../src/data/provisioning/addItems';
import '@pnp/sp/items';
import { SCHEMA } from '../../src/data/schema/lists';
import { SpWeeklyThemeRepository } from '../../src/data/repositories/SpWeeklyThemeRepository';
import { newsApi } from '../../src/data/views/newsApi';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';

// Set-up as a site owner would run it from the product: a dry run that tells what would
// change, a run that is resumable after a failure, and an upgrade of a site with data.

let emu: EmulatorFixture;

beforeEach(async () => {
  emu = await startEmulator();
});

afterEach(async () => {
  await emu.close();
});

describe('provisioning from the product', () => {
  it('a dry run on a blank site lists exactly what the real run then does, and writes nothing', async () => {
    const admin = emu.as(PEOPLE.admin);
    const planned = await provisionSchema(admin, SCHEMA, { dryRun: true });
    const lists = await admin.web.lists.select('Title')<{ Title: string }[]>();
    expect(lists.map((l) => l.Title).filter((t) => t.indexOf('SamenBeter') === 0)).toEqual([]);

    const progress: string[] = [];
    const done = await provisionSchema(admin, SCHEMA, { onStep: (s) => progress.push(`${s.kind} ${s.target}`) });
    expect(done.steps.map((s) => `${s.kind} ${s.target} ${s.detail}`).sort()).toEqual(
      planned.steps.map((s) => `${s.kind} ${s.target} ${s.detail}`).sort()
    );
    expect(progress).toHaveLength(done.steps.length);
    expect((await provisionSchema(admin, SCHEMA, { dryRun: true })).steps).toEqual([]);
  });

  it('continues where a failed run stopped', async () => {
    const admin = emu.as(PEOPLE.admin);
    // 503 without retries left halfway through: PnPjs gives up after 3 tries.
    let calls = 0;
    const failing = provisionSchema(admin, SCHEMA, {
      onStep: () => {
        calls++;
        if (calls === 20) {
          void emu.faults({ failNext: 3, status: 503, retryAfterSeconds: 0 });
        }
      }
    });
    await expect(failing).rejects.toMatchObject({ status: 503 });
    const rest = await provisionSchema(admin, SCHEMA);
    expect(rest.steps.length).toBeGreaterThan(0);
    expect((await provisionSchema(admin, SCHEMA, { dryRun: true })).steps).toEqual([]);
  });

  it('upgrades a version 1 site with data to version 2 without touching the data', async () => {
    const admin = emu.as(PEOPLE.admin);
    const v1 = schemaAtVersion(SCHEMA, 1);
    expect(v1.lists.map((l) => l.key)).not.toContain('privateRegistrations');
    await provisionSchema(admin, v1);
    await addItems(admin, 'weeklyThemes', [
      { Title: 'Bewegen', SbWeek: '2026-W48', SbTheme: 'fysiek', SbPillar: 'Kracht', SbSummary: 'Elke dag.', SbTip: 'Trap.' }
    ]);

    const plan = await provisionSchema(admin, SCHEMA, { dryRun: true });
    const targets = plan.steps.map((s) => `${s.kind} ${s.target}`);
    expect(targets).toEqual(
      expect.arrayContaining([
        'list SamenBeter Aanmeldingen besloten',
        'field SamenBeter Activiteiten/SbMeetingUrl',
        'field SamenBeter Aanmeldingen/SbUntil',
        'index SamenBeter Aanmeldingen/SbUntil'
      ])
    );
    // Nothing that exists is recreated.
    expect(targets.filter((t) => t === 'list SamenBeter Weekthemas')).toEqual([]);

    await provisionSchema(admin, SCHEMA);
    expect((await provisionSchema(admin, SCHEMA, { dryRun: true })).steps).toEqual([]);
    const theme = await new SpWeeklyThemeRepository(emu.as(PEOPLE.employee)).getForWeek('2026-W48');
    expect(theme).toEqual(expect.objectContaining({ title: 'Bewegen', summary: 'Elke dag.', tip: 'Trap.' }));
  });
});

describe('upgrading a version 3 development site to news pages (version 4)', () => {
  it('sets Site Pages up for news, says plainly that the old news list was left alone, and keeps it', async () => {
    const fresh = await startEmulator();
    try {
      const admin = fresh.as(PEOPLE.admin);
      await provisionSchema(admin, schemaAtVersion(SCHEMA, 3));
      // What schema 3 had: the list "SamenBeter Nieuws" with a post in it.
      await admin.web.lists.add('SamenBeter Nieuws', '', 100, false);
      await admin.web.lists.getByTitle('SamenBeter Nieuws').items.add({ Title: 'Oud bericht' });
      // Before the upgrade the news web part reports an out-of-date site (owners get the set-up panel).
      await expect(newsApi(fresh.as(PEOPLE.employee)).loadFeed({ pillar: null, pageSize: 5 })).rejects.toMatchObject({ kind: 'notProvisioned' });

      const plan = await provisionSchema(admin, SCHEMA, { dryRun: true });
      expect(plan.steps.map((s) => `${s.kind} ${s.target}`)).toEqual(
        expect.arrayContaining([
          'versions Site Pages',
          'scheduling Site Pages',
          'field Site Pages/SbNewsPost',
          'index Site Pages/SbNewsPost',
          'field Site Pages/SbPillar',
          'field Site Pages/SbPlannedFor'
        ])
      );
      expect(plan.findings).toEqual([{ kind: 'retired', target: 'SamenBeter Nieuws', detail: '1' }]);
      await provisionSchema(admin, SCHEMA);
      expect((await provisionSchema(admin, SCHEMA, { dryRun: true })).steps).toEqual([]);

      const library = await admin.web.getList('/sites/stella/SitePages').select('EnableMinorVersions', 'DraftVersionVisibility')<{ EnableMinorVersions: boolean; DraftVersionVisibility: number }>();
      expect(library).toEqual(expect.objectContaining({ EnableMinorVersions: true, DraftVersionVisibility: 1 }));
      expect((await newsApi(fresh.as(PEOPLE.employee)).loadFeed({ pillar: null, pageSize: 5 })).posts).toEqual([]);
      // The old list and its post are still there for an owner to look at and delete.
      const old = await admin.web.lists.getByTitle('SamenBeter Nieuws').items.select('Title')<{ Title: string }[]>();
      expect(old.map((i) => i.Title)).toEqual(['Oud bericht']);
    } finally {
      await fresh.close();
    }
  });
});

describe('setupApi (the "Stel #SamenBeter in" panel)', () => {
  it('tells an owner what is missing, sets everything up incl. the national days, then reports nothing to do', async () => {
    const { setupApi } = await import('../../src/data/views/setupApi');
    const owner = setupApi(emu.as(PEOPLE.coach));
    const before = await owner.check();
    expect(before.mayRunSetup).toBe(true);
    expect(before.steps.length).toBeGreaterThan(50);
    const seen: string[] = [];
    const steps = await owner.run((s) => seen.push(s.kind));
    expect(seen).toEqual(steps.map((s) => s.kind));
    expect(seen[seen.length - 1]).toBe('content');
    expect(await owner.check()).toEqual({ mayRunSetup: true, steps: [], findings: [] });
    // A second run adds no second set of national days.
    await owner.run(() => undefined);
    const days = await emu.as(PEOPLE.employee).web.lists.getByTitle('SamenBeter Nationale dagen').items.select('Id')();
    const { nationalDayDefaults } = await import('../../src/data/defaults/nationalDayDefaults');
    expect(days).toHaveLength(nationalDayDefaults().length);
  });

  it('shows an employee the ask-your-administrator message, and SharePoint refuses a forged run', async () => {
    const { setupApi } = await import('../../src/data/views/setupApi');
    const employee = setupApi(emu.as(PEOPLE.employee));
    expect(await employee.check()).toEqual({ mayRunSetup: false, steps: [], findings: [] });
    await expect(employee.run(() => undefined)).rejects.toMatchObject({ kind: 'accessDenied' });
  });
});

describe('upgrading a version 6 site to the locations list (version 7)', () => {
  it('adds "SamenBeter Locaties" and the activity\'s address and route fields, leaving the activities as they were', async () => {
    const admin = emu.as(PEOPLE.admin);
    await provisionSchema(admin, schemaAtVersion(SCHEMA, 6));
    const [id] = await addItems(admin, 'activities', [
      {
        Title: 'Lunchwandeling',
        SbPillar: 'Samen',
        SbShape: 'oneOff',
        SbStart: '2026-12-01T11:15:00Z',
        SbEnd: '2026-12-01T12:00:00Z',
        SbLocation: 'Stadhuis Markt, hoofdingang',
        SbStatus: 'open'
      }
    ]);

    const plan = await provisionSchema(admin, SCHEMA, { dryRun: true });
    expect(plan.steps.map((s) => `${s.kind} ${s.target}`)).toEqual(
      expect.arrayContaining(['list SamenBeter Locaties', 'field SamenBeter Activiteiten/SbAddress', 'field SamenBeter Activiteiten/SbRouteUrl', 'field SamenBeter Locaties/SbActive'])
    );
    expect(plan.steps.filter((s) => s.target === 'SamenBeter Activiteiten' && s.kind === 'list')).toEqual([]);
    await provisionSchema(admin, SCHEMA);
    expect((await provisionSchema(admin, SCHEMA, { dryRun: true })).steps).toEqual([]);

    const row = await admin.web.lists.getByTitle('SamenBeter Activiteiten').items.getById(id).select('Title', 'SbLocation', 'SbAddress', 'SbRouteUrl')();
    expect(row).toMatchObject({ Title: 'Lunchwandeling', SbLocation: 'Stadhuis Markt, hoofdingang', SbAddress: null, SbRouteUrl: null });
  });
});
