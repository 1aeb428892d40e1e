// Directory people, site users, the "Everyone except external users" claim and SharePoint groups.
import { Db, transaction } from './database';

export interface DirectoryPerson {
  email: string;
  displayName: string;
  department?: string;
  office?: string;
  jobTitle?: string;
}

export const PrincipalType = { User: 1, SecurityGroup: 4, SharePointGroup: 8 } as const;

/**
 * A tenant group as SharePoint sees it: one claim, one principal (type 4, SecurityGroup).
 * Claims: an Entra ID security group is `c:0t.c|tenant|<object id>`; a Microsoft 365 group's
 * members are `c:0o.c|federateddirectoryclaimprovider|<object id>` and its owners the same
 * with `_o` appended. Source: the claim encodings SharePoint Online shows in a site's
 * permissions (c:0t.c = tenant security group, c:0o.c = federated directory claim provider);
 * unverified beyond public usage in PnP scripts.
 */
export interface DirectoryGroup {
  login: string;
  displayName: string;
  /** E-mails of the people in it (for an `_o` claim: the group's owners). */
  members: string[];
}

export interface Principal {
  id: number;
  principalType: number;
  title: string;
  loginName: string;
  email: string | null;
  isSiteAdmin: boolean;
  isHidden: boolean;
  description: string | null;
  ownerId: number | null;
  allowMembersEditMembership: boolean;
  onlyAllowMembersViewMembership: boolean;
  department: string | null;
  jobTitle: string | null;
  office: string | null;
}

// SharePoint Online login names: i:0#.f|membership|user@domain (learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference, Table 1).
export const MEMBERSHIP_PREFIX = 'i:0#.f|membership|';

export function membershipLogin(email: string): string {
  return `${MEMBERSHIP_PREFIX}${email.toLowerCase()}`;
}

/** 'i:0#.f|membership|a@b' or a bare e-mail -> the e-mail; anything else -> undefined. */
export function emailFromLogin(login: string): string | undefined {
  const trimmed = login.trim();
  if (trimmed.toLowerCase().startsWith(MEMBERSHIP_PREFIX)) return trimmed.slice(MEMBERSHIP_PREFIX.length);
  if (/^[^\s|@]+@[^\s|@]+$/.test(trimmed)) return trimmed;
  return undefined;
}

function toPrincipal(row: Record<string, unknown>): Principal {
  return {
    id: Number(row.id),
    principalType: Number(row.principal_type),
    title: String(row.title),
    loginName: String(row.login_name),
    email: (row.email as string | null) ?? null,
    isSiteAdmin: row.is_site_admin === 1,
    isHidden: row.is_hidden === 1,
    description: (row.description as string | null) ?? null,
    ownerId: row.owner_id == null ? null : Number(row.owner_id),
    allowMembersEditMembership: row.allow_members_edit_membership === 1,
    onlyAllowMembersViewMembership: row.only_allow_members_view_membership === 1,
    department: (row.department as string | null) ?? null,
    jobTitle: (row.job_title as string | null) ?? null,
    office: (row.office as string | null) ?? null
  };
}

export class Principals {
  constructor(private readonly db: Db) {}

  upsertPerson(person: DirectoryPerson): void {
    this.db.prepare(`INSERT INTO directory (email, display_name, department, office, job_title) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(email) DO UPDATE SET display_name = excluded.display_name, department = excluded.department,
      office = excluded.office, job_title = excluded.job_title`)
      .run(person.email, person.displayName, person.department ?? null, person.office ?? null, person.jobTitle ?? null);
    // Keep an existing site user's profile fields in step with the directory.
    this.db.prepare('UPDATE principals SET title = ?, department = ?, office = ?, job_title = ? WHERE principal_type = 1 AND email = ?')
      .run(person.displayName, person.department ?? null, person.office ?? null, person.jobTitle ?? null, person.email);
  }

