// JSON shapes (minimal metadata) of the web, lists, fields, principals and role objects.
import type { ListRecord, FieldRecord } from '../store/lists';
import type { Principal } from '../store/principals';
import type { RoleDefinition } from '../store/roles';
import { FieldKind, entityPropertyName, fieldTypeInfo } from '../store/field-types';
import { SITE_PATH, SITE_TITLE, type RequestContext } from './context';
import type { Json } from './respond';
import { getMeta } from '../store/database';

/** A web property a client changed with MERGE (routes/web.ts), else its default. */
export function webProperty(ctx: RequestContext, name: 'Title' | 'Description', fallback: string): string {
  return getMeta(ctx.store.db, `web.${name}`) ?? fallback;
}

// Entity JSON below (SP.Web, SP.List, SP.Field, SP.User, SP.Group, SP.RoleDefinition): property names from
// the SharePoint REST references (learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference; SP.List / SP.Field on Learn); the default values are unverified.
export function webJson(ctx: RequestContext): Json {
  const lists = ctx.store.lists.all();
  const lastModified = lists.reduce((max, l) => (l.lastItemModified > max ? l.lastItemModified : max), '2026-01-05T08:00:00Z');
  return {
    'odata.type': 'SP.Web',
    'odata.id': `${ctx.siteUrl}/_api/Web`,
    'odata.editLink': 'Web',
    AllowRssFeeds: false,
    AlternateCssUrl: '',
    AppInstanceId: '00000000-0000-0000-0000-000000000000',
    Configuration: 0,
    Created: '2026-01-05T08:00:00Z',
    CustomMasterUrl: `${SITE_PATH}/_catalogs/masterpage/seattle.master`,
    Description: webProperty(ctx, 'Description', ''),
    EnableMinimalDownload: false,
    Id: ctx.store.ids.webId,
    IsMultilingual: true,
    Language: 1043,
    LastItemModifiedDate: lastModified,
    MasterUrl: `${SITE_PATH}/_catalogs/masterpage/seattle.master`,
    QuickLaunchEnabled: true,
    RecycleBinEnabled: true,
    ServerRelativeUrl: SITE_PATH,
    SiteLogoUrl: null,
    SyndicationEnabled: false,
    Title: webProperty(ctx, 'Title', SITE_TITLE),
    TreeViewEnabled: false,
    UIVersion: 15,
    UIVersionConfigurationEnabled: false,
    Url: ctx.siteUrl,
    WebTemplate: 'SITEPAGEPUBLISHING'
  };
}

export function listEditLink(list: ListRecord): string {
  return `Web/Lists(guid'${list.id}')`;
}

