// Content approval (EnableModeration) and draft item security (DraftVersionVisibility) at the
// REST level with plain PnPjs — no product code. And what a list does NOT do: item scheduling
// (PublishingStartDate / PublishingExpirationDate are plain dates on a list; SharePoint
// schedules only in libraries with minor versions — see emulator/FIDELITY.md).
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users';
import '@pnp/sp/security';
import { COACH, EMPLOYEE, pnpError, spError, startHarness, type Harness } from './emulator-harness';

let h: Harness;
const LIST = 'Sb Nieuws';
const READ = 1073741826;
const NOW = '2026-11-22T10:00:00Z';

type Item = { Id: number; Title: string; OData__ModerationStatus: number };

beforeAll(async () => {
  h = await startHarness();
  await fetch(`${h.url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ now: NOW }) });
  const sp = h.sp(COACH);
  await sp.web.lists.add(LIST);
  const list = sp.web.lists.getByTitle(LIST);
  // Items that exist before approval is switched on count as approved.
  await list.items.add({ Title: 'Van voor de goedkeuring' });
  await list.fields.addDateTime('PublishingStartDate');
  await list.fields.addDateTime('PublishingExpirationDate');
  await list.update({ EnableModeration: true, DraftVersionVisibility: 2 });
  const [everyone] = await sp.web.siteUsers.filter("Title eq 'Everyone except external users'")();
  await list.breakRoleInheritance(true, true);
  await list.roleAssignments.add(everyone.Id, READ);
});
afterAll(async () => {
  await h.close();
});

const items = (email: string): Promise<Item[]> =>
  h.sp(email).web.lists.getByTitle(LIST).items.select('Id', 'Title', 'OData__ModerationStatus').orderBy('Id')<Item[]>();

const approve = (email: string, id: number, value = '0'): Promise<Response> =>
  h.api(`web/lists/getByTitle('${LIST}')/items(${id})/ValidateUpdateListItem`, {
    as: email,
    method: 'POST',
    body: JSON.stringify({ formValues: [{ FieldName: '_ModerationStatus', FieldValue: value }], bNewDocumentUpdate: false })
  });

describe('content approval on a list', () => {
  it('reports the list settings and the approval fields', async () => {
    const list = await h.sp(COACH).web.lists.getByTitle(LIST).select('EnableModeration', 'DraftVersionVisibility')<{ EnableModeration: boolean; DraftVersionVisibility: number }>();
    expect(list).toEqual(expect.objectContaining({ EnableModeration: true, DraftVersionVisibility: 2 }));
    const fields = await h.sp(COACH).web.lists.getByTitle(LIST).fields.filter("InternalName eq '_ModerationStatus'").select('InternalName', 'TypeAsString')();
    expect(fields).toEqual([expect.objectContaining({ InternalName: '_ModerationStatus', TypeAsString: 'ModStat' })]);
  });

  it('keeps new items pending (2) and hidden from readers until an approver approves them', async () => {
    const added = await h.sp(COACH).web.lists.getByTitle(LIST).items.add({ Title: 'Nieuw' });
    expect((await items(COACH)).map((i) => [i.Title, i.OData__ModerationStatus])).toEqual([
      ['Van voor de goedkeuring', 0],
      ['Nieuw', 2]
    ]);
    expect((await items(EMPLOYEE)).map((i) => i.Title)).toEqual(['Van voor de goedkeuring']);
    expect((await h.api(`web/lists/getByTitle('${LIST}')/items(${added.Id})`, { as: EMPLOYEE })).status).toBe(404);

    const response = await approve(COACH, added.Id);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: { FieldName: string; HasException: boolean; ItemId: number }[] };
    expect(body.value).toEqual([expect.objectContaining({ FieldName: '_ModerationStatus', HasException: false, ItemId: added.Id })]);
    expect((await items(EMPLOYEE)).map((i) => i.Title)).toEqual(['Van voor de goedkeuring', 'Nieuw']);
  });

  it('refuses approval by a reader and through MERGE', async () => {
    const added = await h.sp(COACH).web.lists.getByTitle(LIST).items.add({ Title: 'Niet voor jou' });
    expect((await approve(EMPLOYEE, added.Id)).status).toBe(404); // a reader does not even see it
    const merge = await h.api(`web/lists/getByTitle('${LIST}')/items(${added.Id})`, {
      as: COACH,
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: JSON.stringify({ OData__ModerationStatus: 0 })
    });
    expect((await spError(merge)).status).toBe(400);
  });

  it('puts an edited approved item back to pending', async () => {
    const added = await h.sp(COACH).web.lists.getByTitle(LIST).items.add({ Title: 'Bewerkt' });
    await approve(COACH, added.Id);
    await h.sp(COACH).web.lists.getByTitle(LIST).items.getById(added.Id).update({ Title: 'Bewerkt 2' });
    const item = (await items(COACH)).filter((i) => i.Id === added.Id)[0];
    expect(item.OData__ModerationStatus).toBe(2);
  });

  it('does not schedule list items: an approved item with a start ahead is approved (0) and readable at once', async () => {
    const list = h.sp(COACH).web.lists.getByTitle(LIST);
    const added = await list.items.add({ Title: 'Gepland', PublishingStartDate: '2026-11-24T08:00:00Z' });
    await approve(COACH, added.Id);
    const approved = (await items(COACH)).filter((i) => i.Id === added.Id)[0];
    expect(approved.OData__ModerationStatus).toBe(0);
    expect((await list.items.filter('OData__ModerationStatus eq 4').select('Title')<{ Title: string }[]>()).length).toBe(0);
    // The employee reads it two days before its "start": nothing hides it.
    expect((await items(EMPLOYEE)).map((i) => i.Title)).toContain('Gepland');
  });

  it('does not expire list items: an approved item past its expiry date stays readable', async () => {
    const list = h.sp(COACH).web.lists.getByTitle(LIST);
    const added = await list.items.add({ Title: 'Verlopen', PublishingExpirationDate: '2026-11-01T00:00:00Z' });
    await approve(COACH, added.Id);
    expect((await items(EMPLOYEE)).map((i) => i.Title)).toContain('Verlopen');
  });

  it('refuses the Scheduled status (4) in ValidateUpdateListItem', async () => {
    const added = await h.sp(COACH).web.lists.getByTitle(LIST).items.add({ Title: 'Status 4' });
    const error = await pnpError(
      h.sp(COACH).web.lists.getByTitle(LIST).items.getById(added.Id).validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '4' }])
    );
    expect(error.status).toBe(400);
  });

  it('refuses other fields in ValidateUpdateListItem loudly (not emulated)', async () => {
    const added = await h.sp(COACH).web.lists.getByTitle(LIST).items.add({ Title: 'x' });
    const error = await pnpError(
      h.sp(COACH).web.lists.getByTitle(LIST).items.getById(added.Id).validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'y' }])
    );
    expect(error.status).toBeGreaterThanOrEqual(400);
  });
});
