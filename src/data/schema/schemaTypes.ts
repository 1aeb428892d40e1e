// The shape of the one schema definition. Provisioning (PnPjs against SharePoint or the
// emulator), the repositories (field names) and docs/lists.md are all derived from it.

export type FieldKind =
  | 'Text'
  | 'Note'
  | 'RichText'
  | 'Number'
  | 'Boolean'
  | 'DateTime'
  | 'Choice'
  | 'MultiChoice'
  | 'User'
  | 'Lookup'
  | 'Url';

export interface FieldDef {
  /** Internal name: ASCII, no spaces, prefixed 'Sb' so it never clashes with a built-in. */
  readonly name: string;
  /** Display name admins see in SharePoint's list UI (Dutch). */
  readonly title: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  /** Text fields only; SharePoint's own cap is 255. */
  readonly maxLength?: number;
  readonly choices?: readonly string[];
  /** Creates a SharePoint index, so filters on this field stay under the 5,000-item threshold. */
  readonly indexed?: boolean;
  /** Lookup fields: the schema key of the target list. */
  readonly lookupList?: ListKey;
  /** DateTime: date only, or date and time. */
  readonly dateOnly?: boolean;
  /** SharePoint's column default (SPField.DefaultValue; Boolean '1' = yes), also for items added in SharePoint's own forms. */
  readonly defaultValue?: string;
  /** What the field holds, for the admin docs. */
  readonly description: string;
  /** Schema version that introduced the field (provisioning adds newer fields to old lists). */
  readonly since: number;
}

/** SharePoint's permission levels; Design adds ApproveItems (content approval) to Edit. */
export type Role = 'Read' | 'Contribute' | 'Design' | 'Edit' | 'FullControl';

/** Who gets which rights on a list once its inheritance is broken. */
export interface ListGrant {
  /** 'owners' | 'members' | 'visitors' are the site's associated groups; 'everyone' is all employees. */
  readonly principal: 'everyone' | 'owners' | 'members' | 'visitors' | GroupKey;
  readonly role: Role;
}

/** SharePoint's item-level security: 1 = all items, 2 = only own items; write 4 = none. */
export type ReadSecurity = 1 | 2;
export type WriteSecurity = 1 | 2 | 4;

export interface ListDef {
  readonly key: ListKey;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly FieldDef[];
  /** Display name of the built-in Title field. */
  readonly titleFieldTitle: string;
  readonly readSecurity: ReadSecurity;
  readonly writeSecurity: WriteSecurity;
  readonly grants: readonly ListGrant[];
  /** Why the permissions are what they are, for the admin docs. */
  readonly permissionNote: string;
  readonly since: number;
  /** Kept out of SharePoint search (the list's NoCrawl): its items say who signed up for what. */
  readonly noCrawl?: boolean;
}

export type ListKey = 'activities' | 'registrations' | 'privateRegistrations' | 'privateCounts' | 'weeklyThemes' | 'nationalDays' | 'closingDays' | 'locations' | 'attendance' | 'participationFigures';

/**
 * The site's own Site Pages library, where #SamenBeter news posts are news pages. The set-up
 * does not create it (every modern site has it) and leaves its permissions alone (whoever
 * edits the intranet's pages edits news); it adds our columns and makes drafts and scheduled
 * pages invisible to readers.
 */
export interface SitePagesDef {
  /** The library's folder under the web: language-independent (its title is translated). */
  readonly folder: 'SitePages';
  readonly fields: readonly FieldDef[];
  /** SharePoint's DraftVisibilityType: 1 = only people who can edit see minor versions. */
  readonly draftVisibility: 1;
  readonly since: number;
}
export type GroupKey = 'ambassadors' | 'communications';

export interface GroupDef {
  readonly key: GroupKey;
  readonly title: string;
  readonly description: string;
}

export interface SchemaDef {
  readonly version: number;
  readonly groups: readonly GroupDef[];
  readonly lists: readonly ListDef[];
  readonly sitePages: SitePagesDef;
}
