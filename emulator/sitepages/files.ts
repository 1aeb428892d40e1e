// A page's file: `web/getFileByServerRelativePath(decodedUrl='…')` (and …Url('…')) with
// listItemAllFields, CheckOut, CheckIn(comment, checkintype), Publish(comment) and $value
// (SP.File, learn.microsoft.com "Working with folders and files with REST"; CheckinType
// MinorCheckIn 0, MajorCheckIn 1, OverwriteCheckIn 2). Only files of the Site Pages library
// exist here; any other path is SharePoint's "File Not Found." (404).
import { accessDenied, invalidValue, notSupported, SpError } from '../http/errors';
import { hasPerm, Perm } from '../security/permissions';
import { isoSeconds, SITE_PATH, type ApiResponse, type RequestContext } from '../routes/context';
import { ExpansionLoader, itemJson, planItemShape } from '../routes/item-json';
import { emptyOk, entityResponse } from '../routes/respond';
import { toItem } from '../store/items';
import type { Row } from '../store/database';
import type { ListRecord } from '../store/lists';
import { CHECKOUT_USER, FILE_LEAF_REF, SITE_PAGES_FOLDER, sitePagesLibrary, UI_VERSION } from './library';
import { onPublished } from './pages';
import { renderPageHtml } from './view';
import { visibleVersion } from './visibility';
import { Versions } from './versions';

export const fileMissing = (): SpError =>
  new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', 'File Not Found.');

export interface PageFile {
  list: ListRecord;
  id: number;
}

/** '/sites/stella/SitePages/x.aspx' (any case, %20 or spaces) → the page's item, if it exists. */
export function findPageFile(ctx: RequestContext, serverRelativeUrl: string): PageFile | undefined {
  const list = sitePagesLibrary(ctx.store);
  const prefix = `${SITE_PATH}/${SITE_PAGES_FOLDER}/`.toLowerCase();
  let path = serverRelativeUrl;
  try {
    path = decodeURIComponent(serverRelativeUrl);
  } catch {
    // keep as sent
  }
  if (!list || !path.toLowerCase().startsWith(prefix)) return undefined;
  const name = path.slice(prefix.length);
  const row = ctx.store.db.prepare(`SELECT "Id" FROM "${list.table}" WHERE lower("${FILE_LEAF_REF}") = lower(?)`).get(name) as { Id: number } | undefined;
  return row ? { list, id: Number(row.Id) } : undefined;
}

function fileJson(ctx: RequestContext, file: PageFile, row: Row): Record<string, unknown> {
  const ui = Number(row[UI_VERSION] ?? 0);
  const checkedOut = row[CHECKOUT_USER] !== null && row[CHECKOUT_USER] !== undefined;
  const url = `${SITE_PATH}/${SITE_PAGES_FOLDER}/${String(row[FILE_LEAF_REF])}`;
  return {
    'odata.type': 'SP.File',
    'odata.id': `${ctx.siteUrl}/_api/Web/GetFileByServerRelativePath(decodedurl='${url}')`,
    'odata.editLink': `Web/GetFileByServerRelativePath(decodedurl='${url}')`,
    CheckInComment: '',
    CheckOutType: checkedOut ? 0 : 2,
    // SP.FileLevel: Published 1, Draft 2, Checkout 255.
    Level: checkedOut ? 255 : ui % 512 === 0 ? 1 : 2,
    ListId: file.list.id,
    MajorVersion: Math.floor(ui / 512),
    MinorVersion: ui % 512,
    Name: String(row[FILE_LEAF_REF]),
    ServerRelativeUrl: url,
    SiteId: ctx.store.ids.siteId,
    TimeCreated: row.Created,
    TimeLastModified: row.Modified,
    Title: row.Title ?? '',
    UIVersion: ui,
    UIVersionLabel: `${Math.floor(ui / 512)}.${ui % 512}`,
    UniqueId: row.GUID,
    WebId: ctx.store.ids.webId
  };
}

function visibleFile(ctx: RequestContext, file: PageFile | undefined): Row {
  const row = file ? visibleVersion(ctx, file.list, file.id) : undefined;
  if (!file || !row) throw fileMissing();
  return row;
}

/** Runs a verb on a page file; `action` is the segment after the file ('' for the file itself). */
export function fileRequest(ctx: RequestContext, file: PageFile | undefined, action: string, args: { checkinType?: unknown }): ApiResponse {
  const method = ctx.req.method;
  if (action === '' && method === 'GET') return entityResponse(ctx, fileJson(ctx, file!, visibleFile(ctx, file)), 'SP.ApiData.Files12');
  if (action === 'listitemallfields' && method === 'GET') {
    const row = visibleFile(ctx, file);
    const fields = ctx.store.lists.fields(file!.list);
    const shape = planItemShape(ctx, fields, ctx.req.query.get('$select'), ctx.req.query.get('$expand'));
    return entityResponse(ctx, itemJson(ctx, file!.list, fields, toItem(row), shape, new ExpansionLoader(ctx)), `SP.Data.SitePagesItems`);
  }
  if (action === '$value' && method === 'GET') {
    const row = visibleFile(ctx, file);
    return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: renderPageHtml(row) };
  }
  if (method !== 'POST') throw notSupported(`${method} on a file's ${action || 'properties'}`);
  // Writers need to see the file at all, then edit rights.
  if (!file || !visibleVersion(ctx, file.list, file.id)) throw fileMissing();
  if (!hasPerm(ctx.perms.listMask(ctx.user, file.list), Perm.EditListItems)) throw accessDenied();
  const versions = new Versions(ctx.store, file.list);
  const name = String((ctx.store.db.prepare(`SELECT "${FILE_LEAF_REF}" AS n FROM "${file.list.table}" WHERE "Id" = ?`).get(file.id) as { n: string }).n);
  switch (action) {
    case 'checkout':
      versions.checkOut(file.id, ctx.user.id, name, (id) => ctx.store.principals.byId(id)?.title ?? String(id));
      return emptyOk();
    case 'checkin': {
      const type = Number(args.checkinType ?? 0);
      if (type !== 0 && type !== 1) throw invalidValue('checkintype', 'Edm.Int32');
      if (versions.checkedOutTo(file.id) !== ctx.user.id) throw new SpError(400, '-2147018894, Microsoft.SharePoint.SPFileCheckOutException', `The file "${name}" is not checked out.`);
      versions.checkIn(file.id, type === 1 ? 'major' : 'minor', name);
      if (type === 1) onPublished(ctx, file.list, file.id, isoSeconds(ctx.now()));
      ctx.store.lists.touchItems(file.list, isoSeconds(ctx.now()));
      return emptyOk();
    }
    case 'publish':
      if (versions.checkedOutTo(file.id) !== null) throw new SpError(400, '-2147018894, Microsoft.SharePoint.SPFileCheckOutException', `The file "${name}" is checked out.`);
      versions.checkIn(file.id, 'major', name);
      onPublished(ctx, file.list, file.id, isoSeconds(ctx.now()));
      return emptyOk();
  }
  throw notSupported(`The file action '${action}'`);
}
