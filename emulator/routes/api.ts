// Resolves `_api/…` paths segment by segment to a resource, then runs the verb on it.
import {
  fieldMissing, invalidExpression, listMissing, methodNotAllowed, notSupported, resourceNotFound, userMissing
} from '../http/errors';
import type { FieldRecord, ListRecord } from '../store/lists';
import type { Principal } from '../store/principals';
import type { RoleDefinition } from '../store/roles';
import { SITE_PATH, type ApiResponse, type RequestContext } from './context';
import { publishDuePages, routeSitePages } from '../sitepages/routes';
import { routeUserInfoList } from './userInfoList';
import { addRoleDefinition, updateWeb } from './web';
import { webJson } from './entities';
import { selectEntity } from './entity-query';
import { addFieldFromBody, addFieldFromParameters, addFieldFromXml, deleteField, getField, getFields, updateField } from './fields';
import { addItem, deleteItem, getItem, getItems, updateItem, validateUpdateListItem } from './items';
import { addList, deleteList, getList, getLists, updateList } from './lists';
import { firstArg, namedArg, parsePath, type Segment } from './path';
import {
  addGroup, addGroupMember, addSiteUser, deleteGroup, ensureUser, findGroupById, findGroupByName, findUserByEmail,
  findUserById, findUserByLogin, groupMembers, groupResponse, groupsResponse, removeGroupMember, setGroupOwner,
  updateGroup, userResponse, usersResponse
} from './principals';
import { entityResponse, MINIMAL_JSON } from './respond';
import {
  addRoleAssignment, breakInheritance, effectivePermissions, findRoleDefinition, removeRoleAssignment, resetInheritance,
  roleAssignmentResponse, roleAssignmentsResponse, roleDefinitionResponse, roleDefinitionsResponse, userEffectivePermissions,
  type Scope
} from './security';

type Res =
  | { t: 'root' }
  | { t: 'web' }
  | { t: 'site' }
  | { t: 'lists' }
  | { t: 'list'; list: ListRecord }
  | { t: 'items'; list: ListRecord }
  | { t: 'item'; list: ListRecord; id: number }
  | { t: 'fields'; list: ListRecord }
  | { t: 'field'; list: ListRecord; field: FieldRecord }
  | { t: 'siteUsers' }
  | { t: 'user'; user: Principal; group?: Principal }
  | { t: 'userGroups'; user: Principal }
  | { t: 'siteGroups' }
  | { t: 'group'; group: Principal }
  | { t: 'groupUsers'; group: Principal }
  | { t: 'roleDefs' }
  | { t: 'roleDef'; def: RoleDefinition }
  | { t: 'roleAssignments'; scope: Scope }
  | { t: 'roleAssignment'; scope: Scope; principalId: number }
  | { t: 'roleAssignmentPart'; scope: Scope; principalId: number; part: 'member' | 'bindings' }
  | { t: 'effectivePerms'; scope: Scope }
  | { t: 'userEffectivePerms'; scope: Scope; user: Principal }
  | { t: 'storageEntity'; key: string }
  | { t: 'call'; name: string; target: Res; segment: Segment };

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function integer(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n)) throw invalidExpression(String(value));
  return n;
}

function listByTitle(ctx: RequestContext, title: string): ListRecord {
  const list = ctx.store.lists.byTitle(title);
  // A list the caller may not see does not exist for them (unverified; 404 is the stricter answer).
  if (!list || !ctx.perms.canSeeList(ctx.user, list)) throw listMissing(title, ctx.siteUrl);
  return list;
}

/**
 * `web/getList('<server-relative url>')` (SP.Web.GetList). Only libraries with a folder of their
 * own (Site Pages: '/sites/stella/SitePages') are emulated; the folder names SharePoint gives
 * lists created through REST are unverified, so other URLs are refused loudly.
 */
