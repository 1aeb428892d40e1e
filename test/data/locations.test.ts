import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA, listDef } from '../../src/data/schema/lists';
import { SpLocationRepository } from '../../src/data/repositories/SpLocationRepository';
import { SpActivityEditor } from '../../src/data/repositories/SpActivityEditor';
import { SpActivityRepository } from '../../src/data/repositories/SpActivityRepository';
import { studioApi } from '../../src/data/views/studioApi';
import { lunchWalkDraft } from '../support/drafts';
import { activityRouteUrl } from '../../src/core/activities/locations';
import { Activity } from '../../src/core/types';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';

// "SamenBeter Locaties": owners keep the places; everyone reads them; the studio gets them in
// its existing $batch; an activity carries the chosen place's address and route itself.

let emu: EmulatorFixture;
const TITLE = listDef('locations').title;
const NOW = new Date('2026-11-22T10:00:00Z');
const STADHUIS = {
  name: 'Stadhuis Markt, hoofdingang',
  address: 'Markt 78, 6211 CK Maastricht',
  mapUrl: 'https://www.openstreetmap.org/search?query=Markt%2078%2C%206211%20CK%20Maastricht',
  kind: 'onSite' as const,
  active: true
};
let stadhuisId = 0;

beforeAll(async () => {
  emu = await startEmulator();
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'ambassadors', [PEOPLE.ambassador]);
  const owner = new SpLocationRepository(emu.as(PEOPLE.coach));
  stadhuisId = (await owner.add(STADHUIS)).id;
  await owner.add({ name: 'Mosae Forum, vergaderzaal 2.03', address: 'Mosae Forum 10, 6211 DW Maastricht', mapUrl: '', kind: 'onSite', active: true });
  await owner.add({ name: 'Teams', address: '', mapUrl: '', kind: 'online', active: true });
});

afterAll(async () => {
  await emu.close();
});

async function rawRows(): Promise<Array<{ Id: number; Title: string; SbAddress: string | null; SbActive: boolean | null }>> {
  return emu.as(PEOPLE.admin).web.lists.getByTitle(TITLE).items.select('Id', 'Title', 'SbAddress', 'SbActive').orderBy('Id', true)();
}

