// The site collection's hidden "User Information List" (SP.Web.SiteUserInfoList): every principal
// of the site (people, tenant group claims, SharePoint groups) as a list item, read-only here.
//
// Sources:
// - the endpoint: PnPjs v4 `sp.web.siteUserInfoList` (packages/sp/lists/web.ts: addProp(_Web,
//   "siteUserInfoList", List) → `_api/web/siteUserInfoList`) and SP.Web.SiteUserInfoList (Learn);
// - the item type SP.Data.UserInfoItem and its fields (Name = claims login, EMail, UserName,
//   Title, JobTitle, Department, SipAddress, FirstName, LastName, IsSiteAdmin): SharePoint Online
//   $metadata as quoted in pnp/pnpjs#2595, the same names `routes/item-json.ts` uses for an
//   expanded person (which IS this list's item); pnp/pnpjs#1480 reads `IsSiteAdmin` from it;
// - people, tenant groups AND SharePoint groups are items (the list's "allgroups.aspx" view,
//   and SPWeb.SiteUserInfoList.GetItemById(group.ID) in public server-side code);
// - paging: a list like any other — `$top` (default 100, > 5,000 refused), `$skiptoken=Paged=TRUE&p_ID=n`
//   and an absolute `odata.nextLink` (facts file; Learn "Use OData query operations in SharePoint
//   REST requests"), the list view threshold when it holds more than 5,000 items.
// - who may read it: the list inherits the root web's permissions, so whoever may view the site's
//   list items (visitors, members, owners) reads it over REST — the same people who already see
//   each person's Title/EMail through any expanded person field. Unverified: third-party blogs call
//   the list's browser views (_catalogs/users/simple.aspx) "admins only"; no Microsoft page states
//   the REST rule. Writing to it is refused here (the stricter choice).
// Unverified and therefore strict: `$filter` only with the Id column first (no other column of
// this list is known to be indexed) and, on more than 5,000 items, an Id range that narrows to
// ≤ 5,000; `$orderby` only on Id; `$expand` refused; UserName of claims and groups is null.
import { invalidExpression, itemMissing, listViewThreshold, methodNotAllowed, notSupported } from '../http/errors';
import { filterFields, parseFilter, type CompareOp, type FilterNode } from '../odata/filter';
import { formatSkipToken, parseOrderBy, parseSkipToken, parseTop } from '../odata/options';
import { Perm } from '../security/permissions';
import type { Principal } from '../store/principals';
import { SITE_PATH, type ApiResponse, type RequestContext } from './context';
import { odataOption, queryEntities, selectEntity } from './entity-query';
import { LIST_VIEW_THRESHOLD } from './item-query';
import type { Segment } from './path';
import { collectionResponse, entityResponse, type Json } from './respond';

const ITEM_TYPE = 'SP.Data.UserInfoItem';
const DEFAULT_TOP = 100;

function integer(value: unknown, path: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n)) throw invalidExpression(path);
  return n;
}

function allPrincipals(ctx: RequestContext): Principal[] {
  return [...ctx.store.principals.siteUsers(), ...ctx.store.principals.groups()].sort((a, b) => a.id - b.id);
}

function itemJson(ctx: RequestContext, p: Principal): Json {
  const person = p.principalType === 1;
  const [first, ...rest] = p.title.split(' ');
  return {
    'odata.type': ITEM_TYPE,
    'odata.id': `${ctx.siteUrl}/_api/Web/SiteUserInfoList/Items(${p.id})`,
    'odata.etag': '"1"',
    'odata.editLink': `Web/SiteUserInfoList/Items(${p.id})`,
    FileSystemObjectType: 0,
    Id: p.id,
    ID: p.id,
    Title: p.title,
    Name: p.loginName,
    EMail: p.email,
    UserName: person ? p.email : null,
    SipAddress: person ? p.email : null,
    FirstName: person ? first : null,
    LastName: person ? rest.join(' ') || null : null,
    JobTitle: p.jobTitle,
    Department: p.department,
    Office: p.office,
    IsSiteAdmin: p.isSiteAdmin
  };
}

function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

const isId = (field: string): boolean => field.toLowerCase() === 'id';

/** The leading Id comparisons of the top-level `and` chain hold at most 5,000 of `ids` (the threshold rule of routes/item-query.ts). */
function idRangeNarrows(filter: FilterNode, ids: number[]): boolean {
  const range: Array<{ op: CompareOp; v: number }> = [];
  for (const part of conjuncts(filter)) {
    if (part.kind !== 'compare' || !isId(part.field) || part.value.type !== 'number') break;
    range.push({ op: part.op, v: part.value.value });
  }
  if (range.length === 0) return false;
  const holds = (id: number): boolean => range.every(({ op, v }) => {
    switch (op) {
      case 'eq': return id === v;
      case 'ne': return id !== v;
      case 'lt': return id < v;
      case 'le': return id <= v;
      case 'gt': return id > v;
      default: return id >= v;
    }
  });
  return ids.filter(holds).length <= LIST_VIEW_THRESHOLD;
}

