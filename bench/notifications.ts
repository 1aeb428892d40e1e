import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createEmulator } from '../emulator/server';
import { spForSiteUrl } from '../src/data/sp/spFactory';
import { BearerIdentity } from '../src/data/sp/behaviors';
import { SCHEMA } from '../src/data/schema/lists';
import { provisionSchema } from '../src/data/provisioning/provision';
import { addGroupMembers } from '../src/data/provisioning/groupMembers';
import { studioApi } from '../src/data/views/studioApi';
import { SpRegistrationRepository } from '../src/data/repositories/SpRegistrationRepository';
import { fetchGraphRequester } from '../src/data/graph/graphRequester';
import { participantMessenger } from '../src/data/graph/participantMessenger';
import { ACTIVITY_TYPES } from '../src/core/notifications/activityTypes';
import { ActivityDraft } from '../src/core/activities/activityDraft';
import '@pnp/sp/site-users/web';

// Issue "Participants hear about it": what telling participants of a changed activity costs —
// SharePoint requests (reading who is signed up, with sign-in names) and Graph requests
// (notifications, 20 per $batch) — for 20, 100 and 1,000 people. Budget: 20 people → ≤ 2 Graph
// requests, and the SharePoint side does not grow with the number of people.

const ADMIN = 'beheer@bench.example';
const AMBASSADOR = 'ambassadeur@bench.example';
const SIZES = [20, 100, 1000];
const person = (n: number): string => `deelnemer${String(n).padStart(4, '0')}@bench.example`;

function draft(startTime: string): ActivityDraft {
  return {
    title: 'Lunchwandeling', descriptionHtml: '', pillar: 'Samen', shape: 'oneOff', dates: ['2027-01-12'], startTime, endTime: '13:00',
    venueKind: 'onSite', location: 'Stadhuis', meetingUrl: '', capacity: '', unlimited: true, deadlineDate: '', deadlineTime: '', isPrivate: false, imageUrl: ''
  };
}

interface Row { people: number; spRequests: number; spBytes: number; graphRequests: number; told: number }

async function runSize(size: number): Promise<Row> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sb-bench-notify-'));
  const people = Array.from({ length: size }, (_, i) => person(i + 1));
  const directory = [ADMIN, AMBASSADOR, ...people].map((email) => ({ email, displayName: email.split('@')[0], department: 'Bench', office: 'Stadhuis', jobTitle: 'x' }));
  const emulator = await createEmulator({
    dbFile: path.join(dir, 'bench.sqlite'),
    directory,
    siteOwners: [ADMIN],
    siteAdmins: [ADMIN],
    graph: { consent: ['TeamsActivity.Send'], teamsAppInstalledFor: 'all', activityTypes: ACTIVITY_TYPES.map((t) => t.type) }
  });
  try {
    const { url } = await emulator.listen(0);
    const siteUrl = `${url}/sites/stella`;
    const as = (email: string) => spForSiteUrl(siteUrl, BearerIdentity(email));
    await provisionSchema(as(ADMIN), SCHEMA);
    await addGroupMembers(as(ADMIN), 'ambassadors', [AMBASSADOR]);
    const messenger = participantMessenger({
      graph: fetchGraphRequester(url, () => ({ Authorization: `Bearer ${AMBASSADOR}` })),
      teamsAppId: '4baa1876-7db1-44d4-bc1f-f7aa129c67c9',
      activitiesEntityId: 'cc2686d2-51d1-4d96-9bd2-fd0ec1aeb0fb',
      locale: 'nl-NL'
    });
    const api = studioApi(as(AMBASSADOR), messenger);
    const published = await api.publish(draft('12:15'));
    for (const email of people) {
      const sp = as(email);
      const id = (await sp.web.currentUser.select('Id')<{ Id: number }>()).Id;
      await new SpRegistrationRepository(sp).signUp({ activityId: published.activity.id, sessionDate: null, isPrivate: false }, id);
    }
    const saved = await api.update(published.activity.id, published.etag, draft('12:30'));
    emulator.stats.reset();
    const outcome = await api.tellParticipants(published.activity, saved.activity, { kind: 'changed' });
    const stats = emulator.stats.snapshot();
    return { people: size, spRequests: stats.requests, spBytes: stats.bytes, graphRequests: outcome.requests, told: outcome.told };
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the table; false when a budget is missed. */
export async function runNotifications(): Promise<boolean> {
  const rows: Row[] = [];
  for (const size of SIZES) {
    rows.push(await runSize(size));
  }
  const lines = ['people | SharePoint requests | SharePoint bytes | Graph requests | told', '--- | --- | --- | --- | ---'];
  rows.forEach((r) => lines.push([r.people, r.spRequests, r.spBytes, r.graphRequests, r.told].join(' | ')));
  console.log(`\nTelling participants of a changed activity\n${lines.join('\n')}\n`);
  const twenty = rows[0];
  const ok = twenty.graphRequests <= 2 && rows.every((r) => r.told === r.people && r.graphRequests === Math.ceil(r.people / 20) && r.spRequests === rows[0].spRequests);
  console.log(`budget notify 20 people: ${twenty.graphRequests} Graph request(s), budget 2 ${twenty.graphRequests <= 2 ? 'ok' : 'OVER'}; SharePoint requests constant: ${rows.every((r) => r.spRequests === rows[0].spRequests) ? 'yes' : 'NO'}`);
  return ok;
}
