import { GraphCallError, GraphRequester, toGraphDataError } from './graphRequester';

// The tenant directory's department and office per person, for HR's participation figures
// (split by department and office, aggregated only). One list call for everyone, paged:
//   GET /users?$select=id,userPrincipalName,mail,department,officeLocation&$top=999
// then `@odata.nextLink` as Graph hands it out ("Paging Microsoft Graph data in your app": follow
// the whole URL, never build or change it; 999 is the largest page "List users" allows). No request
// names a person: the directory is read whole and matched here, in the browser.
//
// Permission: delegated User.Read.All. "List users" accepts User.ReadBasic.All as least privileged,
// but that scope reads only the basic profile — displayName, givenName, mail, photo, surname,
// userPrincipalName (Microsoft Graph "Permissions reference", User.ReadBasic.All:
// https://learn.microsoft.com/graph/permissions-reference#userreadbasicall). department and
// officeLocation are outside it and come back null with it (microsoftgraph/microsoft-graph-docs#4993,
// #2155), so the solution asks for User.Read.All ("Read all users' full profiles"; "List users":
// https://learn.microsoft.com/graph/api/user-list, Permissions). department is returned only on
// $select ("user resource type": https://learn.microsoft.com/graph/api/resources/user).

/** Graph's largest page for /users ("List users": $top 1..999). */
export const DIRECTORY_PAGE_SIZE = 999;

export interface DirectoryEntry {
  /** Lower-cased userPrincipalName ('' when Graph gave none). */
  upn: string;
  /** Lower-cased mail, or null. */
  mail: string | null;
  department: string | null;
  office: string | null;
}

interface GraphUser {
  id?: string;
  userPrincipalName?: string | null;
  mail?: string | null;
  department?: string | null;
  officeLocation?: string | null;
}

interface GraphUserPage {
  value?: GraphUser[];
  '@odata.nextLink'?: string;
}

const FIRST_PAGE = `/users?$select=id,userPrincipalName,mail,department,officeLocation&$top=${DIRECTORY_PAGE_SIZE}`;

/** A trimmed, non-empty string or null. */
function text(value: unknown): string | null {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed ? trimmed : null;
}

/**
 * The path after `/v1.0` of Graph's next-page URL, unchanged (the requesters prefix their own
 * root and version). Refuses a link that leaves /users: the loop must only ever read the directory.
 */
export function nextPagePath(nextLink: string): string {
  const path = nextLink.replace(/^https?:\/\/[^/]+\/v1\.0(?=\/)/i, '');
  if (!/^\/users\?/i.test(path)) {
    throw new GraphCallError(502, 'unexpectedNextLink', 'Graph answered /users with a next page elsewhere.');
  }
  return path;
}

/**
 * Everyone in the directory with department and office. Throws GraphCallError for 401/403
 * (the admin has not approved User.Read.All, or no token) so the caller can say "unavailable";
 * any other failure (throttled past the client's retries, network) as a DataError.
 */
export async function readDirectory(graph: GraphRequester): Promise<{ entries: DirectoryEntry[]; requests: number }> {
  const entries: DirectoryEntry[] = [];
  let requests = 0;
  let path: string | undefined = FIRST_PAGE;
  while (path) {
    let page: GraphUserPage;
    try {
      page = (await graph.call<GraphUserPage>('GET', path)) || {};
    } catch (e) {
      if (e instanceof GraphCallError && (e.status === 401 || e.status === 403)) {
        throw e;
      }
      throw toGraphDataError(e);
    }
    requests++;
    (page.value || []).forEach((u) => {
      const upn = text(u.userPrincipalName);
      entries.push({ upn: upn ? upn.toLowerCase() : '', mail: text(u.mail) ? (text(u.mail) as string).toLowerCase() : null, department: text(u.department), office: text(u.officeLocation) });
    });
    const next = page['@odata.nextLink'];
    path = typeof next === 'string' && next ? nextPagePath(next) : undefined;
  }
  return { entries, requests };
}
