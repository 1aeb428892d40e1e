import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { spForSiteUrl } from '../../src/data/sp/spFactory';
import { BearerIdentity } from '../../src/data/sp/behaviors';
import { SCHEMA } from '../../src/data/schema/lists';
import { provisionSchema } from '../../src/data/provisioning/provision';
import { addItems } from '../../src/data/provisioning/addItems';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { ADMIN_EMAIL, AMBASSADOR_EMAILS, COMMUNICATIONS_EMAILS } from './people';
import { activities, nationalDays, newsPosts, weeklyThemes } from './content';

// Seeds a fresh emulator site the way a real one would be set up: the site admin
// provisions through the product's own PnPjs code, Communications writes the themes,
// national days and news, and each organiser posts their own activities.

export interface SeedReport {
  provisionSteps: number;
  items: { [list: string]: number };
}

export async function seedSite(siteUrl: string, now: Date): Promise<SeedReport> {
  const as = (email: string): SPFI => spForSiteUrl(siteUrl, BearerIdentity(email));
  const admin = as(ADMIN_EMAIL);
  const provisioned = await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'ambassadors', AMBASSADOR_EMAILS);
  await addGroupMembers(admin, 'communications', COMMUNICATIONS_EMAILS);

  const comms = as(COMMUNICATIONS_EMAILS[0]);
  const items: { [list: string]: number } = {};
  items.weeklyThemes = (await addItems(comms, 'weeklyThemes', weeklyThemes(now))).length;
  items.nationalDays = (await addItems(comms, 'nationalDays', nationalDays())).length;
  items.news = (await addItems(comms, 'news', newsPosts(now))).length;

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
    items.activities += (await addItems(organiser, 'activities', bodies)).length;
  }
  return { provisionSteps: provisioned.steps.length, items };
}
