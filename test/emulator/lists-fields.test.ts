// Lists (add, read, 404, update) and fields in every form PnPjs v4 sends.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import { ADMIN, COACH, EMPLOYEE, pnpError, spError, startHarness, type Harness } from './emulator-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('lists', () => {
  it('adds a list with the body PnPjs sends and derives EntityTypeName like SharePoint', async () => {
    const info = await h.sp(COACH).web.lists.add('Sb Activities', 'Activiteiten', 100, false, { ReadSecurity: 1 });
    expect(info).toMatchObject({
      Title: 'Sb Activities', Description: 'Activiteiten', BaseTemplate: 100, EntityTypeName: 'SbActivitiesList',
      ListItemEntityTypeFullName: 'SP.Data.SbActivitiesListItem', ItemCount: 0, ReadSecurity: 1, WriteSecurity: 1,
      HasUniqueRoleAssignments: false, Hidden: false
    });
    expect(info.Id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reads a list by a title with a quote (doubled, URI-encoded) and by id', async () => {
    const sp = h.sp(COACH);
    const added = await sp.web.lists.add("O'Brien's list");
    const byTitle = await sp.web.lists.getByTitle("O'Brien's list").select('Id', 'Title', 'ItemCount')();
    expect(byTitle).toMatchObject({ Id: added.Id, Title: "O'Brien's list", ItemCount: 0 });
    expect(byTitle).not.toHaveProperty('Description');
    const byId = await sp.web.lists.getById(added.Id)();
    expect(byId.Title).toBe("O'Brien's list");
    const raw = await h.api(`web/lists(guid'${added.Id}')`);
    expect(((await raw.json()) as { Title: string }).Title).toBe("O'Brien's list");
  });

  it('answers 404 with SharePoint\'s message naming the list and the site', async () => {
    const error = await pnpError(h.sp(COACH).web.lists.getByTitle("Nobody's list")());
    expect(error).toEqual({
      status: 404, code: '-1, System.ArgumentException',
      message: `List 'Nobody's list' does not exist at site with URL '${h.siteUrl}'.`
    });
  });

  it('refuses a second list with the same title', async () => {
    const error = await pnpError(h.sp(COACH).web.lists.add('sb activities'));
    expect(error.code).toBe('-2130575342, Microsoft.SharePoint.SPException');
    expect(error.message).toBe('A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
  });

  it('filters web/lists on Title', async () => {
    const lists = await h.sp(COACH).web.lists.filter("Title eq 'Sb Activities'").select('Title', 'EntityTypeName')();
    expect(lists.map((l) => l.Title)).toEqual(['Sb Activities']);
  });

  it('updates ReadSecurity/WriteSecurity/Description with MERGE', async () => {
    const sp = h.sp(COACH);
    const list = sp.web.lists.getByTitle("O'Brien's list");
    await list.update({ ReadSecurity: 2, WriteSecurity: 2, Description: 'Eigen items' });
    expect(await list.select('ReadSecurity', 'WriteSecurity', 'Description')()).toMatchObject({ ReadSecurity: 2, WriteSecurity: 2, Description: 'Eigen items' });
  });

  it('rejects unknown list properties with SharePoint\'s message', async () => {
    const error = await pnpError(h.sp(COACH).web.lists.getByTitle('Sb Activities').update({ Colour: 'red' } as never));
    expect(error).toEqual({
      status: 400, code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: "The property 'Colour' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type."
    });
  });

  it('needs Manage Lists (Edit) to create a list: an employee gets access denied', async () => {
    const error = await pnpError(h.sp(EMPLOYEE).web.lists.add('Mine'));
    expect(error).toEqual({
      status: 403, code: '-2147024891, System.UnauthorizedAccessException',
      message: 'Access denied. You do not have permission to perform this action or access this resource.'
    });
  });
});

const title = 'Field forms';

