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

  it('fills the groups idempotently', async () => {
    const admin = emu.as(PEOPLE.admin);
    expect(await addGroupMembers(admin, 'communications', [PEOPLE.comms])).toBe(1);
    expect(await addGroupMembers(admin, 'communications', [PEOPLE.comms])).toBe(0);
  });
});
