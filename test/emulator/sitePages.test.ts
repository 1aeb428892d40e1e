// The Site Pages library as PnPjs clientside-pages meets it: pages created, saved as drafts
// (minor versions), published, scheduled and promoted; draft item security keeping every
// draft and scheduled page from readers on every endpoint until its time.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/batching';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/clientside-pages';
import { CheckinType } from '@pnp/sp/files';
import { ClientsideText, IClientsidePage, PromotedState } from '@pnp/sp/clientside-pages';
import { COACH, COMMS, EMPLOYEE, pnpError, startHarness, type Harness } from './emulator-harness';

let h: Harness;
let libraryId: string;

beforeAll(async () => {
  h = await startHarness();
  // Communications edits the site (Members: Edit); employees only read.
  await h.sp(COACH).web.siteGroups.getById(5).users.add(`i:0#.f|membership|${COMMS}`);
  libraryId = (await h.sp(COACH).web.lists.getByTitle('Site Pages').select('Id')<{ Id: string }>()).Id;
});
afterAll(async () => {
  await h.close();
});

async function draftPage(title: string, text: string): Promise<{ page: IClientsidePage; id: number }> {
  const page = await h.sp(COMMS).web.addClientsidePage(title, title, 'Article', PromotedState.PromoteOnPublish);
  page.addSection().addControl(new ClientsideText(`<p>${text}</p>`));
  await page.save(false);
  const item = await page.getItem<{ Id: number }>('Id');
  return { page, id: item.Id };
}

async function pageData(id: number, as = COMMS): Promise<Record<string, unknown>> {
  return (await (await h.api(`sitepages/pages(${id})`, { as })).json()) as Record<string, unknown>;
}

/** Everything an employee can get of a page, endpoint by endpoint (status codes and bodies). */
async function employeeView(id: number, fileName: string): Promise<Record<string, string>> {
  const read = async (path: string): Promise<string> => {
    const response = await h.api(path, { as: EMPLOYEE });
    return `${response.status} ${await response.text()}`;
  };
  const file = `web/getFileByServerRelativePath(decodedUrl='/sites/stella/SitePages/${fileName}')`;
  const [batched, execute] = h.sp(EMPLOYEE).batched();
  const inBatch = batched.web.lists.getByTitle('Site Pages').items.getById(id)().then((r) => JSON.stringify(r), (e: Error) => `error ${e.message}`);
  await execute();
  const aspx = await fetch(`${h.siteUrl}/SitePages/${fileName}`, { headers: { Authorization: `Bearer ${EMPLOYEE}` } });
  return {
    aspx: `${aspx.status} ${await aspx.text()}`,
    items: await read(`web/lists/getByTitle('Site Pages')/items?$select=Id,Title,CanvasContent1&$filter=Id eq ${id}`),
    item: await read(`web/lists/getByTitle('Site Pages')/items(${id})`),
    page: await read(`sitepages/pages(${id})`),
    file: await read(file),
    fields: await read(`${file}/listItemAllFields`),
    value: await read(`${file}/$value`),
    batch: await inBatch
  };
}