describe('fields', () => {
  beforeAll(async () => {
    await h.sp(COACH).web.lists.add(title);
  });

  it('adds every field type in the forms PnPjs uses', async () => {
    const sp = h.sp(COACH);
    const fields = sp.web.lists.getByTitle(title).fields;
    const target = await sp.web.lists.getByTitle('Sb Activities')();
    const text = await fields.addText('Location', { MaxLength: 80 });
    expect(text).toMatchObject({ InternalName: 'Location', TypeAsString: 'Text', FieldTypeKind: 2, MaxLength: 80, Indexed: false });
    expect(await fields.addNumber('Capacity', { MinimumValue: 0 })).toMatchObject({ TypeAsString: 'Number', MinimumValue: 0 });
    expect(await fields.addDateTime('Start')).toMatchObject({ TypeAsString: 'DateTime', DisplayFormat: 0 });
    expect(await fields.addBoolean('Published')).toMatchObject({ TypeAsString: 'Boolean', FieldTypeKind: 8 });
    expect(await fields.addChoice('Kind', { Choices: ['Sport', 'Eten'] })).toMatchObject({ TypeAsString: 'Choice', Choices: { results: ['Sport', 'Eten'] } });
    expect(await fields.addMultiChoice('Tags', { Choices: ['a', 'b'] })).toMatchObject({ TypeAsString: 'MultiChoice', Choices: { results: ['a', 'b'] } });
    // fields.add asks for verbose JSON, so collections come back as {results}; minimal metadata has plain arrays.
    expect((await fields.getByInternalNameOrTitle('Kind')()).Choices).toEqual(['Sport', 'Eten']);
    expect(await fields.addUser('Coach')).toMatchObject({ TypeAsString: 'User', FieldTypeKind: 20 });
    expect(await fields.addUrl('Link')).toMatchObject({ TypeAsString: 'URL' });
    expect(await fields.addMultilineText('Body', { RichText: true })).toMatchObject({ TypeAsString: 'Note', RichText: true });
    const lookup = await fields.addLookup('Activity', { LookupListId: target.Id, LookupFieldName: 'Title' });
    expect(lookup).toMatchObject({ InternalName: 'Activity', TypeAsString: 'Lookup', LookupList: `{${target.Id}}`, LookupField: 'Title' });
    const xml = await fields.createFieldAsXml('<Field Type="Text" DisplayName="Room Code" Name="RoomCode" Required="TRUE" Indexed="TRUE" />');
    expect(xml).toMatchObject({ InternalName: 'RoomCode', Title: 'Room Code', Required: true, Indexed: true });
  });

  it('derives the internal name from a title with spaces like SharePoint', async () => {
    const field = await h.sp(COACH).web.lists.getByTitle(title).fields.addText('Meeting point');
    expect(field.InternalName).toBe('Meeting_x0020_point');
  });

  it('finds fields by internal name or title and updates Indexed, Title, Required, Description', async () => {
    const fields = h.sp(COACH).web.lists.getByTitle(title).fields;
    const field = fields.getByInternalNameOrTitle('Location');
    await field.update({ Indexed: true, Title: 'Locatie', Required: true, Description: 'Waar' }, 'SP.FieldText');
    const updated = await fields.getByInternalNameOrTitle('Locatie')();
    expect(updated).toMatchObject({ InternalName: 'Location', Title: 'Locatie', Indexed: true, Required: true, Description: 'Waar' });
    const indexed = await fields.filter('Indexed eq true').select('InternalName')();
    expect(indexed.map((f) => f.InternalName).sort()).toEqual(['ID', 'Location', 'RoomCode']);
  });

  it('answers 404 for a field that does not exist', async () => {
    const error = await pnpError(h.sp(COACH).web.lists.getByTitle(title).fields.getByInternalNameOrTitle('Nope')());
    expect(error).toEqual({ status: 404, code: '-2147024809, System.ArgumentException', message: "Column 'Nope' does not exist. It may have been deleted by another user." });
  });

  it('rejects a property the field type does not have', async () => {
    const response = await h.api(`web/lists/getByTitle('${encodeURIComponent(title)}')/fields`, {
      method: 'POST', as: COACH,
      headers: { Accept: 'application/json;odata=verbose', 'Content-Type': 'application/json;odata=verbose' },
      body: JSON.stringify({ __metadata: { type: 'SP.FieldNumber' }, Title: 'Bad', FieldTypeKind: 9, MaxLength: 5 })
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: { value: string } } };
    expect(body.error.message.value).toBe("The property 'MaxLength' does not exist on type 'SP.FieldNumber'. Make sure to only use property names that are defined by the type.");
  });

  it('answers verbose JSON to a verbose request', async () => {
    const response = await h.api(`web/lists/getByTitle('${encodeURIComponent(title)}')/fields/getByInternalNameOrTitle('Capacity')`, {
      headers: { Accept: 'application/json;odata=verbose' }
    });
    const body = (await response.json()) as { d: { __metadata: { type: string }; InternalName: string } };
    expect(body.d.__metadata.type).toBe('SP.FieldNumber');
    expect(body.d.InternalName).toBe('Capacity');
  });

  it('needs Manage Lists to add a field', async () => {
    const error = await pnpError(h.sp(EMPLOYEE).web.lists.getByTitle(title).fields.addText('Sneaky'));
    expect(error.status).toBe(403);
    expect(error.code).toBe('-2147024891, System.UnauthorizedAccessException');
    // the admin (site collection administrator) may
    expect((await h.sp(ADMIN).web.lists.getByTitle(title).fields.addText('Allowed')).InternalName).toBe('Allowed');
  });
});