export function listJson(ctx: RequestContext, list: ListRecord): Json {
  const s = list.settings;
  const setting = <T>(name: string, fallback: T): T => (name in s ? (s[name] as T) : fallback);
  return {
    'odata.type': 'SP.List',
    'odata.id': `${ctx.siteUrl}/_api/${listEditLink(list)}`,
    'odata.etag': `"${list.version}"`,
    'odata.editLink': listEditLink(list),
    AllowContentTypes: setting('AllowContentTypes', true),
    BaseTemplate: list.baseTemplate,
    BaseType: list.baseTemplate === 101 ? 1 : 0, // SPBaseType: GenericList 0, DocumentLibrary 1 (Learn)
    ContentTypesEnabled: setting('ContentTypesEnabled', false),
    CrawlNonDefaultViews: false,
    Created: list.created,
    CurrentChangeToken: { StringValue: `1;3;${list.id};${Date.parse(list.lastItemModified)};${list.version}` },
    DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
    DefaultItemOpenUseListSetting: false,
    Description: list.description,
    Direction: setting('Direction', 'none'),
    DisableGridEditing: false,
    DocumentTemplateUrl: null,
    DraftVersionVisibility: setting('DraftVersionVisibility', 0),
    EnableAttachments: setting('EnableAttachments', true),
    EnableFolderCreation: setting('EnableFolderCreation', false),
    EnableMinorVersions: setting('EnableMinorVersions', false),
    EnableModeration: setting('EnableModeration', false),
    EnableRequestSignOff: true,
    EnableVersioning: setting('EnableVersioning', true),
    EntityTypeName: list.entityTypeName,
    ExemptFromBlockDownloadOfNonViewableFiles: false,
    FileSavePostProcessingEnabled: false,
    ForceCheckout: setting('ForceCheckout', false),
    HasExternalDataSource: false,
    HasUniqueRoleAssignments: list.hasUniqueRoleAssignments,
    Hidden: list.hidden,
    Id: list.id,
    ImagePath: { DecodedUrl: '/_layouts/15/images/itgen.png?rev=47' },
    ImageUrl: '/_layouts/15/images/itgen.png?rev=47',
    IrmEnabled: false,
    IrmExpire: false,
    IrmReject: false,
    IsApplicationList: false,
    IsCatalog: false,
    IsPrivate: false,
    ItemCount: ctx.store.lists.itemCount(list),
    LastItemDeletedDate: list.lastItemDeleted,
    LastItemModifiedDate: list.lastItemModified,
    LastItemUserModifiedDate: list.lastItemModified,
    ListExperienceOptions: 0,
    ListItemEntityTypeFullName: list.itemType,
    MajorVersionLimit: setting('MajorVersionLimit', 50),
    MajorWithMinorVersionsLimit: 0,
    MultipleDataList: false,
    NoCrawl: setting('NoCrawl', false),
    OnQuickLaunch: setting('OnQuickLaunch', false),
    ParentWebPath: { DecodedUrl: SITE_PATH },
    ParentWebUrl: SITE_PATH,
    ParserDisabled: false,
    ReadSecurity: list.readSecurity,
    ServerTemplateCanCreateFolders: true,
    TemplateFeatureId: '00bfea71-de22-43b2-a848-c05709900100',
    Title: list.title,
    WriteSecurity: list.writeSecurity
  };
}

function xmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function schemaXml(list: ListRecord, field: FieldRecord, typeAsString: string): string {
  const p = field.props;
  const attrs = [
    `ID="{${field.id}}"`, `Type="${typeAsString}"`, `DisplayName="${xmlAttr(field.title)}"`, `Required="${field.required ? 'TRUE' : 'FALSE'}"`,
    `Name="${field.internalName}"`, `StaticName="${field.internalName}"`, `SourceID="{${list.id}}"`, `ColName="${field.internalName}"`
  ];
  if (field.indexed) attrs.push('Indexed="TRUE"');
  if (p.MaxLength !== undefined) attrs.push(`MaxLength="${p.MaxLength}"`);
  if (p.LookupList) attrs.push(`List="${p.LookupList}"`, `ShowField="${p.LookupField ?? 'Title'}"`);
  if (p.AllowMultipleValues) attrs.push('Mult="TRUE"');
  const choices = p.Choices?.length
    ? `<CHOICES>${p.Choices.map((c) => `<CHOICE>${xmlAttr(c)}</CHOICE>`).join('')}</CHOICES>` : '';
  return choices ? `<Field ${attrs.join(' ')}>${choices}</Field>` : `<Field ${attrs.join(' ')} />`;
}

export function fieldTypeAsString(field: FieldRecord): string {
  const base = fieldTypeInfo(field.kind)?.typeAsString ?? 'Text';
  if (field.props.AllowMultipleValues && field.kind === FieldKind.Lookup) return 'LookupMulti';
  if (field.props.AllowMultipleValues && field.kind === FieldKind.User) return 'UserMulti';
  return base;
}

