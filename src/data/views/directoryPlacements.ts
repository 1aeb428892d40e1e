import type { SPFI } from '@pnp/sp';
import type { PersonPlacement } from '../../core/participation/figureTypes';
import { GraphCallError, GraphRequester } from '../graph/graphRequester';
import { DirectoryEntry, readDirectory } from '../graph/directoryUsers';
import { readSiteUserLogins, SiteUserLogin } from '../repositories/SpSiteUserRepository';

// Department and office per person for the participation figures ("from the directory,
// aggregated only", issue 13). Registrations name people by SharePoint site user id (SbPerson,
// Author); the directory (Microsoft Graph) knows them by sign-in name. Two whole reads, joined
// here in memory, so no request ever names or singles out a person:
//   1. the site's User Information List, paged by Id: id -> user principal name / e-mail
//      (1 SharePoint request per 2,000 site users);
//   2. Graph /users with department and officeLocation, paged by @odata.nextLink
//      (1 Graph request per 999 directory users; delegated User.Read.All, admin consent).
// The placements are input to the computation only (figureTypes: "never output"); the stored
// aggregates hold counts per department/office, never the map itself.

export interface DirectoryPlacements {
  /** Person id -> department and office, only for the ids asked for and found with at least one of the two. */
  placements: { [personId: number]: PersonPlacement };
  /**
   * True when the directory could not be read for lack of rights: no Graph requester, Graph
   * answered 401/403 (no approved permission), or Graph answered but gave no one but (at most)
   * the signed-in user a department or office — what it does when only User.ReadBasic.All is
   * approved (see graph/directoryUsers.ts). The figures then say 'onbekend'.
   */
  unavailable: boolean;
}

const UNAVAILABLE: DirectoryPlacements = { placements: {}, unavailable: true };

interface DirectoryIndex {
  byUpn: { [upn: string]: DirectoryEntry };
  /** null: a mail that two accounts share (identifies neither). */
  byMail: { [mail: string]: DirectoryEntry | null };
}

function indexDirectory(entries: DirectoryEntry[]): DirectoryIndex {
  const index: DirectoryIndex = { byUpn: {}, byMail: {} };
  entries.forEach((entry) => {
    if (entry.upn) {
      index.byUpn[entry.upn] = entry;
    }
    if (entry.mail) {
      index.byMail[entry.mail] = entry.mail in index.byMail ? null : entry;
    }
  });
  return index;
}

/** The directory entry of a site user: by user principal name first (what the claims login holds), then by e-mail. */
function entryOf(user: SiteUserLogin, index: DirectoryIndex): DirectoryEntry | undefined {
  if (user.upn && index.byUpn[user.upn]) {
    return index.byUpn[user.upn];
  }
  if (!user.email) {
    return undefined;
  }
  return index.byMail[user.email] || index.byUpn[user.email] || undefined;
}

interface LoadedDirectory {
  index: DirectoryIndex;
  siteUsers: SiteUserLogin[];
}

/** Both lists, read whole; 'unavailable' for lack of Graph rights. */
async function loadDirectory(sp: SPFI, graph: GraphRequester): Promise<LoadedDirectory | 'unavailable'> {
  let directory: DirectoryEntry[];
  let siteUsers: SiteUserLogin[];
  try {
    const [dir, users] = await Promise.all([readDirectory(graph), readSiteUserLogins(sp)]);
    directory = dir.entries;
    siteUsers = users.users;
  } catch (e) {
    if (e instanceof GraphCallError && (e.status === 401 || e.status === 403)) {
      return 'unavailable';
    }
    throw e;
  }
  if (directory.length > 1 && directory.filter((entry) => entry.department || entry.office).length <= 1) {
    return 'unavailable';
  }
  return { index: indexDirectory(directory), siteUsers };
}

function placementsOf(loaded: LoadedDirectory, wanted: { [id: number]: true }): { [personId: number]: PersonPlacement } {
  const placements: { [personId: number]: PersonPlacement } = {};
  loaded.siteUsers.forEach((user) => {
    if (!wanted[user.id]) {
      return;
    }
    const entry = entryOf(user, loaded.index);
    if (!entry || (!entry.department && !entry.office)) {
      return;
    }
    const placement: PersonPlacement = {};
    if (entry.department) {
      placement.department = entry.department;
    }
    if (entry.office) {
      placement.office = entry.office;
    }
    placements[user.id] = placement;
  });
  return placements;
}

/** Department and office of the people with these site user ids. */
export type PlacementReader = (personIds: ReadonlyArray<number>) => Promise<DirectoryPlacements>;

/**
 * A reader that reads the directory and the site's users ONCE and answers every later call from
 * that: "Bereken" computes a dozen periods in a row, and each would otherwise read both whole lists
 * again. A failed read is tried again on the next call. Never fails for lack of Graph rights
 * (→ unavailable); a SharePoint failure, or Graph throttled/unreachable after the client's
 * retries, is thrown as a DataError — a month computed then would store 'onbekend' for everyone.
 */
export function placementReader(sp: SPFI, graph: GraphRequester | undefined): PlacementReader {
  let loading: Promise<LoadedDirectory | 'unavailable'> | undefined;
  return async (personIds) => {
    if (!graph) {
      return UNAVAILABLE;
    }
    const wanted: { [id: number]: true } = {};
    personIds.forEach((id) => {
      if (typeof id === 'number' && isFinite(id) && id > 0) {
        wanted[id] = true;
      }
    });
    if (Object.keys(wanted).length === 0) {
      return { placements: {}, unavailable: false };
    }
    if (!loading) {
      loading = loadDirectory(sp, graph);
      loading.catch(() => (loading = undefined));
    }
    const loaded = await loading;
    return loaded === 'unavailable' ? UNAVAILABLE : { placements: placementsOf(loaded, wanted), unavailable: false };
  };
}

/** One read of department and office for these site user ids (placementReader, used once). */
export function readPlacements(sp: SPFI, graph: GraphRequester | undefined, personIds: ReadonlyArray<number>): Promise<DirectoryPlacements> {
  return placementReader(sp, graph)(personIds);
}
