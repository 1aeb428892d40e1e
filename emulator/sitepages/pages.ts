// The page API PnPjs clientside-pages calls (docs/research/news-pages-rest.md §1, from
// pnp/pnpjs packages/sp/clientside-pages/types.ts): create, read, checkoutpage, savepage,
// publish, SchedulePublish, promoteToNews, discardPage, and pagesinlib(…)/setscheduling
// (pnp/powershell EnablePageScheduling.cs). Each handler says what is unverified.
import { accessDenied, invalidValue, itemMissing, SpError } from '../http/errors';
import { hasPerm, Perm } from '../security/permissions';
import { isoSeconds, type ApiResponse, type RequestContext } from '../routes/context';
import { parseJsonObject } from '../routes/body';
import { emptyOk, entityResponse, valueResponse } from '../routes/respond';
import { transaction, type SqlValue } from '../store/database';
import { FieldKind } from '../store/field-types';
import type { ListRecord } from '../store/lists';
import { FILE_LEAF_REF, PUBLISH_START } from './library';
import { pageJson } from './pageJson';
import { visibleVersion } from './visibility';
import { versionLabel, Versions } from './versions';

const SET = 'SP.Publishing.SitePage';

const schedulingOff = (): SpError =>
  // Unverified wording; SharePoint refuses scheduling on a library where it is off.
  new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Page scheduling is not enabled for this library.');

const PAGE_TEXT_FIELDS = ['Title', 'CanvasContent1', 'LayoutWebpartsContent', 'Description'] as const;

function requireEdit(ctx: RequestContext, list: ListRecord): void {
  if (!hasPerm(ctx.perms.listMask(ctx.user, list), Perm.EditListItems)) throw accessDenied();
}

function userTitle(ctx: RequestContext): (id: number) => string {
  return (id) => ctx.store.principals.byId(id)?.title ?? String(id);
}

function respondPage(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  const row = visibleVersion(ctx, list, id);
  if (!row) throw itemMissing();
  const canEdit = hasPerm(ctx.perms.listMask(ctx.user, list), Perm.EditListItems);
  const major = new Versions(ctx.store, list).majorVersion(id);
  return entityResponse(ctx, pageJson(ctx, row, major, canEdit), SET);
}

function nameOf(ctx: RequestContext, list: ListRecord, id: number): string {
  const row = ctx.store.db.prepare(`SELECT "${FILE_LEAF_REF}" AS n FROM "${list.table}" WHERE "Id" = ?`).get(id) as { n: string } | undefined;
  if (!row) throw itemMissing();
  return String(row.n);
}