function listByUrl(ctx: RequestContext, url: string): ListRecord {
  const prefix = `${SITE_PATH}/`.toLowerCase();
  const folder = url.toLowerCase().startsWith(prefix) ? url.slice(prefix.length).replace(/\/+$/, '') : url;
  const list = ctx.store.lists.all().find((l) => String(l.settings.RootFolder ?? '').toLowerCase() === folder.toLowerCase());
  if (list && ctx.perms.canSeeList(ctx.user, list)) return list;
  if (/^lists\//i.test(folder)) throw notSupported(`getList for '${url}' (folder names of lists are not emulated)`);
  throw listMissing(url, ctx.siteUrl);
}

function listById(ctx: RequestContext, id: string): ListRecord {
  const list = ctx.store.lists.byId(id);
  if (!list || !ctx.perms.canSeeList(ctx.user, list)) throw listMissing(id, ctx.siteUrl);
  return list;
}

function fieldByNameOrTitle(ctx: RequestContext, list: ListRecord, name: string, titleOnly = false): FieldRecord {
  const field = titleOnly
    ? ctx.store.lists.fields(list).find((f) => f.title === name)
    : ctx.store.lists.fieldByNameOrTitle(list, name);
  if (!field) throw fieldMissing(name);
  return field;
}

function fieldById(ctx: RequestContext, list: ListRecord, id: string): FieldRecord {
  const field = ctx.store.lists.fieldById(list, id);
  if (!field) throw fieldMissing(id);
  return field;
}

const SECURABLE_CALLS = new Set(['breakroleinheritance', 'resetroleinheritance']);

/** Segments shared by the web and lists (securable objects). */
function securableStep(ctx: RequestContext, scope: Scope, res: Res, seg: Segment): Res | undefined {
  switch (seg.lower) {
    case 'roleassignments':
      return seg.args?.length ? { t: 'roleAssignment', scope, principalId: integer(firstArg(seg)) } : { t: 'roleAssignments', scope };
    case 'effectivebasepermissions':
      return { t: 'effectivePerms', scope };
    case 'getusereffectivepermissions':
      return { t: 'userEffectivePerms', scope, user: findUserByLogin(ctx, text(firstArg(seg))) };
    case 'firstuniqueancestorsecurableobject':
      // The object whose permissions apply: a list with its own, else the web (SP.SecurableObject,
      // learn.microsoft.com). Unverified: SharePoint's exact JSON shape of the answer.
      return scope.kind === 'list' && scope.list.hasUniqueRoleAssignments ? res : { t: 'web' };
  }
  if (SECURABLE_CALLS.has(seg.lower)) return { t: 'call', name: seg.lower, target: res, segment: seg };
  return undefined;
}

function step(ctx: RequestContext, res: Res, seg: Segment, path: string): Res {
  const arg = firstArg(seg);
  const hasArgs = seg.args !== undefined && seg.args.length > 0;
  const fail = (): never => {
    throw res.t === 'root' ? resourceNotFound(seg.name) : invalidExpression(path);
  };
  switch (res.t) {
    case 'root':
      if (seg.lower === 'web') return { t: 'web' };
      if (seg.lower === 'site') return { t: 'site' };
      return fail();
    case 'site':
      if (seg.lower === 'rootweb') return { t: 'web' };
      return fail();
    case 'web': {
      const s = securableStep(ctx, { kind: 'web' }, res, seg);
      if (s) return s;
      switch (seg.lower) {
        case 'lists': return hasArgs ? { t: 'list', list: listById(ctx, text(arg)) } : { t: 'lists' };
        // siteusers(@v), sitegroups(n), getuserbyid(n), roledefinitions: learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference.
        // associated*group: PnPjs web.associatedOwnerGroup etc.; answer shape unverified.
        case 'currentuser': return { t: 'user', user: ctx.user };
        case 'siteusers': return hasArgs ? { t: 'user', user: findUserByLogin(ctx, text(arg)) } : { t: 'siteUsers' };
        case 'sitegroups': return hasArgs ? { t: 'group', group: findGroupById(ctx, integer(arg)) } : { t: 'siteGroups' };
        case 'getuserbyid': return { t: 'user', user: findUserById(ctx, integer(arg)) };
        case 'associatedownergroup': return { t: 'group', group: findGroupById(ctx, ctx.store.ids.ownersGroupId) };
        case 'associatedmembergroup': return { t: 'group', group: findGroupById(ctx, ctx.store.ids.membersGroupId) };
        case 'associatedvisitorgroup': return { t: 'group', group: findGroupById(ctx, ctx.store.ids.visitorsGroupId) };
        case 'roledefinitions':
          return hasArgs ? { t: 'roleDef', def: findRoleDefinition(ctx.store.roles.definition(integer(arg))) } : { t: 'roleDefs' };
        case 'ensureuser': return { t: 'call', name: 'ensureuser', target: res, segment: seg };
        case 'getstorageentity': return { t: 'storageEntity', key: text(arg) };
        case 'getlist': return { t: 'list', list: listByUrl(ctx, text(arg)) };
      }
      return fail();
    }
    case 'lists':
      if (seg.lower === 'getbytitle') return { t: 'list', list: listByTitle(ctx, text(arg)) };
      if (seg.lower === 'getbyid') return { t: 'list', list: listById(ctx, text(arg)) };
      return fail();
    case 'list': {
      const s = securableStep(ctx, { kind: 'list', list: res.list }, res, seg);
      if (s) return s;
      switch (seg.lower) {
        case 'items': return hasArgs ? { t: 'item', list: res.list, id: integer(arg) } : { t: 'items', list: res.list };
        case 'getitembyid': return { t: 'item', list: res.list, id: integer(arg) };
        case 'fields': return hasArgs ? { t: 'field', list: res.list, field: fieldById(ctx, res.list, text(arg)) } : { t: 'fields', list: res.list };
        case 'recycle': return { t: 'call', name: 'recycle', target: res, segment: seg };
      }
      return fail();
    }
    case 'items':
      if (seg.lower === 'getbyid') return { t: 'item', list: res.list, id: integer(arg) };
      return fail();
    case 'item':
      if (seg.lower === 'recycle') return { t: 'call', name: 'recycle', target: res, segment: seg };
      if (seg.lower === 'validateupdatelistitem') return { t: 'call', name: 'validateupdatelistitem', target: res, segment: seg };
      return fail();
    case 'fields':
      switch (seg.lower) {
        case 'getbyinternalnameortitle': return { t: 'field', list: res.list, field: fieldByNameOrTitle(ctx, res.list, text(arg)) };
        case 'getbytitle': return { t: 'field', list: res.list, field: fieldByNameOrTitle(ctx, res.list, text(arg), true) };
        case 'getbyid': return { t: 'field', list: res.list, field: fieldById(ctx, res.list, text(arg)) };
        case 'addfield':
        case 'createfieldasxml': return { t: 'call', name: seg.lower, target: res, segment: seg };
      }
      return fail();
    case 'siteUsers':
    case 'groupUsers': {
      const group = res.t === 'groupUsers' ? res.group : undefined;
      switch (seg.lower) {
        case 'getbyid': return { t: 'user', user: findUserById(ctx, integer(arg)), group };
        // getbyid / getbyemail / getbyloginname / removebyid / removebyloginname: learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference.
        case 'getbyemail': return { t: 'user', user: findUserByEmail(ctx, text(arg)), group };
        case 'getbyloginname': return { t: 'user', user: findUserByLogin(ctx, text(arg)), group };
        case 'removebyid':
        case 'removebyloginname': return { t: 'call', name: seg.lower, target: res, segment: seg };
      }
      return fail();
    }
    case 'user':
      if (seg.lower === 'groups') return { t: 'userGroups', user: res.user };
      return fail();
    case 'siteGroups':
      switch (seg.lower) {
        case 'getbyid': return { t: 'group', group: findGroupById(ctx, integer(arg)) };
        case 'getbyname': return { t: 'group', group: findGroupByName(ctx, text(arg)) };
        case 'removebyid':
        case 'removebyloginname': return { t: 'call', name: seg.lower, target: res, segment: seg };
      }
      return fail();
    case 'group':
      if (seg.lower === 'users') return { t: 'groupUsers', group: res.group };
      if (seg.lower === 'setuserasowner') return { t: 'call', name: seg.lower, target: res, segment: seg };
      return fail();
    case 'roleDefs':
      switch (seg.lower) {
        case 'getbyid': return { t: 'roleDef', def: findRoleDefinition(ctx.store.roles.definition(integer(arg))) };
        case 'getbyname': return { t: 'roleDef', def: findRoleDefinition(ctx.store.roles.definitionByName(text(arg))) };
        case 'getbytype': return { t: 'roleDef', def: findRoleDefinition(ctx.store.roles.definitionByType(integer(arg))) };
      }
      return fail();
    case 'roleAssignments':
      switch (seg.lower) {
        case 'getbyprincipalid': return { t: 'roleAssignment', scope: res.scope, principalId: integer(arg) };
        case 'addroleassignment':
        case 'removeroleassignment': return { t: 'call', name: seg.lower, target: res, segment: seg };
      }
      return fail();
    case 'roleAssignment':
      if (seg.lower === 'member') return { t: 'roleAssignmentPart', scope: res.scope, principalId: res.principalId, part: 'member' };
      if (seg.lower === 'roledefinitionbindings') return { t: 'roleAssignmentPart', scope: res.scope, principalId: res.principalId, part: 'bindings' };
      return fail();
    default:
      return fail();
  }
}

/** `users(@v)` / `siteusers('i:0#.f|…')` address a user by login name inside the segment itself. */
function stepWithInlineArgs(ctx: RequestContext, res: Res, seg: Segment, path: string): Res {
  if (res.t === 'group' && seg.lower === 'users' && seg.args?.length) {
    return { t: 'user', user: findUserByLogin(ctx, text(firstArg(seg))), group: res.group };
  }
  return step(ctx, res, seg, path);
}

function scopeOf(res: Res): Scope {
  return res.t === 'list' ? { kind: 'list', list: res.list } : { kind: 'web' };
}

function bool(value: unknown): boolean {
  return value === true || String(value).toLowerCase() === 'true';
}

function runCall(ctx: RequestContext, res: Res & { t: 'call' }): ApiResponse {
  const { name, target, segment } = res;
  switch (name) {
    case 'ensureuser': return ensureUser(ctx);
    case 'recycle':
      if (target.t === 'item') return deleteItem(ctx, target.list, target.id, true);
      if (target.t === 'list') return deleteList(ctx, target.list, true);
      break;
    case 'validateupdatelistitem': if (target.t === 'item') return validateUpdateListItem(ctx, target.list, target.id); break;
    case 'addfield': if (target.t === 'fields') return addFieldFromParameters(ctx, target.list); break;
    case 'createfieldasxml': if (target.t === 'fields') return addFieldFromXml(ctx, target.list); break;
    case 'breakroleinheritance':
      return breakInheritance(ctx, scopeOf(target), bool(namedArg(segment, 'copyroleassignments') ?? firstArg(segment)));
    case 'resetroleinheritance': return resetInheritance(ctx, scopeOf(target));
    case 'addroleassignment':
    case 'removeroleassignment': {
      if (target.t !== 'roleAssignments') break;
      const principalId = integer(namedArg(segment, 'principalid') ?? segment.args?.[0]?.value);
      const roleDefId = integer(namedArg(segment, 'roledefid') ?? segment.args?.[1]?.value);
      return name === 'addroleassignment'
        ? addRoleAssignment(ctx, target.scope, principalId, roleDefId)
        : removeRoleAssignment(ctx, target.scope, principalId, roleDefId);
    }
    case 'removebyid':
    case 'removebyloginname': {
      const arg = firstArg(segment);
      if (target.t === 'groupUsers') {
        const user = name === 'removebyid' ? ctx.store.principals.byId(integer(arg)) : ctx.store.principals.byLogin(text(arg));
        return removeGroupMember(ctx, target.group, user);
      }
      if (target.t === 'siteGroups') {
        const group = name === 'removebyid' ? findGroupById(ctx, integer(arg)) : findGroupByName(ctx, text(arg));
        return deleteGroup(ctx, group);
      }
      if (target.t === 'siteUsers') throw notSupported('Removing site users');
      break;
    }
    case 'setuserasowner':
      if (target.t === 'group') return setGroupOwner(ctx, target.group, integer(firstArg(segment)));
      break;
  }
  throw invalidExpression(name);
}

function execute(ctx: RequestContext, res: Res): ApiResponse {
  // Unverified: PUT ("Replace a user" in learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference) replaces the whole entity in
  // OData; here PUT and PATCH act as MERGE.
  const m = ctx.req.method === 'PATCH' || ctx.req.method === 'PUT' ? 'MERGE' : ctx.req.method;
  const wrongMethod = (): never => {
    throw methodNotAllowed(ctx.req.method);
  };
  switch (res.t) {
    case 'web': {
      if (m === 'MERGE') return updateWeb(ctx);
      if (m !== 'GET') return wrongMethod();
      const web = webJson(ctx);
      // The site's root web has no parent: an expanded ParentWeb is null, not an error (pnp/pnpjs
      // test/sp/security.ts expands it before its first test; SharePoint Online answers null).
      const expand = (ctx.req.query.get('$expand') ?? '').split(',').map((e) => e.trim().toLowerCase());
      if (expand.includes('parentweb')) web.ParentWeb = null;
      return entityResponse(ctx, selectEntity(web, ctx.req.query, 'SP.Web'), 'SP.ApiData.Webs');
    }
    case 'site':
      // The SP.Site properties answered here: unverified subset.
      if (m !== 'GET') return wrongMethod();
      return entityResponse(ctx, selectEntity({
        'odata.type': 'SP.Site', 'odata.id': `${ctx.siteUrl}/_api/site`, 'odata.editLink': 'site',
        Id: ctx.store.ids.siteId, ServerRelativeUrl: '/sites/stella', Url: ctx.siteUrl, ReadOnly: false
      }, ctx.req.query, 'SP.Site'), 'SP.ApiData.Sites');
    case 'lists':
      if (m === 'GET') return getLists(ctx);
      if (m === 'POST') return addList(ctx);
      return wrongMethod();
    case 'list':
      if (m === 'GET') return getList(ctx, res.list);
      if (m === 'MERGE') return updateList(ctx, res.list);
      if (m === 'DELETE') return deleteList(ctx, res.list, false);
      return wrongMethod();
    case 'items':
      if (m === 'GET') return getItems(ctx, res.list);
      if (m === 'POST') return addItem(ctx, res.list);
      return wrongMethod();
    case 'item':
      if (m === 'GET') return getItem(ctx, res.list, res.id);
      if (m === 'MERGE') return updateItem(ctx, res.list, res.id);
      if (m === 'DELETE') return deleteItem(ctx, res.list, res.id, false);
      return wrongMethod();
    case 'fields':
      if (m === 'GET') return getFields(ctx, res.list);
      if (m === 'POST') return addFieldFromBody(ctx, res.list);
      return wrongMethod();
    case 'field':
      if (m === 'GET') return getField(ctx, res.list, res.field);
      if (m === 'MERGE') return updateField(ctx, res.list, res.field);
      if (m === 'DELETE') return deleteField(ctx, res.list, res.field);
      return wrongMethod();
    case 'siteUsers':
      if (m === 'GET') return usersResponse(ctx, ctx.store.principals.siteUsers());
      if (m === 'POST') return addSiteUser(ctx);
      return wrongMethod();
    case 'user':
      if (m === 'GET') {
        // A user who is not in the group: 404 (unverified).
        if (res.group && !ctx.store.principals.isMember(res.group.id, res.user.id)) throw userMissing();
        return userResponse(ctx, res.user);
      }
      if (m === 'DELETE' && res.group) return removeGroupMember(ctx, res.group, res.user);
      return wrongMethod();
    case 'userGroups':
      if (m !== 'GET') return wrongMethod();
      return groupsResponse(ctx, ctx.store.principals.groupsOf(res.user.id));
    case 'siteGroups':
      if (m === 'GET') return groupsResponse(ctx, ctx.store.principals.groups());
      if (m === 'POST') return addGroup(ctx);
      return wrongMethod();
    case 'group':
      if (m === 'GET') return groupResponse(ctx, res.group);
      if (m === 'MERGE') return updateGroup(ctx, res.group);
      if (m === 'DELETE') return deleteGroup(ctx, res.group);
      return wrongMethod();
    case 'groupUsers':
      if (m === 'GET') return groupMembers(ctx, res.group);
      if (m === 'POST') return addGroupMember(ctx, res.group);
      return wrongMethod();
    case 'roleDefs':
      if (m === 'POST') return addRoleDefinition(ctx);
      if (m !== 'GET') return wrongMethod();
      return roleDefinitionsResponse(ctx);
    case 'roleDef':
      if (m !== 'GET') return wrongMethod();
      return roleDefinitionResponse(ctx, res.def);
    case 'roleAssignments':
      if (m !== 'GET') return wrongMethod();
      return roleAssignmentsResponse(ctx, res.scope);
    case 'roleAssignment':
      if (m === 'GET') return roleAssignmentResponse(ctx, res.scope, res.principalId);
      if (m === 'DELETE') return removeRoleAssignment(ctx, res.scope, res.principalId);
      return wrongMethod();
    case 'roleAssignmentPart':
      if (m !== 'GET') return wrongMethod();
      return roleAssignmentResponse(ctx, res.scope, res.principalId, res.part);
    case 'effectivePerms':
      if (m !== 'GET') return wrongMethod();
      return effectivePermissions(ctx, res.scope);
    case 'userEffectivePerms':
      if (m !== 'GET') return wrongMethod();
      return userEffectivePermissions(ctx, res.scope, res.user);
    case 'storageEntity': {
      if (m !== 'GET') return wrongMethod();
      // Any signed-in user may read tenant properties (facts file); an unknown key answers odata.null (unverified).
      const entity = ctx.tenantProperties[res.key];
      return entity
        ? entityResponse(ctx, { ...entity }, 'SP.StorageEntity')
        : { status: 200, headers: { 'Content-Type': MINIMAL_JSON }, body: JSON.stringify({ 'odata.null': true }) };
    }
    case 'call':
      // Service methods only by POST: unverified.
      if (m !== 'POST') return wrongMethod();
      return runCall(ctx, res);
    default:
      throw resourceNotFound(ctx.req.apiPath);
  }
}

/** Routes one `_api` request (contextinfo and $batch are handled by the caller). */
export function routeApi(ctx: RequestContext): ApiResponse {
  const segments = parsePath(ctx.req.apiPath, ctx.req.query);
  if (segments.length === 0) throw resourceNotFound('');
  publishDuePages(ctx);
  const sitePages = routeSitePages(ctx, segments);
  if (sitePages) return sitePages;
  const userInfoList = routeUserInfoList(ctx, segments);
  if (userInfoList) return userInfoList;
  let res: Res = { t: 'root' };
  const walked: string[] = [];
  for (const seg of segments) {
    walked.push(seg.name);
    res = stepWithInlineArgs(ctx, res, seg, walked.join('/'));
  }
  return execute(ctx, res);
}
