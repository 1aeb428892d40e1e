import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { GroupKey } from '../schema/schemaTypes';
import { GROUPS } from '../schema/lists';

/** SharePoint Online's claim for a work account. */
export function membershipLoginName(email: string): string {
  return `i:0#.f|membership|${email}`;
}

/** Adds people to one of our groups; people already in it are left as they are. */
export async function addGroupMembers(sp: SPFI, key: GroupKey, emails: ReadonlyArray<string>): Promise<number> {
  const title = GROUPS.filter((g) => g.key === key)[0].title;
  const group = sp.web.siteGroups.getByName(title);
  const current = await group.users.select('Email')<{ Email: string }[]>();
  const have = current.map((u) => (u.Email || '').toLowerCase());
  let added = 0;
  for (const email of emails) {
    if (have.indexOf(email.toLowerCase()) < 0) {
      await group.users.add(membershipLoginName(email));
      added++;
    }
  }
  return added;
}