describe('Site Pages: drafts, publishing and draft item security', () => {
  it('is a modern page library PnPjs finds (template 119, SP.Data.SitePagesItem, minor versions)', async () => {
    const response = await h.api('lists/EnsureClientRenderedSitePagesLibrary?$select=Id,EnableMinorVersions,EnableModeration,BaseTemplate', { method: 'POST', as: COMMS });
    expect(response.status).toBe(200);
    const list = (await response.json()) as { Id: string; EnableMinorVersions: boolean; BaseTemplate: number };
    expect(list).toEqual(expect.objectContaining({ Id: libraryId, EnableMinorVersions: true, BaseTemplate: 119 }));
    const type = await h.sp(COMMS).web.lists.getById(libraryId).select('ListItemEntityTypeFullName')<{ ListItemEntityTypeFullName: string }>();
    expect(type.ListItemEntityTypeFullName).toBe('SP.Data.SitePagesItem');
  });

  it('creates a page the PnPjs way: a checked-out 0.1 its author alone sees, named after the title', async () => {
    const { id } = await draftPage('Gezond de winter door', 'Eet elke dag groente.');
    const loaded = await h.sp(COMMS).web.loadClientsidePage('/sites/stella/SitePages/Gezond-de-winter-door.aspx');
    expect(loaded.title).toBe('Gezond de winter door');
    const json = await pageData(id);
    expect(String(json.CanvasContent1)).toContain('Eet elke dag groente.');
    expect(json).toEqual(expect.objectContaining({ Version: '0.1', IsPageCheckedOutToCurrentUser: true, Id: id }));
    // Nobody else sees a page that was never checked in, not even another editor.
    expect((await pnpError(h.sp(COACH).web.lists.getByTitle('Site Pages').items.getById(id)())).status).toBe(404);
    const view = await employeeView(id, 'Gezond-de-winter-door.aspx');
    expect(Object.values(view).every((v) => !v.includes('Eet elke dag groente'))).toBe(true);
  });

  it("shows a checked-in draft (0.1) to readers while the library has SharePoint's default draft security, and to nobody but editors once it is 'only users who can edit'", async () => {
    const { id } = await draftPage('Fietsen naar het werk', 'Fiets mee in maart.');
    const file = h.sp(COMMS).web.getFileByServerRelativePath('/sites/stella/SitePages/Fietsen-naar-het-werk.aspx');
    await file.checkin('', CheckinType.Minor);
    // Default DraftVersionVisibility 0 ("any user who can read items"): the draft is readable.
    expect((await employeeView(id, 'Fietsen-naar-het-werk.aspx')).items).toContain('Fiets mee in maart.');

    await h.sp(COACH).web.lists.getById(libraryId).update({ DraftVersionVisibility: 1 });
    const view = await employeeView(id, 'Fietsen-naar-het-werk.aspx');
    for (const [endpoint, answer] of Object.entries(view)) {
      expect([endpoint, answer.includes('Fiets mee in maart.')]).toEqual([endpoint, false]);
    }
    expect(view.items).toMatch(/^200 /);
    expect(view.page).toMatch(/^404 /);
    expect(view.file).toMatch(/^404 /);
    // Another editor sees the draft in the list.
    const seen = await h.sp(COACH).web.lists.getByTitle('Site Pages').items.getById(id).select('Title', 'OData__UIVersionString')<{ Title: string; OData__UIVersionString: string }>();
    expect(seen).toEqual(expect.objectContaining({ Title: 'Fietsen naar het werk', OData__UIVersionString: '0.1' }));
  });

  it('publishes a major version readers see, promoted to news, and keeps showing it while the next draft is edited', async () => {
    const { page, id } = await draftPage('Week van de werkstress', 'Eerste versie.');
    await page.save(true);
    let view = await employeeView(id, 'Week-van-de-werkstress.aspx');
    expect(view.page).toContain('Eerste versie.');
    expect(view.value).toContain('Eerste versie.');
    const published = await h.sp(EMPLOYEE).web.lists.getByTitle('Site Pages').items.getById(id)
      .select('PromotedState', 'FirstPublishedDate', 'OData__UIVersionString')<{ PromotedState: number; FirstPublishedDate: string | null; OData__UIVersionString: string }>();
    expect(published).toEqual(expect.objectContaining({ PromotedState: 2, OData__UIVersionString: '1.0' }));
    expect(published.FirstPublishedDate).not.toBeNull();

    const again = await h.sp(COMMS).web.loadClientsidePage('/sites/stella/SitePages/Week-van-de-werkstress.aspx');
    again.title = 'Week van de werkstress (bijgewerkt)';
    await again.save(false);
    await h.sp(COMMS).web.getFileByServerRelativePath('/sites/stella/SitePages/Week-van-de-werkstress.aspx').checkin('', CheckinType.Minor);
    view = await employeeView(id, 'Week-van-de-werkstress.aspx');
    expect(view.page).toContain('"Title":"Week van de werkstress"');
    expect(view.items).not.toContain('bijgewerkt');
    const editor = await h.sp(COACH).web.lists.getByTitle('Site Pages').items.getById(id).select('Title', 'OData__UIVersionString')<{ Title: string; OData__UIVersionString: string }>();
    expect(editor).toEqual(expect.objectContaining({ Title: 'Week van de werkstress (bijgewerkt)', OData__UIVersionString: '1.1' }));
  });

  it('schedules only where the owner switched page scheduling on, and publishes at the time, not before', async () => {
    const { page, id } = await draftPage('Nationale Sportweek', 'Doe mee met de sportweek.');
    const at = new Date(Date.now() + 3 * 86_400_000);
    const refused = await pnpError(page.schedulePublish(at));
    expect(refused.status).toBe(400);

    // Managing the library (Edit, Full Control) is needed to switch it on; readers cannot.
    expect((await h.api(`sitepages/pagesinlib(guid'${libraryId}')/setscheduling(true)`, { method: 'POST', as: EMPLOYEE })).status).toBe(403);
    expect((await h.api(`sitepages/pagesinlib(guid'${libraryId}')/setscheduling(true)`, { method: 'POST', as: COACH })).status).toBe(200);

    expect(await page.schedulePublish(at)).toBe('0.1');
    const before = await employeeView(id, 'Nationale-Sportweek.aspx');
    expect(Object.values(before).some((v) => v.includes('Doe mee met de sportweek.'))).toBe(false);
    const scheduled = await h.sp(COMMS).web.lists.getByTitle('Site Pages').items.getById(id).select('OData__PublishStartDate', 'PromotedState')<{ OData__PublishStartDate: string; PromotedState: number }>();
    expect(scheduled).toEqual(expect.objectContaining({ OData__PublishStartDate: at.toISOString().replace(/\.\d{3}Z$/, 'Z'), PromotedState: 1 }));

    h.emulator.clock.set(new Date(at.getTime() + 60_000));
    try {
      const after = await employeeView(id, 'Nationale-Sportweek.aspx');
      for (const endpoint of ['aspx', 'item', 'page', 'fields', 'value', 'batch']) expect([endpoint, after[endpoint].includes('Doe mee met de sportweek.')]).toEqual([endpoint, true]);
      const live = await h.sp(EMPLOYEE).web.lists.getByTitle('Site Pages').items.getById(id)
        .select('PromotedState', 'OData__UIVersionString')<{ PromotedState: number; OData__UIVersionString: string }>();
      expect(live).toEqual(expect.objectContaining({ PromotedState: 2, OData__UIVersionString: '1.0' }));
    } finally {
      h.emulator.clock.reset();
    }
  });

  it("keeps a page that is checked out to one editor from another editor's save", async () => {
    const { id } = await draftPage('Mentale fitheid', 'Tekst.');
    const response = await h.api(`sitepages/pages(${id})/savepage`, { method: 'POST', as: COACH, body: JSON.stringify({ Title: 'Overgenomen' }) });
    expect(response.status).toBe(423);
    // Without a check-out of one's own, a save is refused as well.
    await h.sp(COMMS).web.getFileByServerRelativePath('/sites/stella/SitePages/Mentale-fitheid.aspx').checkin('', CheckinType.Minor);
    const unchecked = await h.api(`sitepages/pages(${id})/savepage`, { method: 'POST', as: COACH, body: JSON.stringify({ Title: 'Overgenomen' }) });
    expect(unchecked.status).toBe(400);
    expect((await pageData(id, COACH)).Title).toBe('Mentale fitheid');
    // A freshly loaded page knows it is no longer checked out, so save() checks it out again.
    await (await h.sp(COMMS).web.loadClientsidePage('/sites/stella/SitePages/Mentale-fitheid.aspx')).save(false);
    const checkout = await h.api(`sitepages/pages(${id})/checkoutpage`, { method: 'POST', as: COACH });
    expect(checkout.status).toBe(423);
  });

  it('refuses list items without a file in the library, and readers cannot create pages', async () => {
    expect((await pnpError(h.sp(COMMS).web.lists.getByTitle('Site Pages').items.add({ Title: 'Los item' }))).status).toBe(400);
    const response = await h.api('sitepages/pages', { method: 'POST', as: EMPLOYEE, body: JSON.stringify({ PageLayoutType: 'Article', PromotedState: 0 }) });
    expect(response.status).toBe(403);
  });
});