function encodeLower(text: string): string {
  return encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
}

function items(ctx: RequestContext): ApiResponse {
  const q = ctx.req.query;
  if (q.has('$expand')) throw notSupported('$expand on the User Information List');
  const topText = q.get('$top');
  const top = topText !== null ? odataOption(() => parseTop(topText)) : DEFAULT_TOP;
  if (top > LIST_VIEW_THRESHOLD) throw listViewThreshold();
  const orderText = q.get('$orderby');
  if (orderText) {
    const keys = odataOption(() => parseOrderBy(orderText));
    if (keys.length !== 1 || !isId(keys[0].field) || keys[0].descending) throw notSupported(`$orderby=${orderText} on the User Information List`);
  }
  const principals = allPrincipals(ctx);
  const filterText = q.get('$filter');
  let rows: Json[] = principals.map((p) => itemJson(ctx, p));
  if (filterText) {
    const filter = odataOption(() => parseFilter(filterText));
    if (!isId(filterFields(filter)[0])) throw listViewThreshold();
    if (principals.length > LIST_VIEW_THRESHOLD && !idRangeNarrows(filter, principals.map((p) => p.id))) throw listViewThreshold();
    const only = new URLSearchParams({ $filter: filterText });
    rows = queryEntities(ctx.store.db, rows, only, ITEM_TYPE);
  }
  const tokenText = q.get('$skiptoken');
  const token = tokenText ? odataOption(() => parseSkipToken(tokenText)) : undefined;
  if (token?.previous) throw notSupported('PagedPrev on the User Information List');
  if (token?.paged && token.id !== undefined) rows = rows.filter((r) => Number(r.Id) > token.id!);
  const page = rows.slice(0, top);
  let nextLink: string | undefined;
  if (rows.length > top) {
    // Absolute, every original option kept (facts file; as routes/items.ts writes it).
    const parts = [`%24skiptoken=${encodeLower(formatSkipToken(Number(page[page.length - 1].Id)))}`];
    if (topText !== null) parts.push(`%24top=${top}`);
    for (const option of ['$select', '$filter', '$orderby']) {
      const value = q.get(option);
      if (value !== null) parts.push(`%24${option.slice(1)}=${encodeURIComponent(value)}`);
    }
    nextLink = `${ctx.origin}${SITE_PATH}/_api/${ctx.req.apiPath}?${parts.join('&')}`;
  }
  const select = new URLSearchParams();
  const selectText = q.get('$select');
  if (selectText) select.set('$select', selectText);
  return collectionResponse(ctx, page.map((r) => selectEntity(r, select, ITEM_TYPE)), `SP.ListData.UserInfoItems`, nextLink);
}

function item(ctx: RequestContext, id: number): ApiResponse {
  const principal = allPrincipals(ctx).find((p) => p.id === id);
  if (!principal) throw itemMissing();
  return entityResponse(ctx, selectEntity(itemJson(ctx, principal), ctx.req.query, ITEM_TYPE), 'SP.ListData.UserInfoItems');
}

function listEntity(ctx: RequestContext): ApiResponse {
  // The hidden list's own properties: BaseTemplate 112 (SPListTemplateType.UserInformation, Learn); the rest unverified.
  const entity: Json = {
    'odata.type': 'SP.List', 'odata.id': `${ctx.siteUrl}/_api/Web/SiteUserInfoList`, 'odata.editLink': 'Web/SiteUserInfoList',
    Title: 'User Information List', BaseTemplate: 112, Hidden: true, ItemCount: allPrincipals(ctx).length,
    EntityTypeName: 'UserInfo', ListItemEntityTypeFullName: ITEM_TYPE
  };
  return entityResponse(ctx, selectEntity(entity, ctx.req.query, 'SP.List'), 'SP.ApiData.Lists');
}

/** `web/siteUserInfoList[/items[(n) | /getById(n)]]`; undefined for any other path. */
export function routeUserInfoList(ctx: RequestContext, segments: Segment[]): ApiResponse | undefined {
  if (segments.length < 2 || segments[0].lower !== 'web' || segments[1].lower !== 'siteuserinfolist' || segments[1].args) return undefined;
  if (ctx.req.method !== 'GET') throw methodNotAllowed(ctx.req.method);
  ctx.perms.requireWeb(ctx.user, Perm.ViewListItems);
  const path = segments.map((s) => s.name).join('/');
  if (segments.length === 2) return listEntity(ctx);
  const third = segments[2];
  if (third.lower !== 'items' && third.lower !== 'getitembyid') throw notSupported(`'${path}'`);
  if (third.lower === 'getitembyid') {
    if (segments.length !== 3) throw invalidExpression(path);
    return item(ctx, integer(third.args?.[0]?.value, path));
  }
  if (segments.length === 3) return third.args?.length ? item(ctx, integer(third.args[0].value, path)) : items(ctx);
  if (segments.length === 4 && !third.args && segments[3].lower === 'getbyid') return item(ctx, integer(segments[3].args?.[0]?.value, path));
  throw notSupported(`'${path}'`);
}
