// List items as SharePoint serialises them, and the $select / $expand plan that decides
// which properties (and which expanded person / lookup projections) an answer carries.
import { createHash } from 'node:crypto';
import { lookupThreshold, selectNeedsExpand, unknownSelectField } from '../http/errors';
import { parseExpand, parseSelect } from '../odata/options';
import { FieldKind, entityPropertyName, isLookupKind } from '../store/field-types';
import type { ItemRow } from '../store/items';
import { fieldColumn, type FieldRecord, type ListRecord } from '../store/lists';
import type { Principal } from '../store/principals';
import type { RequestContext } from './context';
import { odataOption } from './entity-query';
import { listEditLink } from './entities';
import type { Json } from './respond';

/** More lookup (and person) columns than this in one query is SharePoint's lookup threshold (facts file). */
export const LOOKUP_COLUMN_THRESHOLD = 12;

/** Sub-properties of an expanded person (User Information List item) and their sources. Names: SP.Data.UserInfoItem
 * in SharePoint Online $metadata (pnp/pnpjs#2595); the default projection without $select is unverified. */
const USER_PROPERTIES: Record<string, (p: Principal) => unknown> = {
  Id: (p) => p.id,
  ID: (p) => p.id,
  Title: (p) => p.title,
  EMail: (p) => p.email,
  Name: (p) => p.loginName,
  UserName: (p) => p.email,
  SipAddress: (p) => p.email,
  JobTitle: (p) => p.jobTitle,
  Department: (p) => p.department,
  Office: (p) => p.office,
  FirstName: (p) => (p.principalType === 1 ? p.title.split(' ')[0] : null),
  LastName: (p) => (p.principalType === 1 ? p.title.split(' ').slice(1).join(' ') || null : null),
  IsSiteAdmin: (p) => p.isSiteAdmin
};
const DEFAULT_USER_PROPERTIES = ['Id', 'Title', 'EMail', 'Name', 'JobTitle', 'Department', 'Office'];

