// web/lists (GET, POST add), lists/getByTitle('…') and lists(guid'…') (GET, MERGE, DELETE, recycle).
import { invalidValue, listTitleTaken, unknownBodyProperty, SpError } from '../http/errors';
import { Perm } from '../security/permissions';
import type { ListRecord } from '../store/lists';
import { isoSeconds, type ApiResponse, type RequestContext } from './context';
import { outOfRange, parseJsonObject } from './body';
import { listJson } from './entities';
import { queryEntities, selectEntity } from './entity-query';
import { collectionResponse, emptyOk, entityResponse, noContent, valueResponse } from './respond';

const SET = 'SP.ApiData.Lists';

/** SP.List properties a client may set, with their JSON type (names: SP.List on Learn; writability of each: unverified). */
const SETTABLE: Record<string, 'string' | 'number' | 'boolean'> = {
  Title: 'string', Description: 'string', BaseTemplate: 'number', AllowContentTypes: 'boolean', ContentTypesEnabled: 'boolean',
  ReadSecurity: 'number', WriteSecurity: 'number', Hidden: 'boolean', EnableVersioning: 'boolean', EnableAttachments: 'boolean',
  EnableFolderCreation: 'boolean', EnableMinorVersions: 'boolean', EnableModeration: 'boolean', ForceCheckout: 'boolean',
  MajorVersionLimit: 'number', MajorWithMinorVersionsLimit: 'number', DraftVersionVisibility: 'number', NoCrawl: 'boolean',
  OnQuickLaunch: 'boolean', Direction: 'string', ImageUrl: 'string', DocumentTemplateUrl: 'string', IrmEnabled: 'boolean',
  IrmExpire: 'boolean', IrmReject: 'boolean', IsApplicationList: 'boolean', MultipleDataList: 'boolean', ParserDisabled: 'boolean',
  DisableGridEditing: 'boolean', CrawlNonDefaultViews: 'boolean', ValidationFormula: 'string', ValidationMessage: 'string',
  DefaultContentApprovalWorkflowId: 'string', TemplateFeatureId: 'string', ExcludeFromOfflineClient: 'boolean'
};
/** Held in their own columns; the rest go to the list's settings. */
const COLUMN_PROPERTIES = new Set(['Title', 'Description', 'BaseTemplate', 'ReadSecurity', 'WriteSecurity', 'Hidden']);

interface ListProps {
  values: Record<string, unknown>;
  settings: Record<string, unknown>;
}

function readListBody(ctx: RequestContext, mode: 'add' | 'update'): ListProps {
  const body = parseJsonObject(ctx);
  const values: Record<string, unknown> = {};
  const settings: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata') continue;
    const type = SETTABLE[name];
    if (!type || (mode === 'update' && (name === 'BaseTemplate' || name === 'TemplateFeatureId'))) throw unknownBodyProperty(name, 'SP.List');
    if (value !== null && typeof value !== type) {
      throw invalidValue(name, type === 'string' ? 'Edm.String' : type === 'number' ? 'Edm.Int32' : 'Edm.Boolean');
    }
    if (COLUMN_PROPERTIES.has(name)) values[name] = value;
    else settings[name] = value;
  }
  // Allowed values: facts file (ReadSecurity 1/2, WriteSecurity 1/2/4); the refusal's text: unverified.
  if (values.ReadSecurity !== undefined && ![1, 2].includes(values.ReadSecurity as number)) throw outOfRange();
  if (values.WriteSecurity !== undefined && ![1, 2, 4].includes(values.WriteSecurity as number)) throw outOfRange();
  if (values.Title !== undefined && (typeof values.Title !== 'string' || values.Title.trim() === '')) throw outOfRange();
  // SharePoint Online keeps list titles to 255 characters (sharepoint-facts.md, corrections).
  // Unverified: the exact code and message of its refusal.
  if (typeof values.Title === 'string' && values.Title.length > 255) {
    throw new SpError(400, '-2130575162, Microsoft.SharePoint.SPException', 'The title cannot be longer than 255 characters.');
  }
  return { values, settings };
}

export function getLists(ctx: RequestContext): ApiResponse {
  const visible = ctx.store.lists.all().filter((l) => ctx.perms.canSeeList(ctx.user, l)).map((l) => listJson(ctx, l));
  return collectionResponse(ctx, queryEntities(ctx.store.db, visible, ctx.req.query, 'SP.List'), SET);
}

export function addList(ctx: RequestContext): ApiResponse {
  ctx.perms.requireWeb(ctx.user, Perm.ManageLists);
  const { values, settings } = readListBody(ctx, 'add');
  const title = values.Title as string | undefined;
  // Missing Title: unverified error. BaseTemplate 100 by default as PnPjs lists.add (packages/sp/lists/types.ts).
  if (!title) throw new SpError(400, '-2147024809, System.ArgumentException', 'Value cannot be null.\r\nParameter name: Title');
  if (ctx.store.lists.byTitle(title)) throw listTitleTaken();
  const list = ctx.store.lists.create({
    title,
    description: (values.Description as string | undefined) ?? '',
    baseTemplate: (values.BaseTemplate as number | undefined) ?? 100,
    readSecurity: values.ReadSecurity as number | undefined,
    writeSecurity: values.WriteSecurity as number | undefined,
    hidden: values.Hidden as boolean | undefined,
    now: isoSeconds(ctx.now()),
    settings
  });
  return entityResponse(ctx, listJson(ctx, list), SET, 201);
}

export function getList(ctx: RequestContext, list: ListRecord): ApiResponse {
  return entityResponse(ctx, selectEntity(listJson(ctx, list), ctx.req.query, 'SP.List'), SET);
}

export function updateList(ctx: RequestContext, list: ListRecord): ApiResponse {
  ctx.perms.requireList(ctx.user, list, Perm.ManageLists);
  const { values, settings } = readListBody(ctx, 'update');
  const title = values.Title as string | undefined;
  if (title !== undefined && title.toLowerCase() !== list.title.toLowerCase() && ctx.store.lists.byTitle(title)) throw listTitleTaken();
  ctx.store.lists.update(list, {
    title,
    description: values.Description as string | undefined,
    readSecurity: values.ReadSecurity as number | undefined,
    writeSecurity: values.WriteSecurity as number | undefined,
    hidden: values.Hidden as boolean | undefined,
    settings
  });
  return noContent();
}

export function deleteList(ctx: RequestContext, list: ListRecord, recycle: boolean): ApiResponse {
  ctx.perms.requireList(ctx.user, list, Perm.ManageLists);
  ctx.store.lists.delete(list);
  return recycle ? valueResponse(ctx, list.id, 'Edm.Guid', 'Recycle') : emptyOk();
}
