// Permission levels (role definitions) and role assignments per scope ('web' or a list id).
import { Db, transaction } from './database';

export interface RoleDefinition {
  id: number;
  name: string;
  description: string;
  roleTypeKind: number;
  order: number;
  low: string;
  high: string;
  hidden: boolean;
}

export const WEB_SCOPE = 'web';

/** SharePoint Online's built-in permission levels with their ids and base permission masks. Full Control and
 * Contribute (id, mask, Order, RoleTypeKind): learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference. Design, Edit, Read, Limited Access: unverified. */
export const BUILTIN_ROLE_DEFINITIONS: RoleDefinition[] = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', roleTypeKind: 5, order: 1, high: '2147483647', low: '4294967295', hidden: false },
  { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', roleTypeKind: 4, order: 32, high: '432', low: '1012866047', hidden: false },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', roleTypeKind: 6, order: 48, high: '432', low: '1011030767', hidden: false },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', roleTypeKind: 3, order: 64, high: '432', low: '1011028719', hidden: false },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', roleTypeKind: 2, order: 128, high: '176', low: '138612833', hidden: false },
  { id: 1073741825, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', roleTypeKind: 1, order: 160, high: '0', low: '134418465', hidden: true }
];

export const RoleId = {
  FullControl: 1073741829, Design: 1073741828, Edit: 1073741830, Contribute: 1073741827, Read: 1073741826, LimitedAccess: 1073741825
} as const;

function toDefinition(row: Record<string, unknown>): RoleDefinition {
  return {
    id: Number(row.id), name: String(row.name), description: String(row.description), roleTypeKind: Number(row.role_type_kind),
    order: Number(row.sort_order), low: String(row.low), high: String(row.high), hidden: row.hidden === 1
  };
}

export class Roles {
  constructor(private readonly db: Db) {}

  seedDefinitions(): void {
    const insert = this.db.prepare(`INSERT OR IGNORE INTO role_definitions (id, name, description, role_type_kind, sort_order, low, high, hidden)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const d of BUILTIN_ROLE_DEFINITIONS) insert.run(d.id, d.name, d.description, d.roleTypeKind, d.order, d.low, d.high, d.hidden ? 1 : 0);
  }

  /** A custom permission level (RoleTypeKind 0 = None); ids continue after the highest in use (unverified). */
  addDefinition(def: { name: string; description: string; order: number; low: string; high: string }): RoleDefinition {
    const next = Number((this.db.prepare('SELECT MAX(id) AS id FROM role_definitions').get() as { id: number }).id) + 1;
    this.db.prepare(`INSERT INTO role_definitions (id, name, description, role_type_kind, sort_order, low, high, hidden)
      VALUES (?, ?, ?, 0, ?, ?, ?, 0)`).run(next, def.name, def.description, def.order, def.low, def.high);
    return this.definition(next)!;
  }

  definitions(): RoleDefinition[] {
    return this.db.prepare('SELECT * FROM role_definitions ORDER BY sort_order').all().map(toDefinition);
  }

  definition(id: number): RoleDefinition | undefined {
    const row = this.db.prepare('SELECT * FROM role_definitions WHERE id = ?').get(id);
    return row ? toDefinition(row) : undefined;
  }

  definitionByName(name: string): RoleDefinition | undefined {
    const row = this.db.prepare('SELECT * FROM role_definitions WHERE name = ?').get(name);
    return row ? toDefinition(row) : undefined;
  }

  definitionByType(kind: number): RoleDefinition | undefined {
    const row = this.db.prepare('SELECT * FROM role_definitions WHERE role_type_kind = ?').get(kind);
    return row ? toDefinition(row) : undefined;
  }

  /** Principal ids with their bound role definition ids, in principal order. */
  assignments(scope: string): { principalId: number; roleDefIds: number[] }[] {
    const rows = this.db.prepare('SELECT principal_id, role_def_id FROM role_assignments WHERE scope = ? ORDER BY principal_id, role_def_id')
      .all(scope) as { principal_id: number; role_def_id: number }[];
    const byPrincipal = new Map<number, number[]>();
    for (const row of rows) {
      const list = byPrincipal.get(row.principal_id) ?? [];
      list.push(row.role_def_id);
      byPrincipal.set(row.principal_id, list);
    }
    return [...byPrincipal].map(([principalId, roleDefIds]) => ({ principalId, roleDefIds }));
  }

  /** The union of base permissions granted in `scope` to any of `principalIds`. */
  grantedMask(scope: string, principalIds: number[]): bigint {
    if (principalIds.length === 0) return 0n;
    const marks = principalIds.map(() => '?').join(',');
    const rows = this.db.prepare(`SELECT d.low, d.high FROM role_assignments a JOIN role_definitions d ON d.id = a.role_def_id
      WHERE a.scope = ? AND a.principal_id IN (${marks})`).all(scope, ...principalIds) as { low: string; high: string }[];
    let mask = 0n;
    for (const row of rows) mask |= (BigInt(row.high) << 32n) | BigInt(row.low);
    return mask;
  }

  add(scope: string, principalId: number, roleDefId: number): void {
    this.db.prepare('INSERT OR IGNORE INTO role_assignments (scope, principal_id, role_def_id) VALUES (?, ?, ?)').run(scope, principalId, roleDefId);
  }

  remove(scope: string, principalId: number, roleDefId?: number): void {
    if (roleDefId === undefined) {
      this.db.prepare('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ?').run(scope, principalId);
    } else {
      this.db.prepare('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND role_def_id = ?').run(scope, principalId, roleDefId);
    }
  }

  clear(scope: string): void {
    this.db.prepare('DELETE FROM role_assignments WHERE scope = ?').run(scope);
  }

  copy(from: string, to: string): void {
    transaction(this.db, () => {
      this.db.prepare(`INSERT OR IGNORE INTO role_assignments (scope, principal_id, role_def_id)
        SELECT ?, principal_id, role_def_id FROM role_assignments WHERE scope = ?`).run(to, from);
    });
  }
}
