// Items: add / read / update (ETag) / delete, value shapes per field type, write validation.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/site-users';
import { COACH, EMPLOYEE, pnpError, spError, startHarness, type Harness } from './emulator-harness';

const LIST = 'Sb Registrations';
const PATH = `web/lists/getByTitle('Sb%20Registrations')`;
let h: Harness;
let employeeId: number;
let coachId: number;
let activityId: string;

beforeAll(async () => {
  h = await startHarness();
  const sp = h.sp(COACH);
  const activities = await sp.web.lists.add('Sb Activities');
  activityId = activities.Id;
  await sp.web.lists.getByTitle('Sb Activities').items.add({ Title: 'Yoga' });
  await sp.web.lists.getByTitle('Sb Activities').items.add({ Title: 'Hardlopen' });
  await sp.web.lists.add(LIST);
  const fields = sp.web.lists.getByTitle(LIST).fields;
  await fields.addText('Code', { MaxLength: 10 });
  await fields.addNumber('Seats');
  await fields.addDateTime('Start');
  await fields.addBoolean('Confirmed');
  await fields.addChoice('Status', { Choices: ['Aangemeld', 'Wachtlijst'] });
  await fields.addMultiChoice('Diets', { Choices: ['Vegetarisch', 'Halal'] });
  await fields.addUser('Participant');
  await fields.addUser('Buddies');
  await fields.getByInternalNameOrTitle('Buddies').update({ AllowMultipleValues: true }, 'SP.FieldUser');
  await fields.addLookup('Activity', { LookupListId: activityId, LookupFieldName: 'Title' });
  await fields.addLookup('Alternatives', { LookupListId: activityId, LookupFieldName: 'Title' });
  await fields.getByInternalNameOrTitle('Alternatives').update({ AllowMultipleValues: true }, 'SP.FieldLookup');
  await fields.addUrl('Link');
  await fields.addMultilineText('Notes', { RichText: true });
  await fields.addMultilineText('Plain', { RichText: false });
  await fields.addText('Mandatory');
  await fields.getByInternalNameOrTitle('Mandatory').update({ Required: true }, 'SP.FieldText');
  employeeId = (await h.sp(EMPLOYEE).web.currentUser()).Id;
  coachId = (await sp.web.currentUser()).Id;
});
afterAll(async () => {
  await h.close();
});