  /** Adds or replaces a tenant group and its members (membership changes as in Entra ID). */
  upsertDirectoryGroup(group: DirectoryGroup): void {
    transaction(this.db, () => {
      this.db.prepare(`INSERT INTO directory_groups (login, display_name) VALUES (?, ?)
        ON CONFLICT(login) DO UPDATE SET display_name = excluded.display_name`).run(group.login, group.displayName);
      this.db.prepare('DELETE FROM directory_group_members WHERE group_login = ?').run(group.login);
      const add = this.db.prepare('INSERT OR IGNORE INTO directory_group_members (group_login, email) VALUES (?, ?)');
      for (const email of group.members) add.run(group.login, email);
    });
  }

  /** The site principals of the tenant groups `email` belongs to (only groups already used on the site). */
  directoryGroupsOf(email: string): Principal[] {
    return this.db.prepare(`SELECT p.* FROM principals p JOIN directory_group_members m ON m.group_login = p.login_name
      WHERE m.email = ? ORDER BY p.id`).all(email).map(toPrincipal);
  }

  person(email: string): DirectoryPerson | undefined {
    const row = this.db.prepare('SELECT * FROM directory WHERE email = ?').get(email) as Record<string, string | null> | undefined;
    if (!row) return undefined;
    return {
      email: String(row.email), displayName: String(row.display_name),
      department: row.department ?? undefined, office: row.office ?? undefined, jobTitle: row.job_title ?? undefined
    };
  }

  byId(id: number): Principal | undefined {
    const row = this.db.prepare('SELECT * FROM principals WHERE id = ?').get(id);
    return row ? toPrincipal(row) : undefined;
  }

  byLogin(login: string): Principal | undefined {
    const row = this.db.prepare('SELECT * FROM principals WHERE login_name = ?').get(login.trim());
    return row ? toPrincipal(row) : undefined;
  }

  userByEmail(email: string): Principal | undefined {
    const row = this.db.prepare('SELECT * FROM principals WHERE principal_type = 1 AND email = ?').get(email.trim());
    return row ? toPrincipal(row) : undefined;
  }

  /** Site users (and the claims that act as users), as `web/siteUsers` lists them (claims included: unverified). */
  siteUsers(): Principal[] {
    return this.db.prepare('SELECT * FROM principals WHERE principal_type IN (1, 4) ORDER BY id').all().map(toPrincipal);
  }

  /**
   * The directory person as a site user, created on first use like SharePoint's User
   * Information List entry. Undefined when the e-mail is not in the directory.
   */
  ensureUser(email: string): Principal | undefined {
    const existing = this.userByEmail(email);
    if (existing) return existing;
    const person = this.person(email);
    if (!person) return undefined;
    const result = this.db.prepare(`INSERT INTO principals (principal_type, title, login_name, email, department, job_title, office)
      VALUES (1, ?, ?, ?, ?, ?, ?)`)
      .run(person.displayName, membershipLogin(person.email), person.email, person.department ?? null, person.jobTitle ?? null, person.office ?? null);
    return this.byId(Number(result.lastInsertRowid));
  }

  /** Resolves a login name / e-mail / claim to a principal, creating the site user if needed. */
  ensureByLogin(login: string): Principal | undefined {
    const direct = this.byLogin(login);
    if (direct) return direct;
    const group = this.db.prepare('SELECT * FROM directory_groups WHERE login = ?').get(login.trim()) as { login: string; display_name: string } | undefined;
    if (group) {
      const result = this.db.prepare('INSERT INTO principals (principal_type, title, login_name) VALUES (4, ?, ?)').run(group.display_name, group.login);
      return this.byId(Number(result.lastInsertRowid));
    }
    const email = emailFromLogin(login);
    return email ? this.ensureUser(email) : undefined;
  }

  setSiteAdmin(id: number, admin: boolean): void {
    this.db.prepare('UPDATE principals SET is_site_admin = ? WHERE id = ?').run(admin ? 1 : 0, id);
  }