describe('SpLocationRepository', () => {
  it('is provisioned as the schema says: read by everyone, written by owners, SbActive defaulting to yes', async () => {
    const list = await emu.as(PEOPLE.admin).web.lists.getByTitle(TITLE).select('HasUniqueRoleAssignments', 'ReadSecurity', 'WriteSecurity')();
    expect(list).toMatchObject({ HasUniqueRoleAssignments: true, ReadSecurity: 1, WriteSecurity: 1 });
    const fields = emu.as(PEOPLE.admin).web.lists.getByTitle(TITLE).fields;
    const ours = await fields.filter("startswith(InternalName,'Sb')").select('InternalName')<Array<{ InternalName: string }>>();
    expect(ours.map((f) => f.InternalName).sort()).toEqual(['SbActive', 'SbAddress', 'SbKind', 'SbMapUrl']);
    const active = await fields.getByInternalNameOrTitle('SbActive').select('DefaultValue')<{ DefaultValue: string | null }>();
    expect(active.DefaultValue).toBe('1');
    // The activities list carries the copy.
    const activityFields = await emu.as(PEOPLE.admin).web.lists.getByTitle(listDef('activities').title).fields.filter("InternalName eq 'SbAddress' or InternalName eq 'SbRouteUrl'").select('InternalName')<Array<{ InternalName: string }>>();
    expect(activityFields.map((f) => f.InternalName).sort()).toEqual(['SbAddress', 'SbRouteUrl']);
  });

  it('reads every location, retired ones too, by name, for any employee', async () => {
    const all = await new SpLocationRepository(emu.as(PEOPLE.employee)).all();
    expect(all.map((l) => [l.name, l.kind, l.active])).toEqual([
      ['Mosae Forum, vergaderzaal 2.03', 'onSite', true],
      ['Stadhuis Markt, hoofdingang', 'onSite', true],
      ['Teams', 'online', true]
    ]);
    expect(all.filter((l) => l.id === stadhuisId)[0]).toEqual({ id: stadhuisId, ...STADHUIS });
  });

  it('counts a location added in SharePoint\'s own form (no SbActive sent) as active: the column default', async () => {
    const added = await emu.as(PEOPLE.coach).web.lists.getByTitle(TITLE).items.add({ Title: 'Stadspark, hoofdingang', SbKind: 'onSite' });
    const row = (await rawRows()).filter((r) => r.Id === added.Id)[0];
    expect(row.SbActive).toBe(true);
    const read = (await new SpLocationRepository(emu.as(PEOPLE.employee)).all()).filter((l) => l.id === added.Id)[0];
    expect(read).toMatchObject({ name: 'Stadspark, hoofdingang', address: '', mapUrl: '', active: true });
  });

  it('lets an owner edit, retire and restore a location', async () => {
    const owner = new SpLocationRepository(emu.as(PEOPLE.coach));
    const added = await owner.add({ name: '  Werf Noord, kantine ', address: ' Voorbeeldstraat 1 ', mapUrl: '', kind: 'onSite', active: true });
    expect(added).toMatchObject({ name: 'Werf Noord, kantine', address: 'Voorbeeldstraat 1' });
    await owner.update(added.id, { ...added, name: 'Werf Noord, kantine (begane grond)', mapUrl: 'https://www.openstreetmap.org/search?query=Maastricht' });
    await owner.setActive(added.id, false);
    let read = (await owner.all()).filter((l) => l.id === added.id)[0];
    expect(read).toEqual({
      id: added.id,
      name: 'Werf Noord, kantine (begane grond)',
      address: 'Voorbeeldstraat 1',
      mapUrl: 'https://www.openstreetmap.org/search?query=Maastricht',
      kind: 'onSite',
      active: false
    });
    await owner.setActive(added.id, true);
    read = (await owner.all()).filter((l) => l.id === added.id)[0];
    expect(read.active).toBe(true);
  });

  it('refuses an employee and an ambassador over raw REST: POST and MERGE answer 403 and change nothing', async () => {
    const before = await rawRows();
    for (const who of [PEOPLE.employee, PEOPLE.ambassador]) {
      const items = emu.as(who).web.lists.getByTitle(TITLE).items;
      await expect(items.add({ Title: 'Stiekeme plek', SbKind: 'onSite', SbActive: true })).rejects.toMatchObject({ status: 403 });
      await expect(items.getById(stadhuisId).update({ Title: 'Overgenomen', SbAddress: 'Ergens anders 1' }, '*')).rejects.toMatchObject({ status: 403 });
      await expect(items.getById(stadhuisId).update({ SbActive: false }, '*')).rejects.toMatchObject({ status: 403 });
      // Through the repository: the domain error.
      await expect(new SpLocationRepository(emu.as(who)).add({ ...STADHUIS, name: 'Via de app' })).rejects.toMatchObject({ kind: 'accessDenied' });
      await expect(new SpLocationRepository(emu.as(who)).setActive(stadhuisId, false)).rejects.toMatchObject({ kind: 'accessDenied' });
    }
    expect(await rawRows()).toEqual(before);
  });

  it('reads every location past a page of 2,000 rows (no silent cap)', async () => {
    const fresh = await startEmulator();
    try {
      await provisionSchema(fresh.as(PEOPLE.admin), SCHEMA);
      const rows: Array<Record<string, string | number | null>> = [];
      for (let i = 0; i < 2100; i++) {
        rows.push({ Title: `Plek ${i}`, SbKind: 'onSite', SbActive: 1 });
      }
      fresh.addItemsDirect(TITLE, rows, PEOPLE.coach);
      expect(await new SpLocationRepository(fresh.as(PEOPLE.employee)).all()).toHaveLength(2100);
    } finally {
      await fresh.close();
    }
  });
});

