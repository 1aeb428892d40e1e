import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA } from '../../src/data/schema/lists';
import { EmulatorFixture, PEOPLE, startEmulator } from './emulatorFixture';
import '@pnp/sp/site-groups/web';

/**
 * A provisioned site at `now` where PEOPLE.comms is in the Communications group and, as
 * Communications are on a real intranet, a site member (they edit the news pages).
 */
export async function startCommunicationsSite(now: Date): Promise<EmulatorFixture> {
  const emu = await startEmulator();
  await emu.setNow(now);
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'communications', [PEOPLE.comms]);
  await admin.web.associatedMemberGroup.users.add(`i:0#.f|membership|${PEOPLE.comms}`);
  return emu;
}