describe('items after a field add', () => {
  it('stores and returns a value in the new column', async () => {
    const sp = h.sp(COACH);
    const list = sp.web.lists.getByTitle(title);
    const item = await list.items.add({ Title: 'A', Location: 'Gym', RoomCode: 'R1', Capacity: 12 });
    expect(item).toMatchObject({ Title: 'A', RoomCode: 'R1', Capacity: 12 });
    const response = await h.api(`web/lists/getByTitle('${encodeURIComponent(title)}')/items(${item.Id})?$select=RoomCode`, { as: COACH });
    expect(((await response.json()) as { RoomCode: string }).RoomCode).toBe('R1');
    expect(await spError(await h.api(`web/lists/getByTitle('${encodeURIComponent(title)}')/items?$select=Nope`, { as: COACH })))
      .toEqual({ status: 400, code: '-1, Microsoft.SharePoint.SPException', message: "The field or property 'Nope' does not exist." });
  });
});

describe('deleting and limits', () => {
  it('deletes a field and a list', async () => {
    const sp = h.sp(COACH);
    await sp.web.lists.add('Sb Tijdelijk');
    const list = sp.web.lists.getByTitle('Sb Tijdelijk');
    await list.fields.addText('Weg');
    await list.fields.getByInternalNameOrTitle('Weg').delete();
    expect((await pnpError(list.fields.getByInternalNameOrTitle('Weg')())).status).toBe(404);
    expect((await pnpError(list.items.add({ Title: 'x', Weg: 'y' }))).status).toBe(400);
    await list.delete();
    expect((await pnpError(sp.web.lists.getByTitle('Sb Tijdelijk')())).status).toBe(404);
  });

  it('refuses a 21st indexed column', async () => {
    const sp = h.sp(COACH);
    await sp.web.lists.add('Sb Indexes');
    const fields = sp.web.lists.getByTitle('Sb Indexes').fields;
    for (let i = 1; i <= 20; i++) await fields.addText(`I${i}`, { Indexed: true });
    const error = await pnpError(fields.addText('I21', { Indexed: true }));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/maximum number of indexed columns \(20\)/);
  });

  it('answers CORS preflights from loopback origins', async () => {
    const response = await fetch(`${h.siteUrl}/_api/web`, {
      method: 'OPTIONS', headers: { Origin: 'http://localhost:4321', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-requestdigest' }
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:4321');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });
});
