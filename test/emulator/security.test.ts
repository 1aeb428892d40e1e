// Permissions: list role assignments, ReadSecurity / WriteSecurity, forged writes without rights.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users';
import '@pnp/sp/site-groups';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import { AMBASSADOR, COACH, COLLEAGUE, EMPLOYEE, pnpError, spError, startHarness, type Harness } from './emulator-harness';

const ACCESS_DENIED = {
  status: 403,
  code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. You do not have permission to perform this action or access this resource.'
};
const READ = 1073741826;
const CONTRIBUTE = 1073741827;

let h: Harness;
let everyoneId: number;
let ambassadorsId: number;

beforeAll(async () => {
  h = await startHarness();
  const sp = h.sp(COACH);
  const [everyone] = await sp.web.siteUsers.filter("Title eq 'Everyone except external users'")();
  everyoneId = everyone.Id;
  const group = await sp.web.siteGroups.add({ Title: 'Sb Ambassadors', Description: 'Vitaliteitsambassadeurs' });
  ambassadorsId = group.Id;
  await sp.web.siteGroups.getById(ambassadorsId).users.add(`i:0#.f|membership|${AMBASSADOR}`);
});
afterAll(async () => {
  await h.close();
});

describe('a list only a group may contribute to', () => {
  const LIST = 'Sb Activities';
  beforeAll(async () => {
    const sp = h.sp(COACH);
    await sp.web.lists.add(LIST);
    const list = sp.web.lists.getByTitle(LIST);
    await list.breakRoleInheritance(false, true);
    await list.roleAssignments.add(everyoneId, READ);
    await list.roleAssignments.add(ambassadorsId, CONTRIBUTE);
  });

  it('reports unique role assignments with members and bindings', async () => {
    const list = h.sp(COACH).web.lists.getByTitle(LIST);
    expect((await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(true);
    type Expanded = { PrincipalId: number; Member: { Title: string }; RoleDefinitionBindings: { Name: string }[] };
    const assignments = await list.roleAssignments.expand('Member', 'RoleDefinitionBindings')<Expanded[]>();
    const summary = assignments.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((b) => b.Name).join()]);
    expect(summary).toEqual([
      ['Everyone except external users', 'Read'],
      ['Joris de Vries', 'Full Control'],
      ['Sb Ambassadors', 'Contribute']
    ]);
  });

  it('projects expanded members and bindings with $select (how provisioning finds the Everyone claim)', async () => {
    type Projected = { PrincipalId: number; Member: Record<string, unknown> };
    const web = await h.sp(COACH).web.roleAssignments.expand('Member').select('PrincipalId', 'Member/LoginName')<Projected[]>();
    const everyone = web.find((a) => String(a.Member.LoginName).startsWith('c:0-.f|rolemanager|spo-grid-all-users/'));
    expect(everyone?.PrincipalId).toBe(everyoneId);
    expect(Object.keys(everyone!.Member).filter((k) => !k.startsWith('odata.'))).toEqual(['LoginName']);
    const bindings = await h.sp(COACH).web.lists.getByTitle(LIST).roleAssignments.expand('RoleDefinitionBindings')
      .select('PrincipalId', 'RoleDefinitionBindings/RoleTypeKind')<{ PrincipalId: number; RoleDefinitionBindings: { RoleTypeKind: number }[] }[]>();
    expect(bindings.find((a) => a.PrincipalId === ambassadorsId)?.RoleDefinitionBindings.map((b) => b.RoleTypeKind)).toEqual([3]);
  });

  it('denies an employee\'s add (forged request included) and allows the group member\'s', async () => {
    expect(await pnpError(h.sp(EMPLOYEE).web.lists.getByTitle(LIST).items.add({ Title: 'Stiekem' }))).toEqual(ACCESS_DENIED);
    const forged = await h.api(`web/lists/getByTitle('Sb%20Activities')/items`, { method: 'POST', as: EMPLOYEE, body: JSON.stringify({ Title: 'Stiekem' }) });
    expect(await spError(forged)).toEqual(ACCESS_DENIED);
    const added = await h.sp(AMBASSADOR).web.lists.getByTitle(LIST).items.add({ Title: 'Wandelen' });
    expect(added.Title).toBe('Wandelen');
    // Everyone may still read.
    expect((await h.sp(EMPLOYEE).web.lists.getByTitle(LIST).items.select('Title')()).map((i: { Title: string }) => i.Title)).toEqual(['Wandelen']);
  });

  it('reports effective permissions per user', async () => {
    expect(await h.sp(EMPLOYEE).web.lists.getByTitle(LIST).currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    expect(await h.sp(EMPLOYEE).web.lists.getByTitle(LIST).currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await h.sp(AMBASSADOR).web.lists.getByTitle(LIST).currentUserHasPermissions(PermissionKind.AddListItems)).toBe(true);
  });

  it('lets only Full Control enumerate or change role assignments', async () => {
    expect(await pnpError(h.sp(AMBASSADOR).web.lists.getByTitle(LIST).roleAssignments())).toEqual(ACCESS_DENIED);
    expect(await pnpError(h.sp(AMBASSADOR).web.lists.getByTitle(LIST).roleAssignments.add(everyoneId, CONTRIBUTE))).toEqual(ACCESS_DENIED);
  });

  it('removes a role assignment', async () => {
    await h.sp(COACH).web.lists.getByTitle(LIST).roleAssignments.remove(ambassadorsId, CONTRIBUTE);
    expect(await pnpError(h.sp(AMBASSADOR).web.lists.getByTitle(LIST).items.add({ Title: 'Nog een' }))).toEqual(ACCESS_DENIED);
    await h.sp(COACH).web.lists.getByTitle(LIST).roleAssignments.add(ambassadorsId, CONTRIBUTE);
  });
});

describe('role assignment rules', () => {
  it('refuses addroleassignment on a list that inherits', async () => {
    await h.sp(COACH).web.lists.add('Inheriting');
    const error = await pnpError(h.sp(COACH).web.lists.getByTitle('Inheriting').roleAssignments.add(everyoneId, CONTRIBUTE));
    expect(error.status).toBe(400);
    expect(error.message).toBe('This operation is not allowed on an object that inherits permissions.');
  });

  it('hides a list the user cannot view (404, absent from web/lists)', async () => {
    const sp = h.sp(COACH);
    await sp.web.lists.add('Sb Coaching');
    await sp.web.lists.getByTitle('Sb Coaching').breakRoleInheritance(false);
    expect(await pnpError(h.sp(EMPLOYEE).web.lists.getByTitle('Sb Coaching')())).toEqual({
      status: 404, code: '-1, System.ArgumentException', message: `List 'Sb Coaching' does not exist at site with URL '${h.siteUrl}'.`
    });
    const visible = (await h.sp(EMPLOYEE).web.lists.select('Title')()).map((l: { Title: string }) => l.Title);
    expect(visible).not.toContain('Sb Coaching');
    expect(visible).toContain('Inheriting');
  });

  it('resets role inheritance', async () => {
    const list = h.sp(COACH).web.lists.getByTitle('Sb Coaching');
    await list.resetRoleInheritance();
    expect((await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(false);
    expect((await h.sp(EMPLOYEE).web.lists.getByTitle('Sb Coaching')()).Title).toBe('Sb Coaching');
  });

  it('lists the permission levels', async () => {
    const defs = await h.sp(EMPLOYEE).web.roleDefinitions.select('Name', 'Id', 'RoleTypeKind')();
    expect(defs.map((d: { Name: string; Id: number; RoleTypeKind: number }) => [d.Name, d.Id, d.RoleTypeKind])).toEqual([
      ['Full Control', 1073741829, 5], ['Design', 1073741828, 4], ['Edit', 1073741830, 6],
      ['Contribute', 1073741827, 3], ['Read', 1073741826, 2], ['Limited Access', 1073741825, 1]
    ]);
    expect((await h.sp(EMPLOYEE).web.roleDefinitions.getByType(3)()).Name).toBe('Contribute');
    expect((await h.sp(EMPLOYEE).web.roleDefinitions.getByName('Edit')()).Id).toBe(1073741830);
  });
});

describe('item-level security', () => {
  async function openList(title: string, settings: { ReadSecurity?: number; WriteSecurity?: number }): Promise<void> {
    const sp = h.sp(COACH);
    await sp.web.lists.add(title, '', 100, false, settings);
    await sp.web.lists.getByTitle(title).breakRoleInheritance(true);
    await sp.web.lists.getByTitle(title).roleAssignments.add(everyoneId, CONTRIBUTE);
  }

  it('WriteSecurity 2: users edit and delete only their own items', async () => {
    await openList('Sb Own Writes', { WriteSecurity: 2 });
    const asEmployee = h.sp(EMPLOYEE).web.lists.getByTitle('Sb Own Writes').items;
    const asColleague = h.sp(COLLEAGUE).web.lists.getByTitle('Sb Own Writes').items;
    const mine = await asEmployee.add({ Title: 'Van Eva' });
    await asEmployee.getById(mine.Id).update({ Title: 'Van Eva (bijgewerkt)' });
    expect(await pnpError(asColleague.getById(mine.Id).update({ Title: 'Overschreven' }))).toEqual(ACCESS_DENIED);
    expect(await pnpError(asColleague.getById(mine.Id).delete())).toEqual(ACCESS_DENIED);
    // The list owner (Manage Lists) may.
    await h.sp(COACH).web.lists.getByTitle('Sb Own Writes').items.getById(mine.Id).update({ Title: 'Door coach' });
    expect((await asColleague.getById(mine.Id)()).Title).toBe('Door coach');
  });

  it('WriteSecurity 4: only Manage Lists holders write', async () => {
    await openList('Sb No Writes', { WriteSecurity: 4 });
    expect(await pnpError(h.sp(EMPLOYEE).web.lists.getByTitle('Sb No Writes').items.add({ Title: 'x' }))).toEqual(ACCESS_DENIED);
    expect((await h.sp(COACH).web.lists.getByTitle('Sb No Writes').items.add({ Title: 'ok' })).Title).toBe('ok');
  });

  it('ReadSecurity 2: others\' items are absent from collections and 404 directly; the list owner sees all', async () => {
    await openList('Sb Own Reads', { ReadSecurity: 2 });
    const eva = await h.sp(EMPLOYEE).web.lists.getByTitle('Sb Own Reads').items.add({ Title: 'Van Eva' });
    const daan = await h.sp(COLLEAGUE).web.lists.getByTitle('Sb Own Reads').items.add({ Title: 'Van Daan' });
    const evaSees = await h.sp(EMPLOYEE).web.lists.getByTitle('Sb Own Reads').items.select('Title')();
    expect(evaSees.map((i: { Title: string }) => i.Title)).toEqual(['Van Eva']);
    expect(await pnpError(h.sp(EMPLOYEE).web.lists.getByTitle('Sb Own Reads').items.getById(daan.Id)())).toEqual({
      status: 404, code: '-2147024809, System.ArgumentException', message: 'Item does not exist. It may have been deleted by another user.'
    });
    expect((await pnpError(h.sp(EMPLOYEE).web.lists.getByTitle('Sb Own Reads').items.getById(daan.Id).update({ Title: 'x' }))).status).toBe(404);
    const coachSees = await h.sp(COACH).web.lists.getByTitle('Sb Own Reads').items.select('Id')();
    expect(coachSees.map((i: { Id: number }) => i.Id)).toEqual([eva.Id, daan.Id]);
  });
});