/** Properties every item has that are not (stored) fields. */
// SP.ListItem properties that are not fields. CommentsDisabled: SharePoint Online $metadata
// (SP.ListItem); PnPjs page.load() selects it. The emulator has no page comments: false.
const VIRTUAL_PROPERTIES = new Set(['FileSystemObjectType', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId', 'ComplianceAssetId', 'CommentsDisabled']);

/** Fields SharePoint lists at the end of an item (after the custom ones), in its order (unverified). */
const TRAILING_FIELDS = ['ID', 'Modified', 'Created', 'Author', 'Editor', '_UIVersionString', 'Attachments', 'GUID'];

type Entry =
  | { type: 'id'; name: 'Id' | 'ID' }
  | { type: 'field'; field: FieldRecord }
  | { type: 'lookupId'; field: FieldRecord; stringId: boolean }
  | { type: 'virtual'; name: string };

interface Expansion {
  field: FieldRecord;
  /** Selected sub-properties; undefined = the default projection. */
  props?: string[];
  target?: { list: ListRecord; fields: FieldRecord[] };
}

export interface ItemShape {
  all: boolean;
  entries: Entry[];
  expansions: Map<string, Expansion>;
}

function byEntityName(fields: FieldRecord[], name: string): FieldRecord | undefined {
  return fields.find((f) => entityPropertyName(f.internalName) === name);
}

/** The lookup/person field a `XId` / `XStringId` property names. */
export function lookupFieldForIdProperty(fields: FieldRecord[], name: string): { field: FieldRecord; stringId: boolean } | undefined {
  for (const suffix of ['StringId', 'Id']) {
    if (!name.endsWith(suffix)) continue;
    const field = byEntityName(fields, name.slice(0, -suffix.length));
    if (field && isLookupKind(field.kind) && (suffix === 'Id' || field.kind === FieldKind.User)) {
      return { field, stringId: suffix === 'StringId' };
    }
  }
  return undefined;
}

function lookupTarget(ctx: RequestContext, field: FieldRecord): { list: ListRecord; fields: FieldRecord[] } | undefined {
  if (field.kind !== FieldKind.Lookup || !field.props.LookupList) return undefined;
  const list = ctx.store.lists.byId(field.props.LookupList);
  return list ? { list, fields: ctx.store.lists.fields(list) } : undefined;
}

function validSubProperty(expansion: Expansion, sub: string): boolean {
  if (expansion.field.kind === FieldKind.User) return sub in USER_PROPERTIES;
  if (sub === 'Id' || sub === 'ID') return true;
  const targetField = expansion.target ? byEntityName(expansion.target.fields, sub) : undefined;
  return targetField !== undefined && !isLookupKind(targetField.kind) && fieldColumn(targetField) !== undefined;
}

/** Validates $select/$expand against the list and applies the lookup column threshold. */
export function planItemShape(ctx: RequestContext, fields: FieldRecord[], selectText: string | null, expandText: string | null): ItemShape {
  const select = selectText ? odataOption(() => parseSelect(selectText)) : ['*'];
  const expand = expandText ? odataOption(() => parseExpand(expandText)) : [];
  const shape: ItemShape = { all: false, entries: [], expansions: new Map() };
  const lookupsUsed = new Set<string>();

  for (const name of expand) {
    const root = name.split('/')[0];
    const field = byEntityName(fields, root);
    // $expand of a non-lookup column: the unknown-field error (unverified).
    if (!field || !isLookupKind(field.kind)) throw unknownSelectField(root);
    if (!shape.expansions.has(field.internalName)) {
      shape.expansions.set(field.internalName, { field, target: lookupTarget(ctx, field) });
    }
    lookupsUsed.add(field.internalName);
  }

  for (const name of select) {
    if (name === '*') {
      shape.all = true;
      for (const f of fields) if (isLookupKind(f.kind) && !f.hidden) lookupsUsed.add(f.internalName);
      continue;
    }
    if (name.includes('/')) {
      const [root, sub, ...rest] = name.split('/');
      const field = byEntityName(fields, root);
      if (!field || !isLookupKind(field.kind)) throw unknownSelectField(name);
      const expansion = shape.expansions.get(field.internalName);
      if (!expansion) throw selectNeedsExpand(name, root);
      if (rest.length > 0 || !validSubProperty(expansion, sub)) throw unknownSelectField(name);
      expansion.props = [...(expansion.props ?? []), sub];
      lookupsUsed.add(field.internalName);
      continue;
    }
    if (name === 'Id' || name === 'ID') {
      shape.entries.push({ type: 'id', name });
      continue;
    }
    if (VIRTUAL_PROPERTIES.has(name)) {
      shape.entries.push({ type: 'virtual', name });
      continue;
    }
    const field = byEntityName(fields, name);
    if (field && !isLookupKind(field.kind)) {
      shape.entries.push({ type: 'field', field });
      continue;
    }
    if (field) {
      // Selecting the navigation property itself: only meaningful with $expand.
      lookupsUsed.add(field.internalName);
      continue;
    }
    const idProperty = lookupFieldForIdProperty(fields, name);
    if (idProperty) {
      shape.entries.push({ type: 'lookupId', ...idProperty });
      lookupsUsed.add(idProperty.field.internalName);
      continue;
    }
    throw unknownSelectField(name);
  }
  if (lookupsUsed.size > LOOKUP_COLUMN_THRESHOLD) throw lookupThreshold();
  return shape;
}

// --- values ---

function parseJsonArray(value: unknown): unknown[] | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return [value];
  try {
    const parsed = JSON.parse(String(value)) as unknown;
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    return null;
  }
}

/** Ids held by a lookup/person column (single: number, multi: JSON array). */
export function lookupIds(field: FieldRecord, value: unknown): number[] {
  if (value === null || value === undefined) return [];
  if (field.props.AllowMultipleValues) return (parseJsonArray(value) ?? []).map(Number);
  return [Number(value)];
}

// Rich text comes wrapped in <div class="ExternalClass…"> (facts file); the class suffix is unverified.
function wrapRichText(list: ListRecord, id: number, field: FieldRecord, html: string): string {
  if (/^<div class="ExternalClass[0-9A-F]{32}">/.test(html)) return html;
  const tag = createHash('md5').update(`${list.id}|${id}|${field.internalName}`).digest('hex').toUpperCase();
  return `<div class="ExternalClass${tag}">${html}</div>`;
}

/** The REST value of a non-lookup field. */
function fieldValue(list: ListRecord, row: ItemRow, field: FieldRecord): unknown {
  switch (field.internalName) {
    case 'ID': return row.Id;
    case 'Attachments': return false;
    // A versioned library keeps major.minor in _UIVersion (major * 512 + minor).
    case '_UIVersionString': return typeof row._UIVersion === 'number' ? `${Math.floor(row._UIVersion / 512)}.${row._UIVersion % 512}` : `${row.version}.0`;
    case 'owshiddenversion': return row.version;
    case 'ContentType': return 'Item';
  }
  const column = fieldColumn(field);
  const raw = column ? row[column] : null;
  if (raw === null || raw === undefined) return null;
  switch (field.kind) {
    case FieldKind.Boolean: return Number(raw) === 1;
    case FieldKind.Number:
    case FieldKind.Currency:
    case FieldKind.Integer:
    case FieldKind.ModStat:
    case FieldKind.Counter: return Number(raw);
    case FieldKind.MultiChoice: {
      const values = parseJsonArray(raw);
      return values && values.length > 0 ? values.map(String) : null;
    }
    case FieldKind.URL: {
      const url = JSON.parse(String(raw)) as { Description?: string; Url?: string };
      return { Description: url.Description ?? url.Url ?? null, Url: url.Url ?? null };
    }
    case FieldKind.Note:
      return field.props.RichText ? wrapRichText(list, row.Id, field, String(raw)) : String(raw);
    default: return String(raw);
  }
}

function lookupIdProperties(field: FieldRecord, row: ItemRow, out: Json, which: 'both' | 'id' | 'string'): void {
  const name = entityPropertyName(field.internalName);
  const ids = lookupIds(field, row[field.internalName]);
  const multi = Boolean(field.props.AllowMultipleValues);
  if (which !== 'string') out[`${name}Id`] = multi ? (ids.length ? ids : null) : (ids[0] ?? null);
  if (which !== 'id' && field.kind === FieldKind.User) {
    out[`${name}StringId`] = multi ? (ids.length ? ids.map(String) : null) : (ids[0] !== undefined ? String(ids[0]) : null);
  }
}

function virtualValue(list: ListRecord, name: string): unknown {
  switch (name) {
    case 'FileSystemObjectType': return 0;
    case 'ServerRedirectedEmbedUrl': return '';
    case 'CommentsDisabled': return false;
    case 'ContentTypeId': return `0x0100${list.id.replace(/-/g, '').toUpperCase()}`; // value unverified
    default: return null;
  }
}

/** Caches principals and lookup targets across the rows of one answer. */
export class ExpansionLoader {
  private readonly users = new Map<number, Principal | undefined>();
  private readonly items = new Map<string, ItemRow | undefined>();

  constructor(private readonly ctx: RequestContext) {}

  user(id: number): Principal | undefined {
    if (!this.users.has(id)) this.users.set(id, this.ctx.store.principals.byId(id));
    return this.users.get(id);
  }

  item(list: ListRecord, id: number): ItemRow | undefined {
    const key = `${list.seq}:${id}`;
    if (!this.items.has(key)) this.items.set(key, this.ctx.store.items.get(list, id));
    return this.items.get(key);
  }
}

function expandedValue(ctx: RequestContext, expansion: Expansion, row: ItemRow, loader: ExpansionLoader): unknown {
  const { field } = expansion;
  const ids = lookupIds(field, row[field.internalName]);
  const project = (id: number): Json | undefined => {
    if (field.kind === FieldKind.User) {
      const user = loader.user(id);
      if (!user) return undefined;
      const out: Json = {
        'odata.type': 'SP.Data.UserInfoItem',
        'odata.id': `${ctx.siteUrl}/_api/Web/SiteUserInfoList/Items(${id})`
      };
      for (const prop of expansion.props ?? DEFAULT_USER_PROPERTIES) out[prop] = USER_PROPERTIES[prop](user);
      return out;
    }
    const target = expansion.target;
    const item = target ? loader.item(target.list, id) : undefined;
    if (!target || !item) return undefined;
    const out: Json = {
      'odata.type': target.list.itemType,
      'odata.id': `${ctx.siteUrl}/_api/${listEditLink(target.list)}/Items(${id})`
    };
    for (const prop of expansion.props ?? ['Id', 'Title']) {
      if (prop === 'Id' || prop === 'ID') out[prop] = item.Id;
      else out[prop] = fieldValue(target.list, item, byEntityName(target.fields, prop)!);
    }
    return out;
  };
  if (field.props.AllowMultipleValues) return ids.map(project).filter((v) => v !== undefined);
  return ids.length ? project(ids[0]) ?? null : null;
}

export function itemAnnotations(ctx: RequestContext, list: ListRecord, row: ItemRow): Json {
  const link = `${listEditLink(list)}/Items(${row.Id})`;
  return {
    'odata.type': list.itemType,
    'odata.id': `${ctx.siteUrl}/_api/${link}`,
    'odata.etag': `"${row.version}"`,
    'odata.editLink': link
  };
}

export function itemJson(ctx: RequestContext, list: ListRecord, fields: FieldRecord[], row: ItemRow, shape: ItemShape, loader: ExpansionLoader): Json {
  const out = itemAnnotations(ctx, list, row);
  for (const expansion of shape.expansions.values()) {
    out[entityPropertyName(expansion.field.internalName)] = expandedValue(ctx, expansion, row, loader);
  }
  if (shape.all) {
    out.FileSystemObjectType = 0;
    out.Id = row.Id;
    out.ServerRedirectedEmbedUri = null;
    out.ServerRedirectedEmbedUrl = '';
    out.ContentTypeId = virtualValue(list, 'ContentTypeId');
    const emit = (field: FieldRecord, trailing: boolean): void => {
      if (isLookupKind(field.kind)) {
        lookupIdProperties(field, row, out, field.builtin && trailing ? 'id' : 'both');
      } else if (field.kind !== FieldKind.Computed) {
        out[entityPropertyName(field.internalName)] = fieldValue(list, row, field);
      }
    };
    for (const field of fields) if (!field.hidden && !TRAILING_FIELDS.includes(field.internalName)) emit(field, false);
    out.ComplianceAssetId = null;
    for (const name of TRAILING_FIELDS) {
      const field = fields.find((f) => f.internalName === name);
      if (field) emit(field, true);
    }
  }
  for (const entry of shape.entries) {
    switch (entry.type) {
      case 'id': out[entry.name] = row.Id; break;
      case 'virtual': out[entry.name] = virtualValue(list, entry.name); break;
      case 'field': out[entityPropertyName(entry.field.internalName)] = fieldValue(list, row, entry.field); break;
      case 'lookupId': lookupIdProperties(entry.field, row, out, entry.stringId ? 'string' : 'id'); break;
    }
  }
  return out;
}

/** The shape of an item answer without $select/$expand (add, GET without options). */
export const FULL_SHAPE: ItemShape = { all: true, entries: [], expansions: new Map() };
