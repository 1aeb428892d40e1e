// GET/POST …/items, GET/MERGE/DELETE …/items(n), …/items(n)/recycle.
import { accessDenied, etagMismatch, invalidValue, itemMissing, notSupported, SpError } from '../http/errors';
import { hasPerm, Perm } from '../security/permissions';
import { isModerated, ModerationStatus, readerCondition, readerSees, seesUnapproved } from '../security/moderation';
import { isVersionedLibrary } from '../sitepages/library';
import { checkedOutByOther, Versions } from '../sitepages/versions';
import { itemSource, visibleVersion } from '../sitepages/visibility';
import { transaction } from '../store/database';
import type { ItemRow } from '../store/items';
import { MODERATION_COMMENTS, MODERATION_STATUS, VERSION_COLUMN, type ListRecord } from '../store/lists';
import { isoSeconds, SITE_PATH, type ApiResponse, type RequestContext } from './context';
import { parseJsonBody } from './body';
import { ExpansionLoader, FULL_SHAPE, itemJson, planItemShape } from './item-json';
import { queryItems } from './item-query';
import { itemWriteFromBody } from './item-values';
import { collectionResponse, emptyOk, entityResponse, noContent, valueResponse } from './respond';

function setName(list: ListRecord): string {
  return `SP.ListData.${list.entityTypeName}Items`;
}

/** Percent-encoding with lower-case hex, as SharePoint writes its $skiptoken (facts file, `Paged%3dTRUE%26p_ID%3d127`). */
function encodeLower(text: string): string {
  return encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
}

/** Absolute next-page URL carrying every original query option; PnPjs follows it as-is (facts file). */
function nextLink(ctx: RequestContext, token: string, top: number | undefined): string {
  const parts = [`%24skiptoken=${encodeLower(token)}`];
  if (top !== undefined) parts.push(`%24top=${top}`);
  for (const option of ['$select', '$filter', '$orderby', '$expand']) {
    const value = ctx.req.query.get(option);
    if (value !== null) parts.push(`%24${option.slice(1)}=${encodeURIComponent(value)}`);
  }
  return `${ctx.origin}${SITE_PATH}/_api/${ctx.req.apiPath}?${parts.join('&')}`;
}

export function getItems(ctx: RequestContext, list: ListRecord): ApiResponse {
  const mask = ctx.perms.listMask(ctx.user, list);
  ctx.perms.requireList(ctx.user, list, Perm.ViewListItems);
  const fields = ctx.store.lists.fields(list);
  const shape = planItemShape(ctx, fields, ctx.req.query.get('$select'), ctx.req.query.get('$expand'));
  const onlyAuthor = ctx.perms.seesOnlyOwnItems(ctx.user, list, mask) ? ctx.user.id : undefined;
  let readerRule = seesUnapproved(list, mask) ? undefined : readerCondition(ctx.user.id);
  let source = list;
  if (isVersionedLibrary(ctx.store, list)) {
    // A versioned library: readers query the versions they may see (sitepages/visibility.ts).
    const versions = itemSource(ctx, list);
    source = versions.list;
    const only = versions.condition;
    if (only) readerRule = readerRule ? { sql: `(${readerRule.sql}) AND ${only.sql}`, params: [...readerRule.params, ...only.params] } : only;
  }
  const page = queryItems(ctx, source, fields, onlyAuthor, readerRule);
  const loader = new ExpansionLoader(ctx);
  const values = page.rows.map((row) => itemJson(ctx, list, fields, row, shape, loader));
  return collectionResponse(ctx, values, setName(list), page.nextToken ? nextLink(ctx, page.nextToken, page.top) : undefined);
}

/**
 * The item if it exists and the caller may see it: ReadSecurity 2 and content approval hide
 * others' items as 404.
 */
