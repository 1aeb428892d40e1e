import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { spForSiteUrl } from '../../src/data/sp/spFactory';
import { BearerIdentity } from '../../src/data/sp/behaviors';
import { setupApi } from '../../src/data/views/setupApi';
import { addItems } from '../../src/data/provisioning/addItems';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { ADMIN_EMAIL, AMBASSADORS_ENTRA_GROUP, COACH_EMAIL, COMMUNICATIONS_EMAILS } from './people';
import { GROUPS } from '../../src/data/schema/lists';
import '@pnp/sp/site-groups/web';
import { SpPrivateCountRepository } from '../../src/data/repositories/SpPrivateCountRepository';
import { activities, closingDays, draftNewsPosts, newsPosts, studioLocations, weeklyThemes } from './content';
import { seedNewsPages } from './seedNews';
import { seedHistory } from './history';

// Seeds a fresh emulator site the way a real one is set up: the site admin runs the
// product's own set-up (lists, groups, permissions, default national days) through
// PnPjs, Communications writes the themes and news, and each organiser posts their own
// activities.

export interface SeedReport {
  provisionSteps: number;
  items: { [list: string]: number };
}

export async function seedSite(siteUrl: string, now: Date): Promise<SeedReport> {
  const as = (email: string): SPFI => spForSiteUrl(siteUrl, BearerIdentity(email));
  const admin = as(ADMIN_EMAIL);
  const provisioned = await setupApi(admin).run(() => undefined);
  // The ambassadors come in through their Entra ID group (roles follow effective permissions).
  await admin.web.siteGroups.getByName(GROUPS.filter((g) => g.key === 'ambassadors')[0].title).users.add(AMBASSADORS_ENTRA_GROUP.login);
  await addGroupMembers(admin, 'communications', COMMUNICATIONS_EMAILS);
  // Communications edit the intranet's pages (news pages live in Site Pages): site members.
  for (const email of COMMUNICATIONS_EMAILS) {
    await admin.web.associatedMemberGroup.users.add(`i:0#.f|membership|${email}`);
  }

  const comms = as(COMMUNICATIONS_EMAILS[0]);
  const items: { [list: string]: number } = {};
  items.weeklyThemes = (await addItems(comms, 'weeklyThemes', weeklyThemes(now))).length;
  // News as SharePoint news pages: published, scheduled and concepts (seedNews.ts).
  items.newsPages = await seedNewsPages(comms, siteUrl, now, newsPosts(now), draftNewsPosts(now));
  // The owner (vitality coach) keeps the municipality's own closing days.
  items.closingDays = (await addItems(as(COACH_EMAIL), 'closingDays', closingDays(now))).length;

  // The places the studio offers: the coordinator (a site owner) keeps "SamenBeter Locaties".
  items.locations = (await addItems(as(COACH_EMAIL), 'locations', studioLocations())).length;

  // Activities are created by their organisers (WriteSecurity 2 makes them the owners).
  const byOrganiser: { [email: string]: Record<string, unknown>[] } = {};
  for (const activity of activities(now)) {
    const { organiserEmail, ...body } = activity as { organiserEmail: string } & Record<string, unknown>;
    (byOrganiser[organiserEmail] = byOrganiser[organiserEmail] || []).push(body);
  }
  items.activities = 0;
  for (const email of Object.keys(byOrganiser)) {
    const organiser = as(email);
    const user = await organiser.web.currentUser.select('Id')<{ Id: number }>();
    const bodies = byOrganiser[email].map((b) => ({ ...b, SbOrganiserId: user.Id }));
    const ids = await addItems(organiser, 'activities', bodies);
    items.activities += ids.length;
    // A coordinator confirms their own private activities, as their studio does on publishing
    // (core/activities/privacy): an entry in "Besloten aantallen", zero counts for now.
    const counts = new SpPrivateCountRepository(organiser);
    for (let i = 0; i < ids.length; i++) {
      if ((bodies[i] as Record<string, unknown>).SbIsPrivate === true) {
        await counts.publish(ids[i], [], now);
      }
    }
  }
  // A year of past activities, sign-ups and attendance (2026), for the Deelname dashboard (history.ts).
  const history = await seedHistory(siteUrl, now);
  items.historyActivities = history.activities;
  items.historyRegistrations = history.registrations;
  items.historyAttendance = history.attendance;
  return { provisionSteps: provisioned.length, items };
}