describe('studioApi and the activity with a location', () => {
  it('hands the studio the locations with its activities and closing days, still in at most two requests', async () => {
    await emu.resetStats();
    const data = await studioApi(emu.as(PEOPLE.ambassador)).loadStudio(NOW);
    expect((await emu.stats()).requests).toBeLessThanOrEqual(2);
    expect((data.locations || []).map((l) => l.name)).toEqual(expect.arrayContaining(['Stadhuis Markt, hoofdingang', 'Teams']));
    expect(data.closingDays).toEqual([]);
  });

  it('lets the owners\' studio keep the list, and refuses an ambassador\'s', async () => {
    const owner = studioApi(emu.as(PEOPLE.coach));
    const added = await owner.addLocation({ name: 'Bibliotheek Centre Céramique', address: 'Avenue Céramique 50, 6221 KV Maastricht', mapUrl: '', kind: 'onSite', active: true });
    expect((await owner.loadLocations()).map((l) => l.name)).toContain('Bibliotheek Centre Céramique');
    await expect(studioApi(emu.as(PEOPLE.ambassador)).setLocationActive(added.id, false)).rejects.toMatchObject({ kind: 'accessDenied' });
    await owner.setLocationActive(added.id, false);
    expect((await owner.loadLocations()).filter((l) => l.id === added.id)[0].active).toBe(false);
  });

  it('stores the chosen place\'s address and route with the activity; employees read them with the activity, no other list', async () => {
    const ambassadorId = (await emu.as(PEOPLE.ambassador).web.currentUser.select('Id')<{ Id: number }>()).Id;
    const editor = new SpActivityEditor(emu.as(PEOPLE.ambassador));
    const published = await editor.publish(lunchWalkDraft({ location: STADHUIS.name, address: STADHUIS.address, routeUrl: STADHUIS.mapUrl }), ambassadorId);
    await emu.resetStats();
    const read = await new SpActivityRepository(emu.as(PEOPLE.employee)).get(published.activity.id);
    expect((await emu.stats()).requests).toBe(1);
    expect(read).toMatchObject({ venue: { kind: 'onSite', location: STADHUIS.name }, address: STADHUIS.address, routeUrl: STADHUIS.mapUrl });

    // A one-off place has neither; a route that is not https is never stored; online keeps no place.
    const other = await editor.publish(lunchWalkDraft({ location: 'Bij de fontein in het Stadspark', address: '', routeUrl: 'javascript:alert(1)' }), ambassadorId);
    expect(other.activity.address).toBeUndefined();
    expect(other.activity.routeUrl).toBeUndefined();
    const online = await editor.publish(
      lunchWalkDraft({ venueKind: 'online', location: '', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/x', address: STADHUIS.address, routeUrl: STADHUIS.mapUrl }),
      ambassadorId
    );
    expect(online.activity).not.toHaveProperty('address');
    expect(online.activity).not.toHaveProperty('routeUrl');
  });

  it('an ambassador forging a javascript: route on their own activity over raw REST gets no link shown to anyone', async () => {
    const ambassadorId = await emu.userId(PEOPLE.ambassador);
    const published = await new SpActivityEditor(emu.as(PEOPLE.ambassador)).publish(lunchWalkDraft({ location: STADHUIS.name, address: STADHUIS.address, routeUrl: STADHUIS.mapUrl }), ambassadorId);
    // As from the browser console: MERGE with IF-MATCH * on the item they may edit.
    const response = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('${encodeURIComponent(listDef('activities').title)}')/items(${published.activity.id})`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${PEOPLE.ambassador}`, Accept: 'application/json', 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: JSON.stringify({ SbRouteUrl: 'javascript:alert(document.cookie)' })
    });
    expect(response.status).toBe(204);
    const read = (await new SpActivityRepository(emu.as(PEOPLE.employee)).get(published.activity.id)) as Activity;
    expect(read.routeUrl).toBe('javascript:alert(document.cookie)');
    expect(activityRouteUrl(read)).toBeUndefined();
  });

  it('still loads the studio when the list cannot be read (locations undefined)', async () => {
    await emu.as(PEOPLE.admin).web.lists.getByTitle(TITLE).delete();
    const data = await studioApi(emu.as(PEOPLE.ambassador)).loadStudio(NOW);
    expect(data.roles.isAmbassador).toBe(true);
    expect(data.locations).toBeUndefined();
  });
});