describe('add', () => {
  it('answers 201 with the item, an ETag and a Location', async () => {
    const response = await h.api(`${PATH}/items`, { method: 'POST', as: COACH, body: JSON.stringify({ Title: 'Eerste', Mandatory: 'x' }) });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    const item = (await response.json()) as Record<string, unknown>;
    expect(response.headers.get('location')).toBe(item['odata.id']);
    expect(item).toMatchObject({
      'odata.type': 'SP.Data.SbRegistrationsListItem', 'odata.etag': '"1"', Id: item.ID, Title: 'Eerste', AuthorId: coachId, EditorId: coachId,
      Attachments: false, OData__UIVersionString: '1.0'
    });
    expect(item['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(\d+\)$/);
    expect(item.Created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(item.GUID).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('stores each field type and reads it back in SharePoint\'s shapes', async () => {
    const sp = h.sp(COACH);
    const added = await sp.web.lists.getByTitle(LIST).items.add({
      Title: 'Alle typen', Mandatory: 'x', Code: 'ABC', Seats: 2.5, Start: '2026-05-06T12:15:00+02:00', Confirmed: true, Status: 'Wachtlijst',
      Diets: { results: ['Vegetarisch', 'Halal'] }, ParticipantId: employeeId, BuddiesId: [employeeId, coachId], ActivityId: 1,
      AlternativesId: [1, 2], Link: { Url: 'https://example.org', Description: 'Site' }, Notes: '<p>Hoi</p>', Plain: 'regel'
    });
    const item = await sp.web.lists.getByTitle(LIST).items.getById(added.Id)();
    expect(item).toMatchObject({
      Code: 'ABC', Seats: 2.5, Start: '2026-05-06T10:15:00Z', Confirmed: true, Status: 'Wachtlijst', Diets: ['Vegetarisch', 'Halal'],
      ParticipantId: employeeId, ParticipantStringId: String(employeeId), BuddiesId: [employeeId, coachId],
      BuddiesStringId: [String(employeeId), String(coachId)], ActivityId: 1, AlternativesId: [1, 2],
      Link: { Description: 'Site', Url: 'https://example.org' }, Plain: 'regel'
    });
    expect(item.Notes).toMatch(/^<div class="ExternalClass[0-9A-F]{32}"><p>Hoi<\/p><\/div>$/);
  });

  it('returns null for empty values', async () => {
    const added = await h.sp(COACH).web.lists.getByTitle(LIST).items.add({ Title: 'Leeg', Mandatory: 'x' });
    expect(added).toMatchObject({ Code: null, Seats: null, Start: null, Confirmed: null, Diets: null, ParticipantId: null, BuddiesId: null, ActivityId: null, Link: null, Notes: null });
  });

  it('rejects a property the list does not have, naming the item type', async () => {
    const error = await pnpError(h.sp(COACH).web.lists.getByTitle(LIST).items.add({ Title: 'x', Mandatory: 'x', Colour: 'red' }));
    expect(error).toEqual({
      status: 400, code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: "The property 'Colour' does not exist on type 'SP.Data.SbRegistrationsListItem'. Make sure to only use property names that are defined by the type."
    });
  });

  it('enforces MaxLength and Required', async () => {
    const items = h.sp(COACH).web.lists.getByTitle(LIST).items;
    const tooLong = await pnpError(items.add({ Title: 'x', Mandatory: 'x', Code: '12345678901' }));
    expect(tooLong.status).toBe(400);
    expect(tooLong.message).toBe("The value for field 'Code' exceeds the maximum length of 10 characters.");
    const missing = await pnpError(items.add({ Title: 'x' }));
    expect(missing.status).toBe(400);
    expect(missing.message).toBe("You must specify a value for this required field. (field 'Mandatory')");
  });

  it('rejects a value of the wrong type', async () => {
    const error = await pnpError(h.sp(COACH).web.lists.getByTitle(LIST).items.add({ Title: 'x', Mandatory: 'x', Seats: 'veel' }));
    expect(error.status).toBe(400);
    expect(error.code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
  });
});

describe('update and ETag', () => {
  it('MERGE with IF-Match * or the current etag answers 204 with the new ETag', async () => {
    const items = h.sp(COACH).web.lists.getByTitle(LIST).items;
    const added = await items.add({ Title: 'Versies', Mandatory: 'x' });
    const first = await items.getById(added.Id).update({ Title: 'Versie 2' });
    expect(first).toEqual({ etag: '"2"' });
    const second = await items.getById(added.Id).update({ Title: 'Versie 3' }, '"2"');
    expect(second).toEqual({ etag: '"3"' });
    const read = await items.getById(added.Id)();
    expect(read).toMatchObject({ Title: 'Versie 3', 'odata.etag': '"3"', OData__UIVersionString: '3.0' });
  });

  it('answers 412 with SharePoint\'s message for a stale ETag', async () => {
    const items = h.sp(COACH).web.lists.getByTitle(LIST).items;
    const added = await items.add({ Title: 'Concurrent', Mandatory: 'x' });
    await items.getById(added.Id).update({ Title: 'Eerst' });
    const error = await pnpError(items.getById(added.Id).update({ Title: 'Te laat' }, '"1"'));
    expect(error).toEqual({
      status: 412, code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: `The request ETag value '"1"' does not match the object's ETag value '"${added.GUID},2"'.`
    });
    expect((await items.getById(added.Id)()).Title).toBe('Eerst');
  });

  it('accepts the real MERGE verb and sets Modified and Editor', async () => {
    const added = await h.sp(COACH).web.lists.getByTitle(LIST).items.add({ Title: 'Verb', Mandatory: 'x' });
    const response = await h.api(`${PATH}/items(${added.Id})`, { method: 'MERGE', as: COACH, headers: { 'IF-Match': '*' }, body: JSON.stringify({ Title: 'Verb 2' }) });
    expect(response.status).toBe(204);
    expect(response.headers.get('etag')).toBe('"2"');
  });
});

describe('delete', () => {
  it('answers 200 with an empty body; the item is gone (404) and its id is never reused', async () => {
    const items = h.sp(COACH).web.lists.getByTitle(LIST).items;
    const added = await items.add({ Title: 'Weg', Mandatory: 'x' });
    const response = await h.api(`${PATH}/items(${added.Id})`, { method: 'POST', as: COACH, headers: { 'X-HTTP-Method': 'DELETE', 'IF-Match': '*' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(await pnpError(items.getById(added.Id)())).toEqual({
      status: 404, code: '-2147024809, System.ArgumentException', message: 'Item does not exist. It may have been deleted by another user.'
    });
    const next = await items.add({ Title: 'Nieuw', Mandatory: 'x' });
    expect(next.Id).toBe(added.Id + 1);
    await items.getById(next.Id).delete();
  });

  it('recycle() removes the item and returns its GUID', async () => {
    const items = h.sp(COACH).web.lists.getByTitle(LIST).items;
    const added = await items.add({ Title: 'Prullenbak', Mandatory: 'x' });
    expect(await items.getById(added.Id).recycle()).toBe(added.GUID);
    expect((await pnpError(items.getById(added.Id)())).status).toBe(404);
  });

  it('answers 404 item-missing for an update of a missing item', async () => {
    const error = await spError(await h.api(`${PATH}/items(99999)`, { method: 'POST', as: COACH, headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' }, body: '{}' }));
    expect(error.status).toBe(404);
    expect(error.message).toBe('Item does not exist. It may have been deleted by another user.');
  });
});
