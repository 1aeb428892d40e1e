// Lists and their fields. Each list's items live in their own SQL table (items_<seq>) with one
// column per field; adding a field is an ALTER TABLE, indexing a field is a CREATE INDEX.
import { randomUUID } from 'node:crypto';
import { Db, ident, transaction } from './database';
import { FieldKind, fieldTypeInfo, internalNameFromTitle, isLookupKind } from './field-types';

export interface ListRecord {
  seq: number;
  id: string;
  title: string;
  entityTypeName: string;
  /** ListItemEntityTypeFullName, e.g. 'SP.Data.SbActivitiesListItem'. */
  itemType: string;
  description: string;
  baseTemplate: number;
  readSecurity: number;
  writeSecurity: number;
  hasUniqueRoleAssignments: boolean;
  hidden: boolean;
  created: string;
  lastItemModified: string;
  lastItemDeleted: string;
  version: number;
  /** Other SP.List properties as set by clients (EnableVersioning, NoCrawl, …). */
  settings: Record<string, unknown>;
  table: string;
}

export interface FieldProps {
  MaxLength?: number;
  Choices?: string[];
  FillInChoice?: boolean;
  EditFormat?: number;
  /** Lookup target list id, '{guid}' as SharePoint shows it. */
  LookupList?: string;
  LookupField?: string;
  AllowMultipleValues?: boolean;
  RichText?: boolean;
  NumberOfLines?: number;
  AppendOnly?: boolean;
  AllowHyperlink?: boolean;
  RestrictedMode?: boolean;
  DisplayFormat?: number;
  SelectionMode?: number;
  SelectionGroup?: number;
  MinimumValue?: number;
  MaximumValue?: number;
  DefaultValue?: string | null;
  EnforceUniqueValues?: boolean;
  Group?: string;
  DateTimeCalendarType?: number;
  FriendlyDisplayFormat?: number;
  CurrencyLocaleId?: number;
  ShowAsPercentage?: boolean;
  StaticName?: string;
  ValidationFormula?: string | null;
  ValidationMessage?: string | null;
}

export interface FieldRecord {
  seq: number;
  listSeq: number;
  id: string;
  internalName: string;
  title: string;
  kind: number;
  required: boolean;
  indexed: boolean;
  hidden: boolean;
  readOnly: boolean;
  builtin: boolean;
  description: string;
  props: FieldProps;
}

export interface NewField {
  /** A built-in field's fixed id (SPBuiltInFieldId); new fields get a fresh GUID. */
  id?: string;
  title: string;
  kind: number;
  internalName?: string;
  required?: boolean;
  indexed?: boolean;
  hidden?: boolean;
  description?: string;
  props?: FieldProps;
}

/** SharePoint Online allows at most 20 indexed columns per list. */
export const MAX_INDEXES = 20;

/** Column that holds the version (owshiddenversion); not a field, never clashes with one. */
export const VERSION_COLUMN = '__sb_version';
export const MODERATION_STATUS = '_ModerationStatus';
export const MODERATION_COMMENTS = '_ModerationComments';

/** Fields without a column of their own: derived when an item is read. */
const VIRTUAL_FIELDS = new Set(['Attachments', '_UIVersionString', 'ContentType', 'owshiddenversion']);

export function fieldColumn(field: FieldRecord): string | undefined {
  if (field.internalName === 'ID') return 'Id';
  return VIRTUAL_FIELDS.has(field.internalName) ? undefined : field.internalName;
}

function toList(row: Record<string, unknown>): ListRecord {
  const entityTypeName = String(row.entity_type_name);
  return {
    seq: Number(row.seq),
    id: String(row.id),
    title: String(row.title),
    entityTypeName,
    itemType: `SP.Data.${entityTypeName}Item`,
    description: String(row.description),
    baseTemplate: Number(row.base_template),
    readSecurity: Number(row.read_security),
    writeSecurity: Number(row.write_security),
    hasUniqueRoleAssignments: row.has_unique_roles === 1,
    hidden: row.hidden === 1,
    created: String(row.created),
    lastItemModified: String(row.last_item_modified),
    lastItemDeleted: String(row.last_item_deleted),
    version: Number(row.version),
    settings: JSON.parse(String(row.settings)) as Record<string, unknown>,
    table: `items_${Number(row.seq)}`
  };
}

