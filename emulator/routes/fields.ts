// …/fields: GET, POST (verbose body with __metadata, what PnPjs's addText/addNumber/… send),
// AddField({parameters}) (addLookup), createfieldasxml; field GET, MERGE (incl. Indexed), DELETE.
import { invalidValue, listMissing, notSupported, unknownBodyProperty, SpError } from '../http/errors';
import { Perm } from '../security/permissions';
import { CREATABLE_KINDS, FieldKind, fieldTypeInfo, kindFromTypeName } from '../store/field-types';
import { MAX_INDEXES, type FieldProps, type FieldRecord, type ListRecord, type NewField } from '../store/lists';
import type { ApiResponse, RequestContext } from './context';
import { collectionValue, outOfRange, parseJsonObject } from './body';
import { fieldJson } from './entities';
import { queryEntities, selectEntity } from './entity-query';
import { collectionResponse, emptyOk, entityResponse, noContent } from './respond';

const SET = 'SP.ApiData.Fields';

type JsonType = 'string' | 'number' | 'boolean' | 'strings';

/** Properties of SP.Field every type has (names: SP.Field and subclasses on Learn; writability of each: unverified). */
const COMMON: Record<string, JsonType> = {
  Title: 'string', FieldTypeKind: 'number', Description: 'string', Required: 'boolean', Indexed: 'boolean', Hidden: 'boolean',
  EnforceUniqueValues: 'boolean', Group: 'string', DefaultValue: 'string', StaticName: 'string', ValidationFormula: 'string',
  ValidationMessage: 'string', DefaultFormula: 'string', JSLink: 'string', Direction: 'string', ReadOnlyField: 'boolean',
  CustomFormatter: 'string', ClientSideComponentId: 'string', ClientSideComponentProperties: 'string', ShowInFiltersPane: 'number',
  PinnedToFiltersPane: 'boolean'
};

/** The extra properties of each field class. */
const BY_KIND: Partial<Record<number, Record<string, JsonType>>> = {
  [FieldKind.Text]: { MaxLength: 'number' },
  [FieldKind.Note]: { AllowHyperlink: 'boolean', AppendOnly: 'boolean', NumberOfLines: 'number', RestrictedMode: 'boolean', RichText: 'boolean', UnlimitedLengthInDocumentLibrary: 'boolean' },
  [FieldKind.DateTime]: { DateTimeCalendarType: 'number', DisplayFormat: 'number', FriendlyDisplayFormat: 'number', DateFormat: 'number' },
  [FieldKind.Number]: { MinimumValue: 'number', MaximumValue: 'number', DisplayFormat: 'number', ShowAsPercentage: 'boolean' },
  [FieldKind.Integer]: { MinimumValue: 'number', MaximumValue: 'number', DisplayFormat: 'number', ShowAsPercentage: 'boolean' },
  [FieldKind.Currency]: { MinimumValue: 'number', MaximumValue: 'number', DisplayFormat: 'number', CurrencyLocaleId: 'number' },
  [FieldKind.Choice]: { Choices: 'strings', FillInChoice: 'boolean', EditFormat: 'number', Mappings: 'string' },
  [FieldKind.MultiChoice]: { Choices: 'strings', FillInChoice: 'boolean', Mappings: 'string' },
  [FieldKind.URL]: { DisplayFormat: 'number' },
  [FieldKind.Lookup]: { AllowMultipleValues: 'boolean', LookupList: 'string', LookupField: 'string', LookupWebId: 'string', RelationshipDeleteBehavior: 'number', UnlimitedLengthInDocumentLibrary: 'boolean' },
  [FieldKind.User]: { AllowMultipleValues: 'boolean', SelectionMode: 'number', SelectionGroup: 'number', AllowDisplay: 'boolean', Presence: 'boolean', LookupField: 'string' }
};

