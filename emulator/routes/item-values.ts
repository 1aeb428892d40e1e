// Converts an item add/update body (plain JSON as PnPjs sends it; verbose `__metadata` and
// `{results: […]}` collections accepted too) into SQL column values, with SharePoint's checks.
import { invalidValue, requiredFieldMissing, SpError, textTooLong, unknownBodyProperty } from '../http/errors';
import { normaliseDateTime } from '../odata/filter';
import type { SqlValue } from '../store/database';
import { FieldKind, entityPropertyName, isLookupKind } from '../store/field-types';
import { fieldColumn, type FieldRecord, type ListRecord } from '../store/lists';
import type { Store } from '../store';
import { isoSeconds } from './context';
import { lookupFieldForIdProperty } from './item-json';

/** System properties a client may send back (e.g. a read item re-posted) that are not written.
 * Unverified: SharePoint may refuse them instead of ignoring them (this is the more permissive choice). */
const IGNORED_PROPERTIES = new Set([
  '__metadata', 'Id', 'ID', 'GUID', 'Created', 'Modified', 'AuthorId', 'EditorId', 'AuthorStringId', 'EditorStringId',
  'Attachments', 'OData__UIVersionString', 'FileSystemObjectType', 'ContentTypeId', 'ServerRedirectedEmbedUri',
  'ServerRedirectedEmbedUrl', 'ComplianceAssetId'
]);

// Message: SharePoint/sp-dev-docs#10163; status and code unverified.
const userMissing = (): SpError =>
  new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');

/** `[…]` or verbose `{results: […]}`. */
function collection(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) {
    return (value as { results: unknown[] }).results;
  }
  return undefined;
}

// Numbers sent as numeric strings are accepted (unverified).
function toNumber(property: string, value: unknown, edm: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw invalidValue(property, edm);
  return n;
}

function toId(property: string, value: unknown): number {
  const n = toNumber(property, value, 'Edm.Int32');
  if (!Number.isInteger(n)) throw invalidValue(property, 'Edm.Int32');
  return n;
}

function convert(store: Store, field: FieldRecord, property: string, value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  switch (field.kind) {
    case FieldKind.Text:
    case FieldKind.Choice:
    case FieldKind.Note: {
      if (typeof value !== 'string') throw invalidValue(property, 'Edm.String');
      const max = field.kind === FieldKind.Text ? field.props.MaxLength ?? 255 : undefined;
      if (max !== undefined && value.length > max) throw textTooLong(field.title, max);
      return value === '' ? null : value; // SharePoint keeps an empty text as no value (unverified)
    }
    case FieldKind.Number:
    case FieldKind.Currency:
      return toNumber(property, value, 'Edm.Double');
    case FieldKind.Integer:
      return toId(property, value);
    case FieldKind.Boolean:
      if (typeof value !== 'boolean') throw invalidValue(property, 'Edm.Boolean');
      return value ? 1 : 0;
    case FieldKind.DateTime: {
      const iso = typeof value === 'string' ? normaliseDateTime(value) : undefined;
      if (!iso) throw invalidValue(property, 'Edm.DateTime');
      return iso;
    }
    case FieldKind.MultiChoice: {
      const values = collection(value);
      if (!values || values.some((v) => typeof v !== 'string')) throw invalidValue(property, 'Collection(Edm.String)');
      return values.length ? JSON.stringify(values) : null;
    }
    case FieldKind.URL: {
      if (typeof value !== 'object') throw invalidValue(property, 'SP.FieldUrlValue');
      const { Url, Description } = value as { Url?: unknown; Description?: unknown };
      if (Url === null || Url === undefined || Url === '') return null;
      if (typeof Url !== 'string' || (Description != null && typeof Description !== 'string')) throw invalidValue(property, 'SP.FieldUrlValue');
      return JSON.stringify({ Description: Description ?? Url, Url }); // Description defaults to Url: unverified
    }
    case FieldKind.Lookup:
    case FieldKind.User: {
      const check = (id: number): number => {
        if (field.kind === FieldKind.User && !store.principals.byId(id)) throw userMissing();
        return id;
      };
      if (field.props.AllowMultipleValues) {
        const values = collection(value);
        if (!values) throw invalidValue(property, 'Collection(Edm.Int32)');
        const ids = values.map((v) => check(toId(property, v)));
        return ids.length ? JSON.stringify(ids) : null;
      }
      const id = toId(property, value);
      return id <= 0 ? null : check(id); // 0 or less clears the value (unverified)
    }
    default:
      throw invalidValue(property, 'Edm.String');
  }
}

// Column defaults (SPField.DefaultValue, [today]) applied on add over REST: unverified.
function defaultValue(field: FieldRecord, now: Date): SqlValue | undefined {
  const text = field.props.DefaultValue;
  if (text === undefined || text === null || text === '') return undefined;
  switch (field.kind) {
    case FieldKind.Boolean: return text === '1' || text.toLowerCase() === 'true' ? 1 : 0;
    case FieldKind.Number:
    case FieldKind.Currency:
    case FieldKind.Integer: return Number.isFinite(Number(text)) ? Number(text) : undefined;
    case FieldKind.DateTime: return text.toLowerCase() === '[today]' ? `${isoSeconds(now).slice(0, 10)}T00:00:00Z` : normaliseDateTime(text);
    case FieldKind.Text:
    case FieldKind.Choice:
    case FieldKind.Note: return text;
    case FieldKind.MultiChoice: return JSON.stringify([text]);
    default: return undefined;
  }
}

export interface ItemWrite {
  columns: Record<string, SqlValue>;
}

/**
 * Maps body properties to columns. Unknown properties are SharePoint's 400 naming the item
 * type; on add, defaults apply and Required fields must have a value (SharePoint's forms
 * enforce Required; we also enforce it over REST, the stricter choice).
 */
export function itemWriteFromBody(store: Store, list: ListRecord, fields: FieldRecord[], body: unknown, mode: 'add' | 'update', now: Date): ItemWrite {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The request body is not a JSON object.');
  }
  const columns: Record<string, SqlValue> = {};
  for (const [property, value] of Object.entries(body as Record<string, unknown>)) {
    if (IGNORED_PROPERTIES.has(property)) continue;
    const direct = fields.find((f) => entityPropertyName(f.internalName) === property);
    if (direct && isLookupKind(direct.kind)) {
      // The navigation property itself cannot take a value; clients write `<Field>Id` (facts file). Message unverified.
      throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        'An unexpected \'PrimitiveValue\' node was found when reading from the JSON reader. A \'StartObject\' node was expected.');
    }
    const idProperty = direct ? undefined : lookupFieldForIdProperty(fields, property);
    const field = direct ?? idProperty?.field;
    if (!field || field.readOnly || !fieldColumn(field)) throw unknownBodyProperty(property, list.itemType);
    columns[fieldColumn(field)!] = convert(store, field, property, value);
  }
  if (mode === 'add') {
    for (const field of fields) {
      const column = fieldColumn(field);
      if (field.readOnly || !column) continue;
      if (!(column in columns)) {
        const fallback = defaultValue(field, now);
        if (fallback !== undefined) columns[column] = fallback;
      }
      if (field.required && (columns[column] === undefined || columns[column] === null)) throw requiredFieldMissing(field.title);
    }
  } else {
    for (const field of fields) {
      const column = fieldColumn(field);
      if (field.required && column && column in columns && columns[column] === null) throw requiredFieldMissing(field.title);
    }
  }
  return { columns };
}