function visibleItem(ctx: RequestContext, list: ListRecord, id: number): ItemRow {
  if (isVersionedLibrary(ctx.store, list)) {
    const row = visibleVersion(ctx, list, id);
    const current = ctx.store.items.get(list, id);
    if (!row || !current) throw itemMissing();
    // The visible version's values with the item's current ETag.
    const merged = { ...current, ...row, Id: id, version: current.version } as ItemRow;
    delete merged[VERSION_COLUMN];
    return merged;
  }
  const item = ctx.store.items.get(list, id);
  if (!item || !ctx.perms.canSeeItem(ctx.user, list, item)) throw itemMissing();
  const mask = ctx.perms.listMask(ctx.user, list);
  if (!seesUnapproved(list, mask) && !readerSees(item, ctx.user.id)) throw itemMissing();
  return item;
}

export function getItem(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  const item = visibleItem(ctx, list, id);
  const fields = ctx.store.lists.fields(list);
  const shape = planItemShape(ctx, fields, ctx.req.query.get('$select'), ctx.req.query.get('$expand'));
  return entityResponse(ctx, itemJson(ctx, list, fields, item, shape, new ExpansionLoader(ctx)), setName(list));
}

export function addItem(ctx: RequestContext, list: ListRecord): ApiResponse {
  ctx.perms.requireItemWrite(ctx.user, list, Perm.AddListItems);
  // A library's items are files: they come with a file (for pages: sitepages/pages).
  // Message: SharePoint's, as public threads quote it; the status is unverified.
  if (isVersionedLibrary(ctx.store, list)) throw new SpError(400, '-2147024809, System.ArgumentException', 'To add an item to a document library, use SPFileCollection.Add()');
  const fields = ctx.store.lists.fields(list);
  const now = ctx.now();
  const write = itemWriteFromBody(ctx.store, list, fields, parseJsonBody(ctx), 'add', now);
  // Content approval: a new item waits for approval, whoever adds it.
  if (isModerated(list)) write.columns[MODERATION_STATUS] = ModerationStatus.Pending;
  const id = transaction(ctx.store.db, () => {
    const newId = ctx.store.items.insert(list, write.columns, { now: isoSeconds(now), userId: ctx.user.id });
    ctx.store.lists.touchItems(list, isoSeconds(now));
    return newId;
  });
  const row = ctx.store.items.get(list, id)!;
  const json = itemJson(ctx, list, fields, row, FULL_SHAPE, new ExpansionLoader(ctx));
  return entityResponse(ctx, json, setName(list), 201, { ETag: `"${row.version}"`, Location: String(json['odata.id']) });
}

/** If-Match: `*`, `"3"`, `W/"3"` or SharePoint's `"<guid>,3"` (facts file); absent means unconditional (unverified). */
function checkEtag(ctx: RequestContext, item: ItemRow): void {
  const header = ctx.req.headers['if-match'];
  if (header === undefined || header.trim() === '*') return;
  const bare = header.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  const version = bare.includes(',') ? bare.slice(bare.lastIndexOf(',') + 1) : bare;
  if (version !== String(item.version)) throw etagMismatch(header.trim(), item.GUID, item.version);
}

export function updateItem(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  const item = visibleItem(ctx, list, id);
  ctx.perms.requireItemWrite(ctx.user, list, Perm.EditListItems, item);
  checkEtag(ctx, item);
  const now = ctx.now();
  const write = itemWriteFromBody(ctx.store, list, ctx.store.lists.fields(list), parseJsonBody(ctx), 'update', now);
  // Content approval: an edit needs approval again (SharePoint keeps showing readers the last
  // approved version meanwhile; the emulator keeps no versions and hides the item until then).
  if (isModerated(list)) write.columns[MODERATION_STATUS] = ModerationStatus.Pending;
  transaction(ctx.store.db, () => {
    if (isVersionedLibrary(ctx.store, list)) {
      // A checked-out page is edited in its working copy by its checker only; otherwise the
      // edit is the next minor version (sitepages/versions.ts).
      const versions = new Versions(ctx.store, list);
      const holder = versions.checkedOutTo(id);
      const name = String(item['FileLeafRef'] ?? id);
      if (holder !== null && holder !== ctx.user.id) throw checkedOutByOther(name, ctx.store.principals.byId(holder)?.title ?? String(holder));
      if (holder === ctx.user.id) {
        versions.saveWorkingCopy(id, write.columns, { now: isoSeconds(now), userId: ctx.user.id });
        return;
      }
      versions.bumpMinor(id);
    }
    ctx.store.items.update(list, id, write.columns, { now: isoSeconds(now), userId: ctx.user.id });
    ctx.store.lists.touchItems(list, isoSeconds(now));
  });
  return noContent({ ETag: `"${item.version + 1}"` });
}