/** The file name SharePoint gives a page on its first save: the title with dashes (unverified details). */
function fileNameFromTitle(ctx: RequestContext, list: ListRecord, title: string, id: number): string {
  const stem = title.trim().replace(/["#%&*:<>?/\\{|}~.]/g, '').replace(/\s+/g, '-').slice(0, 100) || `Pagina-${id}`;
  const taken = (name: string): boolean =>
    ctx.store.db.prepare(`SELECT 1 FROM "${list.table}" WHERE lower("${FILE_LEAF_REF}") = lower(?) AND "Id" <> ?`).get(name, id) !== undefined;
  let name = `${stem}.aspx`;
  for (let n = 1; taken(name); n++) name = `${stem}-${n}.aspx`;
  return name;
}

const placeholderName = (id: number): string => `__page-${id}.aspx`;

/** POST sitepages/pages {PageLayoutType, PromotedState}: a checked-out page with a placeholder name. */
export function createPage(ctx: RequestContext, list: ListRecord): ApiResponse {
  if (!hasPerm(ctx.perms.listMask(ctx.user, list), Perm.AddListItems)) throw accessDenied();
  const body = parseJsonObject(ctx);
  const promoted = Number(body.PromotedState ?? 0);
  if (![0, 1, 2].includes(promoted)) throw invalidValue('PromotedState', 'Edm.Int32');
  const nowIso = isoSeconds(ctx.now());
  const id = transaction(ctx.store.db, () => {
    const newId = ctx.store.items.insert(list, {
      Title: '', PageLayoutType: String(body.PageLayoutType ?? 'Article'), PromotedState: promoted === 2 ? 1 : promoted,
      CanvasContent1: '[]', LayoutWebpartsContent: '[]'
    }, { now: nowIso, userId: ctx.user.id });
    ctx.store.db.prepare(`UPDATE "${list.table}" SET "${FILE_LEAF_REF}" = ? WHERE "Id" = ?`).run(placeholderName(newId), newId);
    new Versions(ctx.store, list).startCheckedOut(newId, ctx.user.id);
    ctx.store.lists.touchItems(list, nowIso);
    return newId;
  });
  return respondPage(ctx, list, id);
}

export function getPage(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  return respondPage(ctx, list, id);
}

export function checkoutPage(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  requireEdit(ctx, list);
  if (!visibleVersion(ctx, list, id)) throw itemMissing();
  new Versions(ctx.store, list).checkOut(id, ctx.user.id, nameOf(ctx, list, id), userTitle(ctx));
  return respondPage(ctx, list, id);
}

/**
 * POST pages(n)/savepage: the page fields into the caller's working copy (PnPjs checks the
 * page out first; the stricter rule here refuses a save without a check-out). The first save
 * names the file after the title, which is how PnPjs's addClientsidePage sets the name.
 */
export function savePage(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  requireEdit(ctx, list);
  const versions = new Versions(ctx.store, list);
  const name = nameOf(ctx, list, id);
  if (versions.checkedOutTo(id) !== ctx.user.id) {
    const holder = versions.checkedOutTo(id);
    if (holder !== null) throw new SpError(423, '-2147018887, Microsoft.SharePoint.SPFileLockException', `The file "${name}" is checked out for editing by ${userTitle(ctx)(holder)}.`);
    throw new SpError(400, '-2147018894, Microsoft.SharePoint.SPFileCheckOutException', `The file "${name}" is not checked out.`);
  }
  const body = parseJsonObject(ctx);
  const values: Record<string, SqlValue> = {};
  for (const field of PAGE_TEXT_FIELDS) {
    const value = body[field];
    if (value === undefined) continue;
    if (value !== null && typeof value !== 'string') throw invalidValue(field, 'Edm.String');
    values[field] = value as string | null;
  }
  if (typeof values.Title === 'string' && values.Title.length > 255) throw invalidValue('Title', 'Edm.String');
  if (body.BannerImageUrl !== undefined) {
    const url = body.BannerImageUrl;
    if (url !== null && typeof url !== 'string') throw invalidValue('BannerImageUrl', 'Edm.String');
    values.BannerImageUrl = url ? JSON.stringify({ Description: url, Url: url }) : null;
  }
  if (name === placeholderName(id) && typeof values.Title === 'string' && values.Title.trim() !== '') {
    values[FILE_LEAF_REF] = fileNameFromTitle(ctx, list, values.Title, id);
    ctx.store.db.prepare(`UPDATE "${list.table}" SET "${FILE_LEAF_REF}" = ? WHERE "Id" = ?`).run(values[FILE_LEAF_REF], id);
  }
  const nowIso = isoSeconds(ctx.now());
  versions.saveWorkingCopy(id, values, { now: nowIso, userId: ctx.user.id });
  ctx.store.lists.touchItems(list, nowIso);
  return valueResponse(ctx, true, 'Edm.Boolean', 'SavePage');
}

/** What publishing a major version does to a page's own fields (news: PromotedState 1 → 2). */
export function onPublished(ctx: RequestContext, list: ListRecord, id: number, nowIso: string): void {
  const row = ctx.store.db.prepare(`SELECT "PromotedState" AS p, "FirstPublishedDate" AS f FROM "${list.table}" WHERE "Id" = ?`).get(id) as { p: number | null; f: string | null };
  const set: Record<string, SqlValue> = {};
  if (Number(row.p) === 1) set.PromotedState = 2;
  if (!row.f) set.FirstPublishedDate = nowIso;
  if (Object.keys(set).length > 0) new Versions(ctx.store, list).setEverywhere(id, set);
}

/** POST pages(n)/publish: checks the working copy in as the next major version. */
export function publishPage(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  requireEdit(ctx, list);
  const versions = new Versions(ctx.store, list);
  const name = nameOf(ctx, list, id);
  const holder = versions.checkedOutTo(id);
  if (holder !== null && holder !== ctx.user.id) {
    throw new SpError(423, '-2147018887, Microsoft.SharePoint.SPFileLockException', `The file "${name}" is checked out for editing by ${userTitle(ctx)(holder)}.`);
  }
  if (holder === null && versions.uiVersion(id) === 0) throw itemMissing();
  const nowIso = isoSeconds(ctx.now());
  transaction(ctx.store.db, () => {
    versions.checkIn(id, 'major', name);
    // A page published by hand is no longer waiting for its time (unverified; stricter).
    if (ctx.store.lists.fields(list).some((f) => f.internalName === PUBLISH_START)) versions.setEverywhere(id, { [PUBLISH_START]: null });
    onPublished(ctx, list, id, nowIso);
    ctx.store.lists.touchItems(list, nowIso);
  });
  return valueResponse(ctx, true, 'Edm.Boolean', 'Publish');
}

/**
 * POST pages(n)/SchedulePublish {"sitePage":{"PublishStartDate":…}} (PnPjs schedulePublish).
 * Needs page scheduling on the library. The page stays a draft (a minor version; a checked-out
 * working copy is checked in as one) and becomes the published major version at its time
 * (versions.publishDue). Answers the scheduled version's label, as PnPjs's typing says
 * (unverified). A time in the past is refused (unverified; stricter).
 */
export function schedulePublish(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  requireEdit(ctx, list);
  if (list.settings.PageSchedulingEnabled !== true) throw schedulingOff();
  const body = parseJsonObject(ctx) as { sitePage?: { PublishStartDate?: unknown } };
  const raw = body.sitePage?.PublishStartDate;
  const at = typeof raw === 'string' ? new Date(raw) : undefined;
  if (!at || Number.isNaN(at.getTime())) throw invalidValue('PublishStartDate', 'Edm.DateTime');
  const nowIso = isoSeconds(ctx.now());
  const atIso = isoSeconds(at);
  if (atIso <= nowIso) throw invalidValue('PublishStartDate', 'Edm.DateTime');
  const versions = new Versions(ctx.store, list);
  const name = nameOf(ctx, list, id);
  const holder = versions.checkedOutTo(id);
  if (holder !== null && holder !== ctx.user.id) {
    throw new SpError(423, '-2147018887, Microsoft.SharePoint.SPFileLockException', `The file "${name}" is checked out for editing by ${userTitle(ctx)(holder)}.`);
  }
  const label = transaction(ctx.store.db, () => {
    if (holder === ctx.user.id) {
      versions.saveWorkingCopy(id, { [PUBLISH_START]: atIso }, { now: nowIso, userId: ctx.user.id });
      return versions.checkIn(id, 'minor', name);
    }
    if (versions.uiVersion(id) === 0) throw itemMissing();
    versions.setEverywhere(id, { [PUBLISH_START]: atIso });
    return versionLabel(versions.uiVersion(id));
  });
  return valueResponse(ctx, label, 'Edm.String', 'SchedulePublish');
}

/** POST pages(n)/promoteToNews: the page becomes news (PromotedState 2) in every version. */
export function promoteToNews(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  requireEdit(ctx, list);
  if (!visibleVersion(ctx, list, id)) throw itemMissing();
  const versions = new Versions(ctx.store, list);
  const published = versions.majorVersion(id) !== undefined;
  const nowIso = isoSeconds(ctx.now());
  // Not yet published: it becomes news when it is (PromoteOnPublish, 1). PnPjs publishes
  // never-published pages before it promotes them (pnp/pnpjs#858).
  versions.setEverywhere(id, { PromotedState: published ? 2 : 1 });
  if (published) onPublished(ctx, list, id, nowIso);
  return valueResponse(ctx, true, 'Edm.Boolean', 'PromoteToNews');
}

/** POST pages(n)/discardPage: drops the caller's check-out; a page never checked in is deleted. */
export function discardPage(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  requireEdit(ctx, list);
  const versions = new Versions(ctx.store, list);
  if (versions.checkedOutTo(id) !== ctx.user.id) throw new SpError(400, '-2147018894, Microsoft.SharePoint.SPFileCheckOutException', `The file "${nameOf(ctx, list, id)}" is not checked out.`);
  transaction(ctx.store.db, () => {
    versions.undoCheckOut(id);
    if (versions.uiVersion(id) === 0) {
      versions.delete(id);
      ctx.store.items.delete(list, id);
    }
  });
  return versions.uiVersion(id) === 0 ? emptyOk() : respondPage(ctx, list, id);
}

/**
 * POST sitepages/pagesinlib(guid'…')/setscheduling(true|false) (pnp/powershell
 * EnablePageScheduling.cs). Switching it on adds `_PublishStartDate` to the library (PnP Core
 * SDK PageConstants; pnp/powershell#3447 reports tenants where that column went missing).
 * Site owners only (ManageLists on the library; unverified, stricter).
 */
export function setScheduling(ctx: RequestContext, list: ListRecord, on: boolean): ApiResponse {
  if (!hasPerm(ctx.perms.listMask(ctx.user, list), Perm.ManageLists)) throw accessDenied();
  transaction(ctx.store.db, () => {
    if (on && !ctx.store.lists.fields(list).some((f) => f.internalName === PUBLISH_START)) {
      ctx.store.lists.addBuiltinField(list, { id: 'b1c1d3d3-3bd9-45a8-a9ef-2dd9f1b1b4fe', internalName: PUBLISH_START, title: 'Scheduled Start Date', kind: FieldKind.DateTime }, false);
    }
    ctx.store.lists.update(list, { settings: { PageSchedulingEnabled: on } });
  });
  return emptyOk();
}
