// Where the emulator differed from SharePoint Online (issue "Ready for a real tenant"): each
// case as PnPjs's own SharePoint tests (pnp/pnpjs test/sp) or the product meet it.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { ADMIN, EMPLOYEE, pnpError, startHarness, type Harness } from './emulator-harness';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import '@pnp/sp/items';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.sp(ADMIN).web.lists.add('Fidelity');
});
afterAll(async () => {
  await h.close();
});

describe('the emulator answers as SharePoint Online', () => {
  it('gives built-in fields their fixed ids on every list (SPBuiltInFieldId)', async () => {
    const sp = h.sp(ADMIN);
    await sp.web.lists.add('Fidelity two');
    const TITLE = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';
    for (const list of ['Fidelity', 'Fidelity two']) {
      const title = await sp.web.lists.getByTitle(list).fields.getById(TITLE).select('Id', 'InternalName')<{ Id: string; InternalName: string }>();
      expect(title).toEqual(expect.objectContaining({ Id: TITLE, InternalName: 'Title' }));
    }
    const created = await sp.web.lists.getByTitle('Fidelity').fields.getByInternalNameOrTitle('Created').select('Id')<{ Id: string }>();
    expect(created.Id).toBe('8c06beca-0777-48f7-91c7-6da68bc07b69');
  });

  it('matches $select property names of lists and webs without case', async () => {
    const list = await h.sp(ADMIN).web.lists.getByTitle('Fidelity').select('ID', 'title')<{ Id: string; Title: string }>();
    expect(list.Title).toBe('Fidelity');
    expect(typeof list.Id).toBe('string');
    const web = await h.sp(ADMIN).web.select('title')<{ Title: string }>();
    expect(typeof web.Title).toBe('string');
    // A property that does not exist in any case is still refused.
    expect((await pnpError(h.sp(ADMIN).web.lists.getByTitle('Fidelity').select('NoSuchProperty')())).status).toBe(400);
  });

  it('refuses a list title longer than 255 characters', async () => {
    const error = await pnpError(h.sp(ADMIN).web.lists.add('x'.repeat(256)));
    expect(error.status).toBe(400);
    await expect(h.sp(ADMIN).web.lists.add('y'.repeat(255))).resolves.toBeDefined();
  });

  it('answers $expand=ParentWeb on the root web with null', async () => {
    const response = await h.api('web?$select=Title,ParentWeb/Id&$expand=ParentWeb');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ParentWeb: unknown; Title: string };
    expect(body.ParentWeb).toBeNull();
  });
});

describe('error answers as SharePoint words them', () => {
  it('a role assignment for a principal that does not exist: 404 ArgumentException naming the id (pnp/pnpcore#1386)', async () => {
    const response = await h.api('web/roleassignments/getbyprincipalid(99999)');
    expect(response.status).toBe(404);
    const body = (await response.json()) as { 'odata.error': { code: string; message: { value: string } } };
    expect(body['odata.error'].code).toMatch(/System\.ArgumentException$/);
    expect(body['odata.error'].message.value).toBe('Can not find the principal with id: 99999.');
  });

  it('a parameter alias without its value: "Missing required query string: @v." (SharePoint/PnP-JS-Core#570)', async () => {
    const response = await h.api('web/siteusers(@v)');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { 'odata.error': { message: { value: string } } };
    expect(body['odata.error'].message.value).toBe('Missing required query string: @v.');
  });
});

describe('web and permission levels as PnPjs changes them', () => {
  it('updates the web with MERGE (Manage Web); others are refused', async () => {
    await h.sp(ADMIN).web.update({ Title: 'Stella intranet', Description: 'Het intranet' });
    expect(await h.sp(ADMIN).web.select('Title', 'Description')()).toEqual(expect.objectContaining({ Title: 'Stella intranet', Description: 'Het intranet' }));
    expect((await pnpError(h.sp(EMPLOYEE).web.update({ Title: 'Gekaapt' }))).status).toBe(403);
    expect((await pnpError(h.sp(ADMIN).web.update({ NoSuchProperty: 1 }))).status).toBe(400);
  });

  it('answers firstUniqueAncestorSecurableObject: the web, or a list with its own permissions', async () => {
    const sp = h.sp(ADMIN);
    const inherited = await sp.web.lists.getByTitle('Fidelity').firstUniqueAncestorSecurableObject<{ 'odata.type'?: string; Id: string }>();
    const web = await sp.web.select('Id')<{ Id: string }>();
    expect(inherited.Id).toBe(web.Id);
    await sp.web.lists.getByTitle('Fidelity').breakRoleInheritance(true);
    const own = await sp.web.lists.getByTitle('Fidelity').firstUniqueAncestorSecurableObject<{ Id: string; Title: string }>();
    expect(own.Title).toBe('Fidelity');
  });

  it('adds a custom permission level (Manage Permissions) that can then be assigned', async () => {
    const sp = h.sp(ADMIN);
    const added = await sp.web.roleDefinitions.add('Alleen toevoegen', 'Items toevoegen, niet wijzigen', 100, { High: 0, Low: 3 });
    expect(added.data).toEqual(expect.objectContaining({ Name: 'Alleen toevoegen', RoleTypeKind: 0, BasePermissions: { High: '0', Low: '3' } }));
    const again = await sp.web.roleDefinitions.getById(added.data.Id)<{ Name: string }>();
    expect(again.Name).toBe('Alleen toevoegen');
    expect((await pnpError(h.sp(EMPLOYEE).web.roleDefinitions.add('Stiekem', '', 1, { High: 0, Low: 1 }))).status).toBe(403);

    // Assigned on a list with its own permissions: view (1) + add (2) items, no edit (4).
    const employeeId = (await h.sp(EMPLOYEE).web.currentUser.select('Id')<{ Id: number }>()).Id;
    await sp.web.lists.getByTitle('Fidelity').roleAssignments.add(employeeId, added.data.Id);
    const items = h.sp(EMPLOYEE).web.lists.getByTitle('Fidelity').items;
    const item = (await items.add({ Title: 'Eigen item' })) as { Id: number };
    expect((await pnpError(items.getById(item.Id).update({ Title: 'Gewijzigd' }))).status).toBe(403);
  });
});
