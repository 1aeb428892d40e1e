import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { NoMetadata } from '../sp/behaviors';
import { toDataError } from '../errors/toDataError';

/**
 * Site user id -> sign-in name, from the site collection's hidden "User Information List"
 * (`_api/web/siteUserInfoList/items`, PnPjs v4 `sp.web.siteUserInfoList`). The ids are the
 * ones person fields store (SbPerson, Author): each such value is an item of this list
 * (an expanded person is an SP.Data.UserInfoItem).
 *
 * Why this list and not `web/siteUsers`: it is a list, so it pages (`$top` and
 * `$skiptoken=Paged=TRUE&p_ID=<last id>`, Learn "Use OData query operations in SharePoint REST
 * requests", "Page through returned items"); `siteUsers` has no paging. Paging by Id without a
 * filter never meets the 5,000 list view threshold (facts file), and the request names nobody:
 * no e-mail, login or name is ever in the URL, only the last Id of the previous page.
 *
 * Readable by whoever may view the site's items (it inherits the root web's permissions;
 * unverified, see emulator/routes/userInfoList.ts): nothing here is more than an expanded
 * Author already shows a site member.
 */

/** Rows per request: 1 request per 2,000 site users (below the 5,000 threshold). */
export const SITE_USERS_PER_PAGE = 2000;

export interface SiteUserLogin {
  id: number;
  /** The user principal name from the claims login `i:0#.f|membership|<upn>` (or UserName); null for groups. */
  upn: string | null;
  email: string | null;
}

interface UserInfoRow {
  Id: number;
  Name?: string | null;
  UserName?: string | null;
  EMail?: string | null;
}

// SharePoint Online's claims login of an Entra ID user (Learn "Users, groups, and roles REST API reference").
const MEMBERSHIP = 'i:0#.f|membership|';

function clean(value: string | null | undefined): string | null {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return text ? text : null;
}

function upnOf(row: UserInfoRow): string | null {
  const name = typeof row.Name === 'string' ? row.Name.trim() : '';
  if (name.toLowerCase().indexOf(MEMBERSHIP) === 0) {
    return clean(name.slice(MEMBERSHIP.length));
  }
  return clean(row.UserName);
}

/**
 * Every item of the User Information List with its sign-in name and e-mail, in Id order.
 * `requests` is what the read cost: ceil((n + 1) / 2,000) — one page per 2,000 items, plus one
 * short page when n is an exact multiple.
 */
export async function readSiteUserLogins(sp: SPFI): Promise<{ users: SiteUserLogin[]; requests: number }> {
  const users: SiteUserLogin[] = [];
  let requests = 0;
  let after = 0;
  for (;;) {
    let page: UserInfoRow[];
    try {
      let query = sp.web.siteUserInfoList.items.using(NoMetadata()).select('Id', 'Name', 'UserName', 'EMail').top(SITE_USERS_PER_PAGE);
      if (after > 0) {
        query = query.skip(after);
      }
      page = await query<UserInfoRow[]>();
    } catch (e) {
      throw toDataError(e, { listTitle: 'User Information List' });
    }
    requests++;
    page.forEach((row) => users.push({ id: row.Id, upn: upnOf(row), email: clean(row.EMail) }));
    if (page.length < SITE_USERS_PER_PAGE) {
      return { users, requests };
    }
    after = page[page.length - 1].Id;
  }
}