export function fieldJson(ctx: RequestContext, list: ListRecord, field: FieldRecord): Json {
  const info = fieldTypeInfo(field.kind);
  const typeAsString = fieldTypeAsString(field);
  const link = `${listEditLink(list)}/Fields(guid'${field.id}')`;
  const p = field.props;
  const json: Json = {
    'odata.type': info?.odataType ?? 'SP.Field',
    'odata.id': `${ctx.siteUrl}/_api/${link}`,
    'odata.editLink': link,
    AutoIndexed: false,
    CanBeDeleted: !field.builtin,
    ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
    ClientSideComponentProperties: null,
    CustomFormatter: null,
    DefaultFormula: null,
    DefaultValue: p.DefaultValue ?? null,
    Description: field.description,
    Direction: 'none',
    EnforceUniqueValues: p.EnforceUniqueValues ?? false,
    EntityPropertyName: entityPropertyName(field.internalName),
    Filterable: true,
    FromBaseType: field.builtin,
    Group: p.Group ?? (field.builtin ? '_Hidden' : 'Custom Columns'),
    Hidden: field.hidden,
    Id: field.id,
    Indexed: field.indexed,
    IndexStatus: 0,
    InternalName: field.internalName,
    IsModern: false,
    JSLink: 'clienttemplates.js',
    PinnedToFiltersPane: false,
    ReadOnlyField: field.readOnly,
    Required: field.required,
    SchemaXml: schemaXml(list, field, typeAsString),
    Scope: `${SITE_PATH}/Lists/${list.title}`,
    Sealed: field.builtin,
    ShowInFiltersPane: 0,
    Sortable: true,
    StaticName: p.StaticName ?? field.internalName,
    Title: field.title,
    FieldTypeKind: field.kind,
    TypeAsString: typeAsString,
    TypeDisplayName: info?.displayName ?? typeAsString,
    TypeShortDescription: info?.displayName ?? typeAsString,
    ValidationFormula: p.ValidationFormula ?? null,
    ValidationMessage: p.ValidationMessage ?? null
  };
  switch (field.kind) {
    case FieldKind.Text:
      json.MaxLength = p.MaxLength ?? 255;
      break;
    case FieldKind.Note:
      Object.assign(json, {
        AllowHyperlink: p.AllowHyperlink ?? true, AppendOnly: p.AppendOnly ?? false, NumberOfLines: p.NumberOfLines ?? 6,
        RestrictedMode: p.RestrictedMode ?? false, RichText: p.RichText ?? false, UnlimitedLengthInDocumentLibrary: false
      });
      break;
    case FieldKind.Choice:
    case FieldKind.MultiChoice:
      Object.assign(json, { Choices: p.Choices ?? [], FillInChoice: p.FillInChoice ?? false, Mappings: null });
      if (field.kind === FieldKind.Choice) json.EditFormat = p.EditFormat ?? 0;
      break;
    case FieldKind.Number:
    case FieldKind.Currency:
    case FieldKind.Integer:
      Object.assign(json, {
        CommaSeparator: true, CustomUnitName: null, CustomUnitOnRight: false, DisplayFormat: p.DisplayFormat ?? -1,
        MaximumValue: p.MaximumValue ?? 1.7976931348623157e308, MinimumValue: p.MinimumValue ?? -1.7976931348623157e308,
        ShowAsPercentage: p.ShowAsPercentage ?? false, Unit: 'None'
      });
      if (field.kind === FieldKind.Currency) json.CurrencyLocaleId = p.CurrencyLocaleId ?? 1043;
      break;
    case FieldKind.DateTime:
      Object.assign(json, {
        DateTimeCalendarType: p.DateTimeCalendarType ?? 1, DateFormat: null, DisplayFormat: p.DisplayFormat ?? 0,
        FriendlyDisplayFormat: p.FriendlyDisplayFormat ?? 0
      });
      break;
    case FieldKind.URL:
      json.DisplayFormat = p.DisplayFormat ?? 0;
      break;
    case FieldKind.Lookup:
    case FieldKind.User:
      Object.assign(json, {
        AllowMultipleValues: p.AllowMultipleValues ?? false,
        DependentLookupInternalNames: [],
        IsDependentLookup: false,
        IsRelationship: field.kind === FieldKind.Lookup,
        LookupField: p.LookupField ?? (field.kind === FieldKind.User ? 'ImnName' : 'Title'),
        LookupList: p.LookupList ?? (field.kind === FieldKind.User ? 'UserInfo' : ''),
        LookupWebId: ctx.store.ids.webId,
        PrimaryFieldId: null,
        RelationshipDeleteBehavior: 0,
        UnlimitedLengthInDocumentLibrary: false
      });
      if (field.kind === FieldKind.User) {
        Object.assign(json, { AllowDisplay: true, Presence: true, SelectionGroup: p.SelectionGroup ?? 0, SelectionMode: p.SelectionMode ?? 1 });
      }
      break;
  }
  return json;
}