const ODATA_TYPE_KINDS: Record<string, number> = {
  'SP.FieldText': FieldKind.Text, 'SP.FieldMultiLineText': FieldKind.Note, 'SP.FieldDateTime': FieldKind.DateTime,
  'SP.FieldNumber': FieldKind.Number, 'SP.FieldCurrency': FieldKind.Currency, 'SP.FieldChoice': FieldKind.Choice,
  'SP.FieldMultiChoice': FieldKind.MultiChoice, 'SP.FieldUrl': FieldKind.URL, 'SP.FieldLookup': FieldKind.Lookup,
  'SP.FieldUser': FieldKind.User
};

function checkType(name: string, value: unknown, type: JsonType): unknown {
  if (value === null) return null;
  if (type === 'strings') {
    const values = collectionValue(value);
    if (!values || values.some((v) => typeof v !== 'string')) throw invalidValue(name, 'Collection(Edm.String)');
    return values;
  }
  if (typeof value !== type) throw invalidValue(name, type === 'string' ? 'Edm.String' : type === 'number' ? 'Edm.Int32' : 'Edm.Boolean');
  return value;
}

interface FieldChanges {
  title?: string;
  required?: boolean;
  indexed?: boolean;
  hidden?: boolean;
  description?: string;
  props: FieldProps;
}

/** Validates body properties for a field of `kind` (unknown -> SharePoint's 400 naming the type). */
function readFieldProperties(body: Record<string, unknown>, kind: number, typeName: string, skip: Set<string>): FieldChanges {
  const allowed = { ...COMMON, ...(BY_KIND[kind] ?? {}) };
  const changes: FieldChanges = { props: {} };
  const props = changes.props as Record<string, unknown>;
  for (const [name, raw] of Object.entries(body)) {
    if (name === '__metadata' || skip.has(name)) continue;
    const type = allowed[name];
    if (!type) throw unknownBodyProperty(name, typeName);
    const value = checkType(name, raw, type);
    switch (name) {
      case 'Title': changes.title = value as string; break;
      case 'Required': changes.required = value as boolean; break;
      case 'Indexed': changes.indexed = value as boolean; break;
      case 'Hidden': changes.hidden = value as boolean; break;
      case 'Description': changes.description = (value as string | null) ?? ''; break;
      case 'FieldTypeKind': break;
      case 'LookupList': props.LookupList = value === null ? undefined : `{${String(value).replace(/[{}]/g, '').toLowerCase()}}`; break;
      default: props[name] = value;
    }
  }
  // Text MaxLength 1..255: unverified bounds and error.
  if (props.MaxLength !== undefined && (typeof props.MaxLength !== 'number' || props.MaxLength < 1 || props.MaxLength > 255)) throw outOfRange();
  return changes;
}

function checkLookupTarget(ctx: RequestContext, kind: number, props: FieldProps): void {
  if (kind !== FieldKind.Lookup) return;
  // Missing LookupList: unverified error; LookupField defaults to Title (unverified).
  if (!props.LookupList) throw new SpError(400, '-2147024809, System.ArgumentException', 'Value cannot be null.\r\nParameter name: LookupList');
  if (!ctx.store.lists.byId(props.LookupList)) throw listMissing(props.LookupList, ctx.siteUrl);
  props.LookupField = props.LookupField ?? 'Title';
}

/** SharePoint refuses a 21st index on a list (facts file: max 20 indexes per list; message unverified). */
function checkIndexLimit(ctx: RequestContext, list: ListRecord): void {
  if (ctx.store.lists.indexCount(list) >= MAX_INDEXES) {
    throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException',
      `This list already has the maximum number of indexed columns (${MAX_INDEXES}). Remove an index before adding another.`);
  }
}