export function deleteItem(ctx: RequestContext, list: ListRecord, id: number, recycle: boolean): ApiResponse {
  const item = visibleItem(ctx, list, id);
  ctx.perms.requireItemWrite(ctx.user, list, Perm.DeleteListItems, item);
  checkEtag(ctx, item);
  const now = isoSeconds(ctx.now());
  transaction(ctx.store.db, () => {
    if (isVersionedLibrary(ctx.store, list)) new Versions(ctx.store, list).delete(id);
    ctx.store.items.delete(list, id);
    ctx.store.lists.touchItems(list, now, true);
  });
  // recycle(): the Recycle Bin item id (PnPjs items/types.ts: "returns the identifier of the new Recycle Bin item");
  // the emulator answers the item's GUID (unverified; it keeps no recycle bin).
  return recycle ? valueResponse(ctx, item.GUID, 'Edm.Guid', 'Recycle') : emptyOk();
}


const hasApprove = (mask: bigint): boolean => hasPerm(mask, Perm.ApproveItems);

interface FormValue {
  FieldName: string;
  FieldValue: string;
}

/**
 * POST …/items(n)/ValidateUpdateListItem — the REST way to approve, reject or reset an item
 * (`_ModerationStatus` cannot be written through MERGE). Only the approval fields are
 * emulated; any other field name is refused loudly rather than half-supported.
 */
export function validateUpdateListItem(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  const item = visibleItem(ctx, list, id);
  const mask = ctx.perms.listMask(ctx.user, list);
  ctx.perms.requireItemWrite(ctx.user, list, Perm.EditListItems, item, mask);
  const body = parseJsonBody(ctx) as { formValues?: unknown };
  const formValues = Array.isArray(body?.formValues) ? (body.formValues as FormValue[]) : [];
  const nowIso = isoSeconds(ctx.now());
  const columns: Record<string, string | number> = {};
  for (const value of formValues) {
    const name = String(value?.FieldName ?? '');
    if (name === MODERATION_STATUS && isModerated(list)) {
      if (!hasApprove(mask)) throw accessDenied();
      const status = Number(value.FieldValue);
      if (![0, 1, 2, 3].includes(status)) throw invalidValue(name, 'Edm.Int32');
      columns[MODERATION_STATUS] = status;
    } else if (name === MODERATION_COMMENTS && isModerated(list)) {
      columns[MODERATION_COMMENTS] = String(value.FieldValue ?? '');
    } else {
      throw notSupported(`ValidateUpdateListItem for '${name}'`);
    }
  }
  transaction(ctx.store.db, () => {
    ctx.store.items.update(list, id, columns, { now: nowIso, userId: ctx.user.id });
    ctx.store.lists.touchItems(list, nowIso);
  });
  // Answer: IListItemFormUpdateValue[] (PnPjs items/types.ts validateUpdateListItem); ErrorCode/HasException values unverified.
  const results = formValues.map((v) => ({
    ErrorCode: 0, ErrorMessage: null, FieldName: v.FieldName, FieldValue: v.FieldValue, HasException: false, ItemId: id
  }));
  return collectionResponse(ctx, results, 'Collection(SP.ListItemFormUpdateValue)');
}