function toField(row: Record<string, unknown>): FieldRecord {
  return {
    seq: Number(row.seq),
    listSeq: Number(row.list_seq),
    id: String(row.id),
    internalName: String(row.internal_name),
    title: String(row.title),
    kind: Number(row.type_kind),
    required: row.required === 1,
    indexed: row.indexed === 1,
    hidden: row.hidden === 1,
    readOnly: row.read_only === 1,
    builtin: row.builtin === 1,
    description: String(row.description),
    props: JSON.parse(String(row.props)) as FieldProps
  };
}

/**
 * Fields every new custom list starts with (template 100), in SharePoint's order, with the
 * fixed ids SharePoint gives them on every list. Source: Microsoft.SharePoint.SPBuiltInFieldId
 * (learn.microsoft.com) and the common schema of [MS-OUTSPS] (Field.ID per Field.Name).
 */
const BUILTIN_FIELDS: (NewField & { readOnly?: boolean })[] = [
  { id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', internalName: 'ID', title: 'ID', kind: FieldKind.Counter, readOnly: true, indexed: true },
  { id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', internalName: 'Title', title: 'Title', kind: FieldKind.Text, required: true, props: { MaxLength: 255 } },
  { id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', internalName: 'Modified', title: 'Modified', kind: FieldKind.DateTime, readOnly: true, props: { DisplayFormat: 1 } },
  { id: '8c06beca-0777-48f7-91c7-6da68bc07b69', internalName: 'Created', title: 'Created', kind: FieldKind.DateTime, readOnly: true, props: { DisplayFormat: 1 } },
  { id: '1df5e554-ec7e-46a6-901d-d85a3881cb18', internalName: 'Author', title: 'Created By', kind: FieldKind.User, readOnly: true, props: { SelectionMode: 1 } },
  { id: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', internalName: 'Editor', title: 'Modified By', kind: FieldKind.User, readOnly: true, props: { SelectionMode: 1 } },
  { id: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a', internalName: '_UIVersionString', title: 'Version', kind: FieldKind.Text, readOnly: true },
  { id: '67df98f4-9dec-48ff-a553-29bece9c5bf4', internalName: 'Attachments', title: 'Attachments', kind: FieldKind.Attachments, readOnly: true },
  { id: 'c042a256-787d-4a6f-8a8a-cf6ab767f12d', internalName: 'ContentType', title: 'Content Type', kind: FieldKind.Computed, readOnly: true },
  { id: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0', internalName: 'GUID', title: 'GUID', kind: FieldKind.Guid, readOnly: true, hidden: true },
  // The item's concurrency counter, the number in its ETag: 1 on creation, +1 on every update;
  // hidden and read-only (not writable through MERGE). Source: SPBuiltInFieldId.owshiddenversion
  // and [MS-OUTSPS] (ColName tp_Version, ReadOnly, Hidden). Unverified: whether every tenant
  // answers $select=owshiddenversion on list items; the product reads it by that name.
  { id: 'd4e44a66-ee3a-4d02-88c9-4ec5ff3f4cd5', internalName: 'owshiddenversion', title: 'owshiddenversion', kind: FieldKind.Integer, readOnly: true, hidden: true }
];

/** SharePoint's EntityTypeName for a new list: the title's letters and digits + 'List' (unverified). */
export function entityTypeNameFor(title: string): string {
  const stem = title.replace(/[^A-Za-z0-9]/g, '');
  return `${/^[0-9]/.test(stem) || stem === '' ? `OData_${stem}` : stem}List`;
}

function sqlType(kind: number): string {
  return fieldTypeInfo(kind)?.affinity ?? '';
}

function indexName(list: ListRecord, field: FieldRecord): string {
  return `ix_${list.seq}_${field.seq}`;
}

export class Lists {
  constructor(private readonly db: Db) {}

  all(): ListRecord[] {
    return this.db.prepare('SELECT * FROM lists ORDER BY seq').all().map(toList);
  }

  byTitle(title: string): ListRecord | undefined {
    // SharePoint matches list titles case-insensitively (unverified; column is COLLATE NOCASE).
    const row = this.db.prepare('SELECT * FROM lists WHERE title = ?').get(title);
    return row ? toList(row) : undefined;
  }

  /** The first list of a template (e.g. the one Site Pages library, 119). */
  byBaseTemplate(baseTemplate: number): ListRecord | undefined {
    const row = this.db.prepare('SELECT * FROM lists WHERE base_template = ? ORDER BY seq LIMIT 1').get(baseTemplate);
    return row ? toList(row) : undefined;
  }

  byId(id: string): ListRecord | undefined {
    const row = this.db.prepare('SELECT * FROM lists WHERE id = ?').get(id.toLowerCase().replace(/[{}]/g, ''));
    return row ? toList(row) : undefined;
  }

  bySeq(seq: number): ListRecord | undefined {
    const row = this.db.prepare('SELECT * FROM lists WHERE seq = ?').get(seq);
    return row ? toList(row) : undefined;
  }

  create(input: {
    title: string; description: string; baseTemplate: number; now: string;
    readSecurity?: number; writeSecurity?: number; hidden?: boolean; settings?: Record<string, unknown>;
    /** A library SharePoint creates with its own name (Site Pages: 'SitePages'). */
    entityTypeName?: string;
  }): ListRecord {
    return transaction(this.db, () => {
      const base = entityTypeNameFor(input.title).replace(/List$/, '');
      let entityTypeName = input.entityTypeName ?? `${base}List`;
      for (let n = 1; this.db.prepare('SELECT 1 FROM lists WHERE entity_type_name = ?').get(entityTypeName); n++) {
        entityTypeName = `${base}${n}List`;
      }
      const result = this.db.prepare(`INSERT INTO lists (id, title, entity_type_name, description, base_template, read_security,
          write_security, hidden, created, last_item_modified, last_item_deleted, settings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(randomUUID(), input.title, entityTypeName, input.description, input.baseTemplate, input.readSecurity ?? 1,
          input.writeSecurity ?? 1, input.hidden ? 1 : 0, input.now, input.now, input.now, JSON.stringify(input.settings ?? {}));
      const list = this.bySeq(Number(result.lastInsertRowid))!;
      this.db.exec(`CREATE TABLE ${ident(list.table)} (
        "Id" INTEGER PRIMARY KEY AUTOINCREMENT,
        "GUID" TEXT NOT NULL,
        "Created" TEXT NOT NULL,
        "Modified" TEXT NOT NULL,
        "Author" INTEGER,
        "Editor" INTEGER,
        ${ident(VERSION_COLUMN)} INTEGER NOT NULL DEFAULT 1,
        "Title" TEXT)`);
      for (const field of BUILTIN_FIELDS) this.insertFieldRow(list, field, field.internalName!, true, field.readOnly ?? false);
      if (input.settings?.EnableModeration === true) this.ensureModerationFields(list);
      return this.bySeq(list.seq)!;
    });
  }

  update(list: ListRecord, changes: Partial<Pick<ListRecord, 'title' | 'description' | 'readSecurity' | 'writeSecurity' | 'hidden' | 'hasUniqueRoleAssignments'>> & { settings?: Record<string, unknown> }): void {
    transaction(this.db, () => {
      const set = (column: string, value: string | number): void => {
        this.db.prepare(`UPDATE lists SET ${column} = ? WHERE seq = ?`).run(value, list.seq);
      };
      if (changes.title !== undefined) set('title', changes.title);
      if (changes.description !== undefined) set('description', changes.description);
      if (changes.readSecurity !== undefined) set('read_security', changes.readSecurity);
      if (changes.writeSecurity !== undefined) set('write_security', changes.writeSecurity);
      if (changes.hidden !== undefined) set('hidden', changes.hidden ? 1 : 0);
      if (changes.hasUniqueRoleAssignments !== undefined) set('has_unique_roles', changes.hasUniqueRoleAssignments ? 1 : 0);
      if (changes.settings) set('settings', JSON.stringify({ ...list.settings, ...changes.settings }));
      if (changes.settings?.EnableModeration === true) this.ensureModerationFields(list);
      this.db.prepare('UPDATE lists SET version = version + 1 WHERE seq = ?').run(list.seq);
    });
  }

  /**
   * Content approval adds SharePoint's hidden approval fields. Items that exist when it is
   * switched on count as approved (column default 0; unverified).
   */
  private ensureModerationFields(list: ListRecord): void {
    if (this.db.prepare('SELECT 1 FROM fields WHERE list_seq = ? AND internal_name = ?').get(list.seq, MODERATION_STATUS)) return;
    // Fixed ids as for every built-in field (SPBuiltInFieldId._ModerationStatus / _ModerationComments).
    this.insertFieldRow(list, { id: 'fdc3b2ed-5bf2-4835-a4bc-b885f3396a61', internalName: MODERATION_STATUS, title: 'Approval Status', kind: FieldKind.ModStat }, MODERATION_STATUS, true, true);
    this.insertFieldRow(list, { id: '34ad21eb-75bd-4544-8c73-0e08330291fe', internalName: MODERATION_COMMENTS, title: 'Approver Comments', kind: FieldKind.Note }, MODERATION_COMMENTS, true, true);
    this.alterAll(list, `ADD COLUMN ${ident(MODERATION_STATUS)} INTEGER NOT NULL DEFAULT 0`);
    this.alterAll(list, `ADD COLUMN ${ident(MODERATION_COMMENTS)} TEXT`);
  }

  /**
   * Extra tables that hold other versions of the same items (a versioned library's checked-out
   * copies and last major versions, emulator/sitepages/versions.ts): every column change of the
   * list applies to them as well.
   */
  shadowTables(list: ListRecord): string[] {
    return [`${list.table}_co`, `${list.table}_major`]
      .filter((name) => this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined);
  }

  private alterAll(list: ListRecord, change: string): void {
    for (const table of [list.table, ...this.shadowTables(list)]) this.db.exec(`ALTER TABLE ${ident(table)} ${change}`);
  }

  touchItems(list: ListRecord, now: string, deleted = false): void {
    this.db.prepare(`UPDATE lists SET ${deleted ? 'last_item_deleted' : 'last_item_modified'} = ? WHERE seq = ?`).run(now, list.seq);
  }

  delete(list: ListRecord): void {
    transaction(this.db, () => {
      for (const table of this.shadowTables(list)) this.db.exec(`DROP TABLE IF EXISTS ${ident(table)}`);
      this.db.exec(`DROP TABLE IF EXISTS ${ident(list.table)}`);
      this.db.prepare('DELETE FROM fields WHERE list_seq = ?').run(list.seq);
      this.db.prepare('DELETE FROM role_assignments WHERE scope = ?').run(list.id);
      this.db.prepare('DELETE FROM lists WHERE seq = ?').run(list.seq);
    });
  }

  itemCount(list: ListRecord): number {
    const row = this.db.prepare(`SELECT COUNT(*) AS n FROM ${ident(list.table)}`).get() as { n: number };
    return Number(row.n);
  }

  // --- fields ---

  fields(list: ListRecord): FieldRecord[] {
    return this.db.prepare('SELECT * FROM fields WHERE list_seq = ? ORDER BY seq').all(list.seq).map(toField);
  }

  /** By internal name first, then by title (getByInternalNameOrTitle); case-sensitive (unverified). */
  fieldByNameOrTitle(list: ListRecord, name: string): FieldRecord | undefined {
    const fields = this.fields(list);
    return fields.find((f) => f.internalName === name) ?? fields.find((f) => f.title === name);
  }

  fieldById(list: ListRecord, id: string): FieldRecord | undefined {
    const row = this.db.prepare('SELECT * FROM fields WHERE list_seq = ? AND id = ?').get(list.seq, id.toLowerCase().replace(/[{}]/g, ''));
    return row ? toField(row) : undefined;
  }

  private fieldBySeq(seq: number): FieldRecord {
    return toField(this.db.prepare('SELECT * FROM fields WHERE seq = ?').get(seq)!);
  }

  private insertFieldRow(list: ListRecord, def: NewField, internalName: string, builtin: boolean, readOnly: boolean): FieldRecord {
    const result = this.db.prepare(`INSERT INTO fields (list_seq, id, internal_name, title, type_kind, required, indexed, hidden, read_only,
        builtin, description, props) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(list.seq, def.id ?? randomUUID(), internalName, def.title, def.kind, def.required ? 1 : 0, def.indexed ? 1 : 0, def.hidden ? 1 : 0,
        readOnly ? 1 : 0, builtin ? 1 : 0, def.description ?? '', JSON.stringify(def.props ?? {}));
    return this.fieldBySeq(Number(result.lastInsertRowid));
  }

  /** A free internal name: SharePoint appends 0, 1, … when the derived one is taken (unverified). */
  private freeInternalName(list: ListRecord, wanted: string): string {
    const taken = (name: string): boolean =>
      this.db.prepare('SELECT 1 FROM fields WHERE list_seq = ? AND internal_name = ?').get(list.seq, name) !== undefined ||
      ['id', 'guid', 'created', 'modified', 'author', 'editor', VERSION_COLUMN].includes(name.toLowerCase());
    if (!taken(wanted)) return wanted;
    for (let n = 0; ; n++) {
      const candidate = `${wanted.slice(0, 31 - String(n).length)}${n}`;
      if (!taken(candidate)) return candidate;
    }
  }

  /** A field SharePoint itself puts on a list or library (fixed id, name as given). */
  addBuiltinField(list: ListRecord, def: NewField & { internalName: string }, readOnly: boolean): FieldRecord {
    return transaction(this.db, () => {
      const field = this.insertFieldRow(list, def, def.internalName, true, readOnly);
      const column = fieldColumn(field);
      if (column) this.alterAll(list, `ADD COLUMN ${ident(column)} ${sqlType(def.kind)}`);
      if (field.indexed) this.createIndex(list, field);
      return field;
    });
  }

  addField(list: ListRecord, def: NewField): FieldRecord {
    return transaction(this.db, () => {
      const internalName = this.freeInternalName(list, def.internalName ?? internalNameFromTitle(def.title));
      const field = this.insertFieldRow(list, def, internalName, false, false);
      this.alterAll(list, `ADD COLUMN ${ident(internalName)} ${sqlType(def.kind)}`);
      if (field.indexed) this.createIndex(list, field);
      return field;
    });
  }

  updateField(list: ListRecord, field: FieldRecord, changes: { title?: string; required?: boolean; indexed?: boolean; hidden?: boolean; description?: string; props?: FieldProps }): FieldRecord {
    return transaction(this.db, () => {
      const set = (column: string, value: string | number): void => {
        this.db.prepare(`UPDATE fields SET ${column} = ? WHERE seq = ?`).run(value, field.seq);
      };
      if (changes.title !== undefined) set('title', changes.title);
      if (changes.required !== undefined) set('required', changes.required ? 1 : 0);
      if (changes.hidden !== undefined) set('hidden', changes.hidden ? 1 : 0);
      if (changes.description !== undefined) set('description', changes.description);
      if (changes.props) {
        const props = { ...field.props, ...changes.props };
        if (isLookupKind(field.kind) && Boolean(props.AllowMultipleValues) !== Boolean(field.props.AllowMultipleValues)) {
          this.convertMultiplicity(list, field, Boolean(props.AllowMultipleValues));
        }
        set('props', JSON.stringify(props));
      }
      if (changes.indexed !== undefined && changes.indexed !== field.indexed && field.internalName !== 'ID') {
        set('indexed', changes.indexed ? 1 : 0);
        const updated = this.fieldBySeq(field.seq);
        if (changes.indexed) this.createIndex(list, updated);
        else {
          this.db.exec(`DROP INDEX IF EXISTS ${ident(indexName(list, field))}`);
          this.db.exec(`DROP INDEX IF EXISTS ${ident(`${indexName(list, field)}_major`)}`);
        }
      }
      return this.fieldBySeq(field.seq);
    });
  }

  deleteField(list: ListRecord, field: FieldRecord): void {
    transaction(this.db, () => {
      this.db.exec(`DROP INDEX IF EXISTS ${ident(indexName(list, field))}`);
      this.db.exec(`DROP INDEX IF EXISTS ${ident(`${indexName(list, field)}_major`)}`);
      const column = fieldColumn(field);
      if (column) this.alterAll(list, `DROP COLUMN ${ident(column)}`);
      this.db.prepare('DELETE FROM fields WHERE seq = ?').run(field.seq);
    });
  }

  /** Indexed columns besides ID. */
  indexCount(list: ListRecord): number {
    const row = this.db.prepare("SELECT COUNT(*) AS n FROM fields WHERE list_seq = ? AND indexed = 1 AND internal_name <> 'ID'").get(list.seq) as { n: number };
    return Number(row.n);
  }

  private createIndex(list: ListRecord, field: FieldRecord): void {
    const column = fieldColumn(field);
    if (!column || column === 'Id') return;
    this.db.exec(`CREATE INDEX IF NOT EXISTS ${ident(indexName(list, field))} ON ${ident(list.table)} (${ident(column)})`);
    // Readers of a versioned library query its major versions: the same index there.
    for (const table of this.shadowTables(list).filter((t) => t.endsWith('_major'))) {
      this.db.exec(`CREATE INDEX IF NOT EXISTS ${ident(`${indexName(list, field)}_major`)} ON ${ident(table)} (${ident(column)})`);
    }
  }

  /** Single-valued lookups store an id, multi-valued ones a JSON array of ids. */
  private convertMultiplicity(list: ListRecord, field: FieldRecord, multi: boolean): void {
    const col = ident(field.internalName);
    const table = ident(list.table);
    if (multi) {
      this.db.exec(`UPDATE ${table} SET ${col} = json_array(${col}) WHERE ${col} IS NOT NULL`);
    } else {
      this.db.exec(`UPDATE ${table} SET ${col} = json_extract(${col}, '$[0]') WHERE ${col} IS NOT NULL`);
    }
  }
}