export function userJson(ctx: RequestContext, user: Principal): Json {
  const isUser = user.principalType === 1;
  return {
    'odata.type': 'SP.User',
    'odata.id': `${ctx.siteUrl}/_api/Web/GetUserById(${user.id})`,
    'odata.editLink': `Web/GetUserById(${user.id})`,
    Id: user.id,
    IsHiddenInUI: user.isHidden,
    LoginName: user.loginName,
    Title: user.title,
    PrincipalType: user.principalType,
    Email: user.email ?? '',
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: user.isSiteAdmin,
    // SP.UserIdInfo {NameId, NameIdIssuer} (learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference); the values are unverified.
    UserId: isUser && user.email
      ? { NameId: `1003${user.id.toString(16).padStart(12, '0')}`, NameIdIssuer: 'urn:federation:microsoftonline' }
      : null,
    UserPrincipalName: isUser ? user.email : null
  };
}

export function groupJson(ctx: RequestContext, group: Principal): Json {
  const owner = group.ownerId !== null ? ctx.store.principals.byId(group.ownerId) : undefined;
  return {
    'odata.type': 'SP.Group',
    'odata.id': `${ctx.siteUrl}/_api/Web/SiteGroups/GetById(${group.id})`,
    'odata.editLink': `Web/SiteGroups/GetById(${group.id})`,
    Id: group.id,
    IsHiddenInUI: false,
    LoginName: group.loginName,
    Title: group.title,
    PrincipalType: 8,
    AllowMembersEditMembership: group.allowMembersEditMembership,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: group.description ?? '',
    OnlyAllowMembersViewMembership: group.onlyAllowMembersViewMembership,
    OwnerTitle: owner?.title ?? '',
    RequestToJoinLeaveEmailSetting: null
  };
}

/** A user, claim or group as the Member of a role assignment. */
export function principalJson(ctx: RequestContext, principal: Principal): Json {
  return principal.principalType === 8 ? groupJson(ctx, principal) : userJson(ctx, principal);
}

export function roleDefinitionJson(ctx: RequestContext, def: RoleDefinition): Json {
  return {
    'odata.type': 'SP.RoleDefinition',
    'odata.id': `${ctx.siteUrl}/_api/Web/RoleDefinitions(${def.id})`,
    'odata.editLink': `Web/RoleDefinitions(${def.id})`,
    BasePermissions: { High: def.high, Low: def.low },
    Description: def.description,
    Hidden: def.hidden,
    Id: def.id,
    Name: def.name,
    Order: def.order,
    RoleTypeKind: def.roleTypeKind
  };
}

// FormDigestValue / FormDigestTimeoutSeconds: facts file; the other properties' values: unverified.
export function contextInfoJson(ctx: RequestContext, digest: string, timeoutSeconds: number): Json {
  return {
    FormDigestTimeoutSeconds: timeoutSeconds,
    FormDigestValue: digest,
    LibraryVersion: '16.0.26712.12003',
    SiteFullUrl: ctx.siteUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.siteUrl
  };
}

