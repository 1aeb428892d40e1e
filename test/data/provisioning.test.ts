import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA } from '../../src/data/schema/lists';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';
import '@pnp/sp/fields';

let emu: EmulatorFixture;

beforeAll(async () => {
  emu = await startEmulator();
});

afterAll(async () => {
  await emu.close();
});

describe('provisioning the schema through PnPjs', () => {
  it('creates every list, field, index, group and grant, and a second run changes nothing', async () => {
    const admin = emu.as(PEOPLE.admin);
    const first = await provisionSchema(admin, SCHEMA);
    const kinds = first.steps.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'list')).toHaveLength(SCHEMA.lists.length);
    expect(kinds.filter((k) => k === 'group')).toHaveLength(SCHEMA.groups.length);

    for (const list of SCHEMA.lists) {
      const fields = await admin.web.lists
        .getByTitle(list.title)
        .fields.select('InternalName', 'Title', 'Indexed')<{ InternalName: string; Title: string; Indexed: boolean }[]>();
      for (const def of list.fields) {
        const actual = fields.filter((f) => f.InternalName === def.name)[0];
        expect(actual).toBeDefined();
        expect(actual.Title).toBe(def.title);
        expect(actual.Indexed).toBe(!!def.indexed);
      }
      const info = await admin.web.lists
        .getByTitle(list.title)
        .select('ReadSecurity', 'WriteSecurity', 'HasUniqueRoleAssignments')<{
        ReadSecurity: number;
        WriteSecurity: number;
        HasUniqueRoleAssignments: boolean;
      }>();
      expect(info).toEqual(
        expect.objectContaining({ ReadSecurity: list.readSecurity, WriteSecurity: list.writeSecurity, HasUniqueRoleAssignments: true })
      );
    }

    const second = await provisionSchema(admin, SCHEMA);
    expect(second.steps).toEqual([]);
  });

  it('refuses a non-owner: an employee cannot provision (403 from SharePoint permissions)', async () => {
    await expect(provisionSchema(emu.as(PEOPLE.employee), { ...SCHEMA, groups: [], lists: [{ ...SCHEMA.lists[0], title: 'Stiekem' }] })).rejects.toMatchObject({
      status: 403
    });
  });

  it('10. leaves nobody with direct access: the runner’s own Full Control is removed, the private list is not crawled, and others are reported', async () => {
    // The coach (a site owner) runs the set-up on a fresh site: breaking inheritance gives them a
    // direct assignment on every list, as in SharePoint Online.
    const site = await startEmulator();
    try {
      const coach = site.as(PEOPLE.coach);
      const plan = await provisionSchema(coach, SCHEMA, { dryRun: true });
      expect(plan.steps.filter((s) => s.detail === 'remove the direct access of whoever runs the set-up')).toHaveLength(SCHEMA.lists.length);
      await provisionSchema(coach, SCHEMA);
      const coachId = (await coach.web.currentUser.select('Id')<{ Id: number }>()).Id;
      const privateList = coach.web.lists.getByTitle('SamenBeter Aanmeldingen besloten');
      const principals = (await privateList.roleAssignments.select('PrincipalId')<{ PrincipalId: number }[]>()).map((a) => a.PrincipalId);
      expect(principals).not.toContain(coachId);
      expect((await privateList.select('NoCrawl')<{ NoCrawl: boolean }>()).NoCrawl).toBe(true);
      // The coach still reads every private sign-up, through the owners' group only.
      const employee = site.as(PEOPLE.employee);
      const me = (await employee.web.currentUser.select('Id')<{ Id: number }>()).Id;
      await employee.web.lists.getByTitle('SamenBeter Aanmeldingen besloten').items.add({ Title: '1', SbSlot: '1', SbActivityId: 1, SbPersonId: me });
      expect(await privateList.items.select('Id')()).toHaveLength(1);

      // Someone gives a colleague direct access to the private list: the check reports it.
      const roleDef = await coach.web.roleDefinitions.getByType(2).select('Id')<{ Id: number }>();
      const colleague = (await site.as(PEOPLE.employee2).web.currentUser.select('Id')<{ Id: number }>()).Id;
      await privateList.roleAssignments.add(colleague, roleDef.Id);
      const check = await provisionSchema(coach, SCHEMA, { dryRun: true });
      expect(check.steps).toEqual([]);
      expect(check.findings).toEqual([{ kind: 'access', target: 'SamenBeter Aanmeldingen besloten', detail: 'employee2' }]);
    } finally {
      await site.close();
    }
  });

  it('fills the groups idempotently', async () => {
    const admin = emu.as(PEOPLE.admin);
    expect(await addGroupMembers(admin, 'communications', [PEOPLE.comms])).toBe(1);
    expect(await addGroupMembers(admin, 'communications', [PEOPLE.comms])).toBe(0);
  });
});
