import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA } from '../../src/data/schema/lists';
import { studioApi } from '../../src/data/views/studioApi';
import { SpActivityRepository } from '../../src/data/repositories/SpActivityRepository';
import { lunchWalkDraft } from '../support/drafts';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';

// The catalogue's search box, on the server: every word in the title or the location,
// quotes and OData syntax taken literally, "online" finds online activities.

let emu: EmulatorFixture;
const NOW = new Date('2026-11-22T10:00:00Z');

beforeAll(async () => {
  emu = await startEmulator();
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'ambassadors', [PEOPLE.ambassador]);
  const studio = studioApi(emu.as(PEOPLE.ambassador));
  await studio.publish(lunchWalkDraft({ title: 'Lunchwandeling vanaf het Stadhuis', location: 'Stadhuis Markt' }));
  await studio.publish(lunchWalkDraft({ title: "Quiz van O'Brien: substringof('a',Title) eq true", location: 'Mosae Forum' }));
  await studio.publish(lunchWalkDraft({ title: 'Stoelyoga', venueKind: 'online', location: '', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/x' }));
});

afterAll(async () => {
  await emu.close();
});

async function titles(search: string): Promise<string[]> {
  const page = await new SpActivityRepository(emu.as(PEOPLE.employee)).listUpcoming({ search }, NOW, 20);
  return page.activities.map((a) => a.title).sort();
}

describe('catalogue search against the emulator', () => {
  it('needs every word, in the title or the location, in any order and case', async () => {
    expect(await titles('stadhuis lunch')).toEqual(['Lunchwandeling vanaf het Stadhuis']);
    expect(await titles('LUNCHWANDELING markt')).toEqual(['Lunchwandeling vanaf het Stadhuis']);
    expect(await titles('lunch forum')).toEqual([]);
  });

  it("takes quotes and OData syntax literally", async () => {
    expect(await titles("O'Brien substringof('a',Title)")).toEqual(["Quiz van O'Brien: substringof('a',Title) eq true"]);
    expect(await titles("' or 1 eq 1 or '")).toEqual([]);
  });

  it('finds online activities by the word "online"', async () => {
    expect(await titles('online')).toEqual(['Stoelyoga']);
    expect(await titles('yoga online')).toEqual(['Stoelyoga']);
  });
});
