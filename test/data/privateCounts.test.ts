import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA, listDef } from '../../src/data/schema/lists';
import { studioApi } from '../../src/data/views/studioApi';
import { activitiesApi } from '../../src/data/views/activitiesApi';
import { loadCatalogueView } from '../../src/data/views/loadCatalogueView';
import { SpRegistrationRepository } from '../../src/data/repositories/SpRegistrationRepository';
import { SpPrivateCountRepository } from '../../src/data/repositories/SpPrivateCountRepository';
import { lunchWalkDraft } from '../support/drafts';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';

// A private activity (the menopause workshop): employees never read who signed up, not even
// over REST, yet they see how many did — the numbers a coordinator's studio published.

let emu: EmulatorFixture;
const NOW = new Date('2026-11-22T10:00:00Z');
const COUNTS = listDef('privateCounts').title;
let workshopId: number;

async function userId(email: string): Promise<number> {
  return (await emu.as(email).web.currentUser.select('Id')<{ Id: number }>()).Id;
}

beforeAll(async () => {
  emu = await startEmulator();
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'ambassadors', [PEOPLE.ambassador, PEOPLE.ambassador2]);
  // Private activities are the coordinators' (only they read private sign-ups).
  const published = await studioApi(emu.as(PEOPLE.coach)).publish(
    lunchWalkDraft({ title: 'Workshop Overgang en Werk', shape: 'oneOff', dates: ['2026-12-10'], capacity: '2', isPrivate: true })
  );
  workshopId = published.activity.id;
  for (const email of [PEOPLE.employee, PEOPLE.employee2, PEOPLE.ambassador]) {
    await new SpRegistrationRepository(emu.as(email)).signUp({ activityId: workshopId, sessionDate: null, isPrivate: true }, await userId(email));
  }
});

afterAll(async () => {
  await emu.close();
});

describe('published counts of a private activity', () => {
  it('shows employees the numbers of the coordinator’s last look (zero at publishing), and only numbers', async () => {
    const before = await loadCatalogueView(emu.as(PEOPLE.employee), {}, NOW, 12);
    expect(before.activities[0].isPrivate).toBe(true);
    expect(before.activities[0].publishedCounts && before.activities[0].publishedCounts.slots).toEqual([{ sessionDate: null, confirmed: 0, waiting: 0 }]);

    // An ambassador cannot read private sign-ups, so publishes nothing.
    const ambassador = studioApi(emu.as(PEOPLE.ambassador));
    await ambassador.loadCounts([before.activities[0]], NOW);
    expect((await loadCatalogueView(emu.as(PEOPLE.employee), {}, NOW, 12)).activities[0].publishedCounts!.slots[0].confirmed).toBe(0);

    const coordinator = studioApi(emu.as(PEOPLE.coach));
    const all = await coordinator.loadStudio(NOW);
    await coordinator.loadCounts(all.activities.map((a) => a.activity), NOW);

    const after = await loadCatalogueView(emu.as(PEOPLE.employee2), {}, NOW, 12);
    expect(after.activities[0].publishedCounts).toEqual({
      activityId: workshopId,
      countedAt: NOW,
      slots: [{ sessionDate: null, confirmed: 2, waiting: 1 }]
    });
    // Still nobody else's sign-up in sight.
    expect(after.slotRegistrations.every((r) => r.person.id === after.roles.userId)).toBe(true);
    // The shared-link detail gets them too.
    const detail = await activitiesApi(emu.as(PEOPLE.employee)).loadActivity(workshopId);
    expect(detail.activity && detail.activity.publishedCounts && detail.activity.publishedCounts.slots).toEqual([
      { sessionDate: null, confirmed: 2, waiting: 1 }
    ]);
  });

  it('writes again only when the numbers changed', async () => {
    const coordinator = studioApi(emu.as(PEOPLE.coach));
    const all = await coordinator.loadStudio(NOW);
    await emu.resetStats();
    await coordinator.loadCounts(all.activities.map((a) => a.activity), NOW);
    const unchanged = await emu.stats();
    expect(unchanged.requests).toBe(1); // the reads only
    const items = await emu.as(PEOPLE.admin).web.lists.getByTitle(COUNTS).items.select('Id')();
    expect(items).toHaveLength(1);
  });

  it('refuses counts from anyone but the coordinators (forged requests)', async () => {
    await expect(
      new SpPrivateCountRepository(emu.as(PEOPLE.ambassador2)).publish(workshopId, [{ sessionDate: null, confirmed: 99, waiting: 0 }], new Date('2026-11-23T10:00:00Z'))
    ).rejects.toMatchObject({ kind: 'accessDenied' });
    const view = await loadCatalogueView(emu.as(PEOPLE.employee), {}, NOW, 12);
    expect(view.activities[0].publishedCounts && view.activities[0].publishedCounts.slots[0].confirmed).toBe(2);

    const forged = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('${COUNTS}')/items`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${PEOPLE.employee}` },
      body: JSON.stringify({ Title: 'x', SbActivityId: workshopId, SbCounts: '[{"d":null,"c":0,"w":0}]', SbCountedAt: '2026-11-24T00:00:00Z' })
    });
    expect(forged.status).toBe(403);
    // The private sign-ups themselves stay unreadable over raw REST.
    const raw = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('${listDef('privateRegistrations').title}')/items?$select=Id,AuthorId`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${PEOPLE.employee}` }
    });
    const seen = ((await raw.json()) as { value: { AuthorId: number }[] }).value;
    expect(seen.map((i) => i.AuthorId)).toEqual([await userId(PEOPLE.employee)]);
  });
});
