import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA } from '../../src/data/schema/lists';
import { spForSiteUrl, SPFI } from '../../src/data/sp/spFactory';
import { BearerIdentity } from '../../src/data/sp/behaviors';
import { CacheReads } from '../../src/data/sp/cacheReads';
import { loadThemeOfWeekView } from '../../src/data/views/loadThemeOfWeekView';
import { loadCatalogueView } from '../../src/data/views/loadCatalogueView';
import { newsApi } from '../../src/data/views/newsApi';
import { studioApi } from '../../src/data/views/studioApi';
import { SpWeeklyThemeRepository } from '../../src/data/repositories/SpWeeklyThemeRepository';
import { lunchWalkDraft } from '../support/drafts';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';

// The intranet home as SPFx builds it: news, theme and activities web parts, each with its
// own PnPjs instance, load at the same moment. Their reads travel together (page-wide read
// coalescing), and a reload reuses what may be reused (roles, a verified catalogue page).

let emu: EmulatorFixture;
const NOW = new Date('2026-11-23T09:00:00Z');

/** One web part's PnPjs instance, as SPFx would build it for `email`. */
function webPart(email: string, session: string): SPFI {
  return spForSiteUrl(emu.siteUrl, BearerIdentity(email), CacheReads({ userKey: `${session}|${email}` }));
}

async function loadHome(email: string, session: string): Promise<{ themeTitle: string | undefined; news: number; activities: number }> {
  const [theme, news, catalogue] = await Promise.all([
    loadThemeOfWeekView(webPart(email, session), '2026-W48'),
    newsApi(webPart(email, session)).loadFeed({ pillar: null, pageSize: 6 }),
    loadCatalogueView(webPart(email, session), {}, NOW, 12)
  ]);
  return { themeTitle: theme.theme && theme.theme.title, news: news.posts.length, activities: catalogue.activities.length };
}

beforeAll(async () => {
  emu = await startEmulator();
  await emu.setNow(NOW);
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'communications', [PEOPLE.comms]);
  await addGroupMembers(admin, 'ambassadors', [PEOPLE.ambassador]);
  await new SpWeeklyThemeRepository(emu.as(PEOPLE.comms)).add({
    isoYear: 2026, isoWeek: 48, theme: 'voeding', pillar: 'Kracht', title: 'Gezond eten', summary: '', tip: '', imageUrl: null, linkUrl: null
  });
  const studio = studioApi(emu.as(PEOPLE.ambassador));
  await studio.publish(lunchWalkDraft());
});

afterAll(async () => {
  await emu.close();
});

describe('the intranet home against the emulator', () => {
  it('costs at most 3 requests cold (measured: 2) and 1 on a reload', async () => {
    await emu.resetStats();
    const cold = await loadHome(PEOPLE.employee, 'tab-1');
    const coldRequests = (await emu.stats()).requests;
    expect(cold.themeTitle).toBe('Gezond eten');
    expect(cold.activities).toBe(1);
    expect(coldRequests).toBeLessThanOrEqual(3);
    expect(coldRequests).toBe(2);

    await emu.resetStats();
    const warm = await loadHome(PEOPLE.employee, 'tab-1');
    expect(warm).toEqual(cold);
    expect((await emu.stats()).requests).toBe(1);
  });

  it('notices a changed activity list on a reload instead of showing the remembered page', async () => {
    await loadHome(PEOPLE.employee, 'tab-2');
    // A minute later (SharePoint's LastItemModifiedDate counts in seconds).
    await emu.setNow(new Date(NOW.getTime() + 60000));
    await studioApi(emu.as(PEOPLE.ambassador)).publish(lunchWalkDraft({ title: 'Tweede wandeling' }));
    await emu.resetStats();
    const again = await loadHome(PEOPLE.employee, 'tab-2');
    expect(again.activities).toBe(2);
    // One round to find out, then the list and the places again.
    expect((await emu.stats()).requests).toBe(3);
  });

  it('never mixes two people: their reads travel in separate batches with their own roles', async () => {
    await emu.resetStats();
    const [employee, comms] = await Promise.all([
      loadThemeOfWeekView(webPart(PEOPLE.employee, 'a'), '2026-W48'),
      loadThemeOfWeekView(webPart(PEOPLE.comms, 'b'), '2026-W48')
    ]);
    expect(employee.roles.isCommunications).toBe(false);
    expect(comms.roles.isCommunications).toBe(true);
    expect((await emu.stats()).requests).toBe(2);
  });

  it('sends the same read, asked by two web parts at once, as one plain request', async () => {
    await emu.resetStats();
    const read = (): Promise<{ Id: number }> => webPart(PEOPLE.employee, 'd').web.currentUser.select('Id')<{ Id: number }>();
    const [a, b] = await Promise.all([read(), read()]);
    expect(a.Id).toBeGreaterThan(0);
    expect(b).toEqual(a);
    expect((await emu.stats()).requests).toBe(1);
  });

  it('falls back to single reads when the $batch keeps being refused', async () => {
    await emu.faults({ failNext: 3, status: 503, retryAfterSeconds: 0 });
    await emu.resetStats();
    const view = await loadThemeOfWeekView(webPart(PEOPLE.employee, 'c'), '2026-W48');
    expect(view.theme && view.theme.title).toBe('Gezond eten');
    // Three tries of the batch (PnPjs's retry rules), then the theme and the four role
    // reads (user, web and two lists' effective permissions) one by one.
    expect((await emu.stats()).requests).toBe(8);
  });
});
