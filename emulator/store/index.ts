// The site's database: one object with the per-concern stores and the site-wide ids.
import { randomBytes, randomUUID } from 'node:crypto';
import { Db, getMeta, openDatabase, setMeta, transaction } from './database';
import { Items } from './items';
import { Lists } from './lists';
import { DirectoryGroup, DirectoryPerson, PrincipalType, Principals } from './principals';
import { RoleId, Roles, WEB_SCOPE } from './roles';

export interface SiteIds {
  siteId: string;
  webId: string;
  tenantId: string;
  /** HMAC key for form digests, kept in the file so digests survive a restart. */
  digestSecret: string;
  everyoneId: number;
  ownersGroupId: number;
  membersGroupId: number;
  visitorsGroupId: number;
}

export const EVERYONE_TITLE = 'Everyone except external users';

export class Store {
  readonly principals: Principals;
  readonly roles: Roles;
  readonly lists: Lists;
  readonly items: Items;
  readonly ids: SiteIds;

  constructor(readonly db: Db) {
    this.principals = new Principals(db);
    this.roles = new Roles(db);
    this.lists = new Lists(db);
    this.items = new Items(db);
    this.ids = transaction(db, () => this.initialise());
  }

  static open(file: string): Store {
    return new Store(openDatabase(file));
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  /** A new file becomes a fresh site; an existing one keeps its ids and data. */
  private initialise(): SiteIds {
    const db = this.db;
    const meta = (key: string, make: () => string): string => {
      const existing = getMeta(db, key);
      if (existing !== undefined) return existing;
      const value = make();
      setMeta(db, key, value);
      return value;
    };
    const siteId = meta('siteId', randomUUID);
    const webId = meta('webId', randomUUID);
    const tenantId = meta('tenantId', randomUUID);
    const digestSecret = meta('digestSecret', () => randomBytes(32).toString('hex'));
    this.roles.seedDefinitions();

    if (getMeta(db, 'seeded') === undefined) {
      // Principal ids as on a fresh SharePoint Online team site: the system account first,
      // then the Owners (3), Visitors (4) and Members (5) groups.
      // Everyone may see the members of the associated groups, as on a new team site.
      const insert = db.prepare(`INSERT INTO principals (id, principal_type, title, login_name, is_hidden, description, owner_id,
        only_allow_members_view_membership) VALUES (?, ?, ?, ?, ?, ?, ?, 0)`);
      insert.run(1, PrincipalType.User, 'System Account', 'SHAREPOINT\\system', 1, null, null);
      insert.run(2, PrincipalType.SecurityGroup, EVERYONE_TITLE, `c:0-.f|rolemanager|spo-grid-all-users/${tenantId}`, 0, null, null);
      insert.run(3, PrincipalType.SharePointGroup, 'Stella Owners', 'Stella Owners', 0, 'Use this group to grant people full control permissions to the SharePoint site: Stella', 3);
      insert.run(4, PrincipalType.SharePointGroup, 'Stella Visitors', 'Stella Visitors', 0, 'Use this group to grant people read permissions to the SharePoint site: Stella', 3);
      insert.run(5, PrincipalType.SharePointGroup, 'Stella Members', 'Stella Members', 0, 'Use this group to grant people contribute permissions to the SharePoint site: Stella', 3);
      this.roles.add(WEB_SCOPE, 3, RoleId.FullControl);
      this.roles.add(WEB_SCOPE, 4, RoleId.Read);
      this.roles.add(WEB_SCOPE, 5, RoleId.Edit);
      this.roles.add(WEB_SCOPE, 2, RoleId.Read);
      setMeta(db, 'seeded', '1');
    }
    return { siteId, webId, tenantId, digestSecret, everyoneId: 2, ownersGroupId: 3, visitorsGroupId: 4, membersGroupId: 5 };
  }

  /** Loads the tenant directory and applies the configured owners and site admins. */
  applyDirectory(directory: DirectoryPerson[], siteOwners: string[], siteAdmins: string[], groups: DirectoryGroup[] = []): void {
    transaction(this.db, () => {
      for (const person of directory) this.principals.upsertPerson(person);
      for (const group of groups) this.principals.upsertDirectoryGroup(group);
      const isGroup = (login: string): boolean => groups.some((g) => g.login.toLowerCase() === login.toLowerCase());
      // Owners and admins the directory does not list still need to be able to sign in.
      for (const email of [...siteOwners, ...siteAdmins]) {
        if (!isGroup(email) && !this.principals.person(email)) this.principals.upsertPerson({ email, displayName: email.split('@')[0] });
      }
      // An owner or admin may be a tenant group (a group-connected site's Microsoft 365 group).
      const principal = (login: string) => (isGroup(login) ? this.principals.ensureByLogin(login)! : this.principals.ensureUser(login)!);
      for (const login of siteOwners) this.principals.addMember(this.ids.ownersGroupId, principal(login).id);
      for (const login of siteAdmins) this.principals.setSiteAdmin(principal(login).id, true);
    });
  }
}

export type { DirectoryGroup, DirectoryPerson } from './principals';