function createField(ctx: RequestContext, list: ListRecord, def: NewField): ApiResponse {
  if (!CREATABLE_KINDS.has(def.kind)) throw notSupported(`Creating a field of type ${fieldTypeInfo(def.kind)?.typeAsString ?? def.kind}`);
  if (!def.title || def.title.trim() === '') throw outOfRange();
  checkLookupTarget(ctx, def.kind, def.props ?? {});
  if (def.indexed) checkIndexLimit(ctx, list);
  if (def.kind === FieldKind.Text) def.props = { MaxLength: 255, ...def.props };
  const field = ctx.store.lists.addField(list, def);
  return entityResponse(ctx, fieldJson(ctx, list, field), SET, 201);
}

export function getFields(ctx: RequestContext, list: ListRecord): ApiResponse {
  const fields = ctx.store.lists.fields(list).map((f) => fieldJson(ctx, list, f));
  return collectionResponse(ctx, queryEntities(ctx.store.db, fields, ctx.req.query, 'SP.Field'), SET);
}

export function getField(ctx: RequestContext, list: ListRecord, field: FieldRecord): ApiResponse {
  return entityResponse(ctx, selectEntity(fieldJson(ctx, list, field), ctx.req.query, 'SP.Field'), SET);
}

/** POST …/fields with an SP.Field* body (PnPjs fields.add: verbose, `__metadata: {type}`). */
export function addFieldFromBody(ctx: RequestContext, list: ListRecord): ApiResponse {
  ctx.perms.requireList(ctx.user, list, Perm.ManageLists);
  const body = parseJsonObject(ctx);
  const metadataType = (body.__metadata as { type?: string } | undefined)?.type;
  const kind = typeof body.FieldTypeKind === 'number' ? body.FieldTypeKind : metadataType ? ODATA_TYPE_KINDS[metadataType] : undefined;
  if (kind === undefined) throw new SpError(400, '-2147024809, System.ArgumentException', 'Value cannot be null.\r\nParameter name: FieldTypeKind');
  const typeName = metadataType ?? fieldTypeInfo(kind)?.odataType ?? 'SP.Field';
  const changes = readFieldProperties(body, kind, typeName, new Set());
  return createField(ctx, list, {
    title: changes.title ?? '', kind, required: changes.required, indexed: changes.indexed, hidden: changes.hidden,
    description: changes.description, props: changes.props
  });
}

/** POST …/fields/AddField with `{parameters: SP.FieldCreationInformation}` (PnPjs addLookup / addField). */
export function addFieldFromParameters(ctx: RequestContext, list: ListRecord): ApiResponse {
  ctx.perms.requireList(ctx.user, list, Perm.ManageLists);
  const parameters = parseJsonObject(ctx).parameters as Record<string, unknown> | undefined;
  if (!parameters || typeof parameters !== 'object') throw new SpError(400, '-2147024809, System.ArgumentException', 'Value cannot be null.\r\nParameter name: parameters');
  const allowed: Record<string, JsonType> = {
    Title: 'string', FieldTypeKind: 'number', Required: 'boolean', IsCompactName: 'boolean', LookupListId: 'string',
    LookupWebId: 'string', LookupFieldName: 'string', Choices: 'strings'
  };
  const values: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(parameters)) {
    if (name === '__metadata') continue;
    if (!allowed[name]) throw unknownBodyProperty(name, 'SP.FieldCreationInformation');
    values[name] = checkType(name, raw, allowed[name]);
  }
  const kind = values.FieldTypeKind as number;
  const props: FieldProps = {};
  if (values.LookupListId) props.LookupList = `{${String(values.LookupListId).replace(/[{}]/g, '').toLowerCase()}}`;
  if (values.LookupFieldName) props.LookupField = values.LookupFieldName as string;
  if (values.Choices) props.Choices = values.Choices as string[];
  return createField(ctx, list, { title: (values.Title as string) ?? '', kind, required: values.Required as boolean | undefined, props });
}

function xmlAttributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"/g)) attrs[m[1]] = decodeXml(m[2]);
  return attrs;
}

function decodeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** POST …/fields/createfieldasxml with `{parameters: {SchemaXml}}`: the common attributes of a <Field>. */
export function addFieldFromXml(ctx: RequestContext, list: ListRecord): ApiResponse {
  ctx.perms.requireList(ctx.user, list, Perm.ManageLists);
  const parameters = parseJsonObject(ctx).parameters as { SchemaXml?: unknown } | undefined;
  const xml = typeof parameters?.SchemaXml === 'string' ? parameters.SchemaXml : undefined;
  const open = xml ? /<Field\b[^>]*>/i.exec(xml) : null;
  if (!xml || !open) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Field schema XML is not valid.');
  const a = xmlAttributes(open[0]);
  const isTrue = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v.toUpperCase() === 'TRUE');
  const kind = a.Type ? kindFromTypeName(a.Type) : undefined;
  if (kind === undefined) throw notSupported(`Field type '${a.Type ?? ''}'`);
  const props: FieldProps = {};
  if (a.MaxLength) props.MaxLength = Number(a.MaxLength);
  if (a.List) props.LookupList = `{${a.List.replace(/[{}]/g, '').toLowerCase()}}`;
  if (a.ShowField) props.LookupField = a.ShowField;
  if (isTrue(a.Mult) || /multi$/i.test(a.Type)) props.AllowMultipleValues = true;
  if (a.RichText) props.RichText = isTrue(a.RichText);
  if (a.NumLines) props.NumberOfLines = Number(a.NumLines);
  if (a.Format && kind === FieldKind.DateTime) props.DisplayFormat = a.Format === 'DateTime' ? 1 : 0;
  if (a.Min) props.MinimumValue = Number(a.Min);
  if (a.Max) props.MaximumValue = Number(a.Max);
  if (a.UserSelectionMode) props.SelectionMode = a.UserSelectionMode === 'PeopleAndGroups' ? 1 : 0;
  if (a.Group) props.Group = a.Group;
  const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => decodeXml(m[1]));
  if (choices.length) props.Choices = choices;
  const defaultValue = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  if (defaultValue) props.DefaultValue = decodeXml(defaultValue[1]);
  return createField(ctx, list, {
    title: a.DisplayName ?? a.Name ?? '', internalName: a.Name ?? a.StaticName, kind,
    required: isTrue(a.Required), indexed: isTrue(a.Indexed), hidden: isTrue(a.Hidden), description: a.Description, props
  });
}

export function updateField(ctx: RequestContext, list: ListRecord, field: FieldRecord): ApiResponse {
  ctx.perms.requireList(ctx.user, list, Perm.ManageLists);
  const body = parseJsonObject(ctx);
  const typeName = fieldTypeInfo(field.kind)?.odataType ?? 'SP.Field';
  const changes = readFieldProperties(body, field.kind, typeName, new Set(['FieldTypeKind']));
  // Read-only field settings and a lookup's target list cannot change: unverified, refused (stricter).
  if (field.readOnly && (changes.required !== undefined || Object.keys(changes.props).length > 0)) {
    throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This field is read-only and its settings cannot be changed.');
  }
  if (changes.props.LookupList !== undefined && changes.props.LookupList !== field.props.LookupList) {
    throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The lookup list of a lookup field cannot be changed.');
  }
  if (changes.indexed === true && !field.indexed) checkIndexLimit(ctx, list);
  ctx.store.lists.updateField(list, field, {
    title: changes.title, required: changes.required, indexed: changes.indexed, hidden: changes.hidden,
    description: changes.description, props: Object.keys(changes.props).length ? changes.props : undefined
  });
  return noContent();
}

export function deleteField(ctx: RequestContext, list: ListRecord, field: FieldRecord): ApiResponse {
  ctx.perms.requireList(ctx.user, list, Perm.ManageLists);
  // Built-in (sealed, FromBaseType) columns cannot be deleted: unverified message and status.
  if (field.builtin) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot delete a sealed column.');
  ctx.store.lists.deleteField(list, field);
  return emptyOk();
}
