// The Site Pages library every modern site has (template 119, WebPageLibrary): where news
// posts live as pages. Sources: the library is found by TemplateType WebPageLibrary and
// ListItemEntityTypeFullName 'SP.Data.SitePagesItem' (pnp/powershell
// src/Commands/Utilities/PagesUtility.cs); the page fields by name from PnP Core SDK
// PageConstants.cs and PnPjs clientside-pages (docs/research/news-pages-rest.md §4).
// Unverified: the ids of the page fields (fresh GUIDs here) and the library's default settings
// on a new communication site; the emulator starts with versioning and minor versions on and
// drafts readable by readers (DraftVersionVisibility 0, SharePoint's default for any library),
// so the product's set-up has to switch draft security on itself.
import { ident } from '../store/database';
import { FieldKind } from '../store/field-types';
import type { Store } from '../store';
import type { ListRecord } from '../store/lists';

export const SITE_PAGES_TITLE = 'Site Pages';
export const SITE_PAGES_FOLDER = 'SitePages';
export const WEB_PAGE_LIBRARY = 119;

/** Columns the versions logic reads (emulator/sitepages/versions.ts). */
export const UI_VERSION = '_UIVersion';
export const CHECKOUT_USER = 'CheckoutUser';
export const FILE_LEAF_REF = 'FileLeafRef';
/** Created by switching page scheduling on (PnP Core SDK PageConstants._PublishStartDate). */
export const PUBLISH_START = '_PublishStartDate';

const PAGE_FIELDS: { id: string; internalName: string; title: string; kind: number; readOnly?: boolean; hidden?: boolean; indexed?: boolean }[] = [
  // SPBuiltInFieldId.FileLeafRef / CheckoutUser / _UIVersion (fixed ids).
  { id: '8553196d-ec8d-4564-9861-3dbe931050c8', internalName: FILE_LEAF_REF, title: 'Name', kind: FieldKind.Text, indexed: true },
  { id: '3881510a-4e4a-4ee8-b102-8ee8e2d0dd4b', internalName: CHECKOUT_USER, title: 'Checked Out To', kind: FieldKind.User, readOnly: true },
  { id: '7841bf41-43d0-4434-9f50-a673baef7631', internalName: UI_VERSION, title: 'UI Version', kind: FieldKind.Integer, readOnly: true, hidden: true },
  // Page fields (names: PnP Core SDK PageConstants.cs; ids unverified).
  { id: '4966388e-6e12-4bc6-8990-5b5b66153eae', internalName: 'CanvasContent1', title: 'Authoring Canvas Content', kind: FieldKind.Note },
  { id: '261075db-0525-4fb8-a6ea-772014186599', internalName: 'LayoutWebpartsContent', title: 'Page Layout Content', kind: FieldKind.Note },
  { id: '5baf6db5-9d25-4738-b15e-db5789298e82', internalName: 'BannerImageUrl', title: 'Banner Image URL', kind: FieldKind.URL },
  { id: '3f155110-a6a2-4d70-926c-94648101f0e8', internalName: 'Description', title: 'Description', kind: FieldKind.Note },
  { id: 'f5ad16a2-85be-46b2-b5f0-2bb8b4a5074a', internalName: 'PromotedState', title: 'Promoted State', kind: FieldKind.Number },
  { id: 'c84f8697-331e-457d-884a-c4fb8f30ea74', internalName: 'FirstPublishedDate', title: 'First Published Date', kind: FieldKind.DateTime },
  { id: '0f800910-b30d-4c8c-b011-8189b2297094', internalName: 'PageLayoutType', title: 'Page Layout Type', kind: FieldKind.Text }
];

/** The Site Pages library, created with the site (a modern site always has it). */
export function ensureSitePagesLibrary(store: Store, nowIso: string): ListRecord {
  const existing = sitePagesLibrary(store);
  if (existing) return existing;
  const list = store.lists.create({
    title: SITE_PAGES_TITLE, description: '', baseTemplate: WEB_PAGE_LIBRARY, now: nowIso, entityTypeName: SITE_PAGES_FOLDER,
    settings: { EnableVersioning: true, EnableMinorVersions: true, EnableModeration: false, DraftVersionVisibility: 0, RootFolder: SITE_PAGES_FOLDER }
  });
  for (const field of PAGE_FIELDS) store.lists.addBuiltinField(list, field, field.readOnly ?? false);
  // Other versions of the same pages: checked-out working copies and last major versions.
  store.db.exec(`CREATE TABLE ${ident(`${list.table}_co`)} AS SELECT * FROM ${ident(list.table)} WHERE 0`);
  store.db.exec(`CREATE TABLE ${ident(`${list.table}_major`)} AS SELECT * FROM ${ident(list.table)} WHERE 0`);
  store.db.exec(`CREATE UNIQUE INDEX ${ident(`${list.table}_co_id`)} ON ${ident(`${list.table}_co`)} ("Id")`);
  store.db.exec(`CREATE UNIQUE INDEX ${ident(`${list.table}_major_id`)} ON ${ident(`${list.table}_major`)} ("Id")`);
  return store.lists.byTitle(SITE_PAGES_TITLE)!;
}

/** One row lookup by template (it runs before every request: versions.publishDue). */
export function sitePagesLibrary(store: Store): ListRecord | undefined {
  return store.lists.byBaseTemplate(WEB_PAGE_LIBRARY);
}

export function isVersionedLibrary(store: Store, list: ListRecord): boolean {
  return list.baseTemplate === WEB_PAGE_LIBRARY && store.lists.shadowTables(list).length === 2;
}