  // --- groups ---

  groups(): Principal[] {
    return this.db.prepare('SELECT * FROM principals WHERE principal_type = 8 ORDER BY id').all().map(toPrincipal);
  }

  groupById(id: number): Principal | undefined {
    const row = this.db.prepare('SELECT * FROM principals WHERE principal_type = 8 AND id = ?').get(id);
    return row ? toPrincipal(row) : undefined;
  }

  groupByName(name: string): Principal | undefined {
    const row = this.db.prepare('SELECT * FROM principals WHERE principal_type = 8 AND title = ?').get(name);
    return row ? toPrincipal(row) : undefined;
  }

  // A SharePoint group's LoginName is its title (pnp/PnP-PowerShell#1584 output); OnlyAllowMembersViewMembership
  // true by default: unverified.
  createGroup(title: string, description: string, ownerId: number | null, options: { allowMembersEditMembership?: boolean; onlyAllowMembersViewMembership?: boolean } = {}): Principal {
    const result = this.db.prepare(`INSERT INTO principals (principal_type, title, login_name, description, owner_id,
        allow_members_edit_membership, only_allow_members_view_membership) VALUES (8, ?, ?, ?, ?, ?, ?)`)
      .run(title, title, description, ownerId, options.allowMembersEditMembership ? 1 : 0, options.onlyAllowMembersViewMembership === false ? 0 : 1);
    return this.byId(Number(result.lastInsertRowid))!;
  }

  updateGroup(id: number, changes: { title?: string; description?: string; ownerId?: number; allowMembersEditMembership?: boolean; onlyAllowMembersViewMembership?: boolean }): void {
    transaction(this.db, () => {
      if (changes.title !== undefined) this.db.prepare('UPDATE principals SET title = ?, login_name = ? WHERE id = ?').run(changes.title, changes.title, id);
      if (changes.description !== undefined) this.db.prepare('UPDATE principals SET description = ? WHERE id = ?').run(changes.description, id);
      if (changes.ownerId !== undefined) this.db.prepare('UPDATE principals SET owner_id = ? WHERE id = ?').run(changes.ownerId, id);
      if (changes.allowMembersEditMembership !== undefined) {
        this.db.prepare('UPDATE principals SET allow_members_edit_membership = ? WHERE id = ?').run(changes.allowMembersEditMembership ? 1 : 0, id);
      }
      if (changes.onlyAllowMembersViewMembership !== undefined) {
        this.db.prepare('UPDATE principals SET only_allow_members_view_membership = ? WHERE id = ?').run(changes.onlyAllowMembersViewMembership ? 1 : 0, id);
      }
    });
  }

  deleteGroup(id: number): void {
    transaction(this.db, () => {
      this.db.prepare('DELETE FROM group_members WHERE group_id = ?').run(id);
      this.db.prepare('DELETE FROM role_assignments WHERE principal_id = ?').run(id);
      this.db.prepare('DELETE FROM principals WHERE id = ? AND principal_type = 8').run(id);
    });
  }

  members(groupId: number): Principal[] {
    return this.db.prepare(`SELECT p.* FROM group_members m JOIN principals p ON p.id = m.user_id
      WHERE m.group_id = ? ORDER BY p.id`).all(groupId).map(toPrincipal);
  }

  groupsOf(userId: number): Principal[] {
    return this.db.prepare(`SELECT p.* FROM group_members m JOIN principals p ON p.id = m.group_id
      WHERE m.user_id = ? ORDER BY p.id`).all(userId).map(toPrincipal);
  }

  isMember(groupId: number, userId: number): boolean {
    return this.db.prepare('SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ?').get(groupId, userId) !== undefined;
  }

  addMember(groupId: number, userId: number): void {
    this.db.prepare('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)').run(groupId, userId);
  }

  removeMember(groupId: number, userId: number): void {
    this.db.prepare('DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(groupId, userId);
  }
}
