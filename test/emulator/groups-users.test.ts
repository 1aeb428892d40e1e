// Site users, ensureUser, current user and SharePoint groups.
import '@pnp/sp/webs';
import '@pnp/sp/site-users';
import '@pnp/sp/site-groups';
import { ADMIN, AMBASSADOR, COACH, COMMS, EMPLOYEE, pnpError, startHarness, type Harness } from './emulator-harness';

const ACCESS_DENIED = {
  status: 403,
  code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. You do not have permission to perform this action or access this resource.'
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('users', () => {
  it('ensureUser adds a directory person to the site users', async () => {
    const user = await h.sp(COACH).web.ensureUser(`i:0#.f|membership|${COMMS}`);
    expect(user).toMatchObject({ Email: COMMS, Title: 'Fatima El Amrani', LoginName: `i:0#.f|membership|${COMMS}`, PrincipalType: 1 });
    const byEmail = await h.sp(COACH).web.siteUsers.getByEmail(COMMS)();
    expect(byEmail.Id).toBe(user.Id);
    const byId = await h.sp(COACH).web.siteUsers.getById(user.Id)();
    expect(byId.Email).toBe(COMMS);
    const byLogin = await h.sp(COACH).web.siteUsers.getByLoginName(`i:0#.f|membership|${COMMS}`)();
    expect(byLogin.Id).toBe(user.Id);
  });

  it('ensureUser fails for someone outside the directory', async () => {
    const error = await pnpError(h.sp(COACH).web.ensureUser('i:0#.f|membership|stranger@elsewhere.example'));
    expect(error).toEqual({
      status: 404, code: '-2146232832, Microsoft.SharePoint.SPException',
      message: 'The specified user i:0#.f|membership|stranger@elsewhere.example could not be found.'
    });
  });

  it('getByEmail answers 404 for a person who is not a site user', async () => {
    const error = await pnpError(h.sp(COACH).web.siteUsers.getByEmail('nobody@stella.example')());
    expect(error).toEqual({ status: 404, code: '-2146232832, Microsoft.SharePoint.SPException', message: 'User cannot be found.' });
  });

  it('marks site collection administrators', async () => {
    expect((await h.sp(ADMIN).web.currentUser()).IsSiteAdmin).toBe(true);
    expect((await h.sp(COACH).web.currentUser()).IsSiteAdmin).toBe(false);
  });
});

describe('groups', () => {
  it('has the associated Owners (3), Visitors (4) and Members (5) groups', async () => {
    const sp = h.sp(EMPLOYEE);
    expect(await sp.web.associatedOwnerGroup.select('Id', 'Title')()).toMatchObject({ Id: 3, Title: 'Stella Owners' });
    expect(await sp.web.associatedVisitorGroup.select('Id', 'Title')()).toMatchObject({ Id: 4, Title: 'Stella Visitors' });
    expect(await sp.web.associatedMemberGroup.select('Id', 'Title')()).toMatchObject({ Id: 5, Title: 'Stella Members' });
    const owners = await sp.web.siteGroups.getByName('Stella Owners').users();
    expect(owners.map((u: { Email: string }) => u.Email)).toEqual([COACH]);
  });

  it('lets Full Control create a group and add members; the employee sees its groups', async () => {
    const sp = h.sp(COACH);
    const group = await sp.web.siteGroups.add({ Title: 'Sb Ambassadors', Description: 'Ambassadeurs' });
    expect(group).toMatchObject({ Title: 'Sb Ambassadors', Description: 'Ambassadeurs', PrincipalType: 8, OwnerTitle: 'Joris de Vries' });
    await sp.web.siteGroups.getByName('Sb Ambassadors').users.add(`i:0#.f|membership|${AMBASSADOR}`);
    await sp.web.siteGroups.getById(group.Id).users.add(`i:0#.f|membership|${EMPLOYEE}`);
    const members = await sp.web.siteGroups.getByName('Sb Ambassadors').users.select('Email')();
    expect(members.map((u: { Email: string }) => u.Email).sort()).toEqual([AMBASSADOR, EMPLOYEE]);
    const mine = await h.sp(EMPLOYEE).web.currentUser.groups.select('Title')();
    expect(mine.map((g: { Title: string }) => g.Title)).toEqual(['Sb Ambassadors']);
  });

  it('removes a member by login name', async () => {
    const sp = h.sp(COACH);
    await sp.web.siteGroups.getByName('Sb Ambassadors').users.removeByLoginName(`i:0#.f|membership|${EMPLOYEE}`);
    const members = await sp.web.siteGroups.getByName('Sb Ambassadors').users.select('Email')();
    expect(members.map((u: { Email: string }) => u.Email)).toEqual([AMBASSADOR]);
    expect(await h.sp(EMPLOYEE).web.currentUser.groups()).toEqual([]);
  });

  it('denies group creation and membership changes without rights', async () => {
    expect(await pnpError(h.sp(EMPLOYEE).web.siteGroups.add({ Title: 'Mine' }))).toEqual(ACCESS_DENIED);
    expect(await pnpError(h.sp(AMBASSADOR).web.siteGroups.getByName('Sb Ambassadors').users.add(`i:0#.f|membership|${EMPLOYEE}`))).toEqual(ACCESS_DENIED);
  });

  it('lets the group owner manage its members', async () => {
    const sp = h.sp(COACH);
    const group = await sp.web.siteGroups.add({ Title: 'Sb Lunchwandelaars' });
    const ambassador = await sp.web.ensureUser(`i:0#.f|membership|${AMBASSADOR}`);
    await sp.web.siteGroups.getById(group.Id).setUserAsOwner(ambassador.Id);
    await h.sp(AMBASSADOR).web.siteGroups.getById(group.Id).users.add(`i:0#.f|membership|${EMPLOYEE}`);
    const members = await h.sp(AMBASSADOR).web.siteGroups.getById(group.Id).users.select('Email')();
    expect(members.map((u: { Email: string }) => u.Email)).toEqual([EMPLOYEE]);
  });

  it('answers 404 for an unknown group and refuses a duplicate name', async () => {
    expect(await pnpError(h.sp(COACH).web.siteGroups.getByName('Nope')())).toEqual({
      status: 404, code: '-2146232832, Microsoft.SharePoint.SPException', message: 'Group cannot be found.'
    });
    expect((await pnpError(h.sp(COACH).web.siteGroups.add({ Title: 'Sb Ambassadors' }))).status).toBe(400);
  });
});
