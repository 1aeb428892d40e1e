import { provisionSchema } from '../../src/data/provisioning/provision';
import { SCHEMA, GROUPS } from '../../src/data/schema/lists';
import { SpCurrentUserRepository } from '../../src/data/repositories/SpCurrentUserRepository';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';

// Roles come from what SharePoint lets a person do, so people who are in a role only through an
// Entra ID security group or a Microsoft 365 group get it, and lose it when IT removes them.

const AMBASSADORS_SG = 'c:0t.c|tenant|5a1d0c7e-0b4e-4a59-9a57-3f2c6a8e1b01';
const COMMUNICATIONS_SG = 'c:0t.c|tenant|7c2e1f90-1d5f-4b6a-8b68-4e3d7b9f2c02';
// The owners claim of the site's Microsoft 365 group (members claim + "_o").
const M365_OWNERS = 'c:0o.c|federateddirectoryclaimprovider|9e4f3a12-2e6a-4c7b-9c79-5f4e8caf3d03_o';

let emu: EmulatorFixture;

function roles(email: string): ReturnType<SpCurrentUserRepository['getRoles']> {
  return new SpCurrentUserRepository(emu.as(email)).getRoles();
}

beforeAll(async () => {
  emu = await startEmulator({
    directoryGroups: [
      { login: AMBASSADORS_SG, displayName: 'SG SamenBeter Ambassadeurs', members: [PEOPLE.ambassador] },
      { login: COMMUNICATIONS_SG, displayName: 'SG Communicatie', members: [PEOPLE.comms] },
      { login: M365_OWNERS, displayName: 'Stella Owners (Microsoft 365)', members: [PEOPLE.employee2] }
    ],
    extraOwners: [M365_OWNERS]
  });
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  // IT puts the Entra groups into the product's SharePoint groups, not the people.
  for (const [key, claim] of [['ambassadors', AMBASSADORS_SG], ['communications', COMMUNICATIONS_SG]]) {
    await admin.web.siteGroups.getByName(GROUPS.filter((g) => g.key === key)[0].title).users.add(claim);
  }
}, 120000);

afterAll(async () => {
  await emu.close();
});

describe('roles from effective permissions', () => {
  it('gives the ambassador role through an Entra security group, which currentUser/groups does not show', async () => {
    const direct = await emu.as(PEOPLE.ambassador).web.currentUser.groups.select('Title')<{ Title: string }[]>();
    expect(direct.map((g) => g.Title)).not.toContain('SamenBeter Ambassadeurs');
    expect(await roles(PEOPLE.ambassador)).toEqual(expect.objectContaining({ isAmbassador: true, isOwner: false, isCommunications: false }));
  });

  it('gives Communications through an Entra group and ownership through the Microsoft 365 group’s owners', async () => {
    expect(await roles(PEOPLE.comms)).toEqual(expect.objectContaining({ isCommunications: true, isAmbassador: false, isOwner: false }));
    expect(await roles(PEOPLE.employee2)).toEqual(expect.objectContaining({ isOwner: true }));
    expect(await roles(PEOPLE.employee)).toEqual(expect.objectContaining({ isOwner: false, isAmbassador: false, isCommunications: false }));
  });

  it('takes the roles away when IT removes the person from the group', async () => {
    emu.setDirectoryGroup({ login: AMBASSADORS_SG, displayName: 'SG SamenBeter Ambassadeurs', members: [] });
    emu.setDirectoryGroup({ login: M365_OWNERS, displayName: 'Stella Owners (Microsoft 365)', members: [] });
    expect((await roles(PEOPLE.ambassador)).isAmbassador).toBe(false);
    expect((await roles(PEOPLE.employee2)).isOwner).toBe(false);
    // And SharePoint itself agrees: no more adding activities.
    const activity = await emu
      .as(PEOPLE.ambassador)
      .web.lists.getByTitle('SamenBeter Activiteiten')
      .items.add({ Title: 'x', SbPillar: 'Samen', SbShape: 'oneOff', SbStart: '2026-12-10T11:00:00Z', SbEnd: '2026-12-10T12:00:00Z', SbStatus: 'open' })
      .then(() => 'added', (e: { status?: number }) => e.status);
    expect(activity).toBe(403);
  });

  it('a site that is not set up yet gives roles without failing (owner, nothing else)', async () => {
    const fresh = await startEmulator();
    try {
      expect(await new SpCurrentUserRepository(fresh.as(PEOPLE.coach)).getRoles()).toEqual(
        expect.objectContaining({ isOwner: true, isAmbassador: false, isCommunications: false })
      );
    } finally {
      await fresh.close();
    }
  });
});
