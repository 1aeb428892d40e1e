// roleDefinitions, roleAssignments (web and lists), break/reset role inheritance, effective permissions.
import { inheritsPermissions, notSupported, principalMissing, roleDefinitionMissing } from '../http/errors';
import { maskToBasePermissions, Perm } from '../security/permissions';
import type { ListRecord } from '../store/lists';
import type { Principal } from '../store/principals';
import { RoleId, WEB_SCOPE, type RoleDefinition } from '../store/roles';
import type { ApiResponse, RequestContext } from './context';
import { listEditLink, principalJson, roleDefinitionJson } from './entities';
import { odataOption, queryEntities, selectEntity } from './entity-query';
import { parseExpand } from '../odata/options';
import { collectionResponse, emptyOk, entityResponse, metadataUrl, type Json } from './respond';

/** A securable object: the web or a list. */
export type Scope = { kind: 'web' } | { kind: 'list'; list: ListRecord };

function scopeKey(scope: Scope): string {
  return scope.kind === 'web' ? WEB_SCOPE : scope.list.id;
}

function scopeLink(scope: Scope): string {
  return scope.kind === 'web' ? 'Web' : listEditLink(scope.list);
}

function scopeMask(ctx: RequestContext, scope: Scope): bigint {
  return scope.kind === 'web' ? ctx.perms.webMask(ctx.user) : ctx.perms.listMask(ctx.user, scope.list);
}

function requireScope(ctx: RequestContext, scope: Scope, perm: number): void {
  if (scope.kind === 'web') ctx.perms.requireWeb(ctx.user, perm);
  else ctx.perms.requireList(ctx.user, scope.list, perm);
}

/** SharePoint answers void service methods with `{"odata.null": true}` (unverified). */
function odataNull(ctx: RequestContext): ApiResponse {
  if (ctx.metadata !== 'minimal') return emptyOk();
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8' },
    body: JSON.stringify({ 'odata.metadata': metadataUrl(ctx, 'Edm.Null'), 'odata.null': true })
  };
}

// --- role definitions ---

export function roleDefinitionsResponse(ctx: RequestContext): ApiResponse {
  const defs = ctx.store.roles.definitions().map((d) => roleDefinitionJson(ctx, d));
  return collectionResponse(ctx, queryEntities(ctx.store.db, defs, ctx.req.query, 'SP.RoleDefinition'), 'SP.ApiData.RoleDefinitions');
}

export function roleDefinitionResponse(ctx: RequestContext, def: RoleDefinition): ApiResponse {
  return entityResponse(ctx, selectEntity(roleDefinitionJson(ctx, def), ctx.req.query, 'SP.RoleDefinition'), 'SP.ApiData.RoleDefinitions');
}

export function findRoleDefinition(def: RoleDefinition | undefined): RoleDefinition {
  if (!def) throw roleDefinitionMissing();
  return def;
}

// --- role assignments ---

function assignmentJson(ctx: RequestContext, scope: Scope, principalId: number, roleDefIds: number[], expand: string[]): Json {
  const link = `${scopeLink(scope)}/RoleAssignments/GetByPrincipalId(${principalId})`;
  const out: Json = {
    'odata.type': 'SP.RoleAssignment', 'odata.id': `${ctx.siteUrl}/_api/${link}`, 'odata.editLink': link
  };
  if (expand.includes('member')) {
    const principal = ctx.store.principals.byId(principalId);
    out.Member = principal ? principalJson(ctx, principal) : null;
  }
  if (expand.includes('roledefinitionbindings')) {
    out.RoleDefinitionBindings = roleDefIds
      .map((id) => ctx.store.roles.definition(id))
      .filter((d): d is RoleDefinition => d !== undefined)
      .map((d) => roleDefinitionJson(ctx, d));
  }
  out.PrincipalId = principalId;
  return out;
}

function effectiveAssignments(ctx: RequestContext, scope: Scope): { principalId: number; roleDefIds: number[] }[] {
  // A list that inherits shows the web's assignments, as SharePoint does.
  const key = scope.kind === 'list' && !scope.list.hasUniqueRoleAssignments ? WEB_SCOPE : scopeKey(scope);
  return ctx.store.roles.assignments(key);
}

// Reading role assignments needs EnumeratePermissions: unverified (stricter).
export function roleAssignmentsResponse(ctx: RequestContext, scope: Scope): ApiResponse {
  requireScope(ctx, scope, Perm.EnumeratePermissions);
  const expandText = ctx.req.query.get('$expand');
  const expand = expandText ? odataOption(() => parseExpand(expandText)).map((e) => e.toLowerCase()) : [];
  const values = effectiveAssignments(ctx, scope).map((a) => assignmentJson(ctx, scope, a.principalId, a.roleDefIds, expand));
  return collectionResponse(ctx, queryEntities(ctx.store.db, values, ctx.req.query, 'SP.RoleAssignment'), 'SP.ApiData.RoleAssignments');
}

export function roleAssignmentResponse(ctx: RequestContext, scope: Scope, principalId: number, part?: 'member' | 'bindings'): ApiResponse {
  requireScope(ctx, scope, Perm.EnumeratePermissions);
  const assignment = effectiveAssignments(ctx, scope).find((a) => a.principalId === principalId);
  if (!assignment) throw principalMissing(principalId);
  if (part === 'member') {
    const principal = ctx.store.principals.byId(principalId);
    if (!principal) throw principalMissing(principalId);
    return entityResponse(ctx, principalJson(ctx, principal), principal.principalType === 8 ? 'SP.ApiData.Groups' : 'SP.ApiData.Users');
  }
  if (part === 'bindings') {
    const defs = assignment.roleDefIds.map((id) => ctx.store.roles.definition(id)).filter((d): d is RoleDefinition => d !== undefined);
    return collectionResponse(ctx, defs.map((d) => roleDefinitionJson(ctx, d)), 'SP.ApiData.RoleDefinitions');
  }
  const expandText = ctx.req.query.get('$expand');
  const expand = expandText ? odataOption(() => parseExpand(expandText)).map((e) => e.toLowerCase()) : [];
  return entityResponse(ctx, assignmentJson(ctx, scope, principalId, assignment.roleDefIds, expand), 'SP.ApiData.RoleAssignments');
}

function requireUniqueScope(ctx: RequestContext, scope: Scope): void {
  requireScope(ctx, scope, Perm.ManagePermissions);
  // Changing assignments of an inheriting list is refused: unverified (stricter).
  if (scope.kind === 'list' && !scope.list.hasUniqueRoleAssignments) throw inheritsPermissions();
}

export function addRoleAssignment(ctx: RequestContext, scope: Scope, principalId: number, roleDefId: number): ApiResponse {
  requireUniqueScope(ctx, scope);
  if (!ctx.store.principals.byId(principalId)) throw principalMissing(principalId);
  findRoleDefinition(ctx.store.roles.definition(roleDefId));
  ctx.store.roles.add(scopeKey(scope), principalId, roleDefId);
  return odataNull(ctx);
}

export function removeRoleAssignment(ctx: RequestContext, scope: Scope, principalId: number, roleDefId?: number): ApiResponse {
  requireUniqueScope(ctx, scope);
  if (!ctx.store.principals.byId(principalId)) throw principalMissing(principalId);
  if (roleDefId !== undefined) findRoleDefinition(ctx.store.roles.definition(roleDefId));
  ctx.store.roles.remove(scopeKey(scope), principalId, roleDefId);
  return roleDefId === undefined ? emptyOk() : odataNull(ctx);
}

/**
 * breakroleinheritance(copyRoleAssignments, clearSubscopes): with copy the list starts from
 * the web's assignments; without, only the caller keeps access (Full Control), as in SharePoint.
 */
export function breakInheritance(ctx: RequestContext, scope: Scope, copy: boolean): ApiResponse {
  if (scope.kind === 'web') throw notSupported('Breaking role inheritance of the root web');
  requireScope(ctx, scope, Perm.ManagePermissions);
  const list = scope.list;
  if (!list.hasUniqueRoleAssignments) {
    ctx.store.roles.clear(list.id);
    if (copy) ctx.store.roles.copy(WEB_SCOPE, list.id);
    else ctx.store.roles.add(list.id, ctx.user.id, RoleId.FullControl);
    ctx.store.lists.update(list, { hasUniqueRoleAssignments: true });
  }
  return odataNull(ctx);
}

export function resetInheritance(ctx: RequestContext, scope: Scope): ApiResponse {
  if (scope.kind === 'web') throw notSupported('Resetting role inheritance of the root web');
  requireScope(ctx, scope, Perm.ManagePermissions);
  ctx.store.roles.clear(scope.list.id);
  ctx.store.lists.update(scope.list, { hasUniqueRoleAssignments: false });
  return odataNull(ctx);
}

// SP.BasePermissions {High, Low} as decimal strings (learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference).
function basePermissionsResponse(ctx: RequestContext, mask: bigint): ApiResponse {
  return entityResponse(ctx, { ...maskToBasePermissions(mask) }, 'SP.ApiData.BasePermissions');
}

export function effectivePermissions(ctx: RequestContext, scope: Scope): ApiResponse {
  return basePermissionsResponse(ctx, scopeMask(ctx, scope));
}

/** getUserEffectivePermissions(@user): needs EnumeratePermissions unless asking about oneself (unverified). */
export function userEffectivePermissions(ctx: RequestContext, scope: Scope, user: Principal): ApiResponse {
  if (user.id !== ctx.user.id) requireScope(ctx, scope, Perm.EnumeratePermissions);
  const mask = scope.kind === 'web' ? ctx.perms.webMask(user) : ctx.perms.listMask(user, scope.list);
  return basePermissionsResponse(ctx, mask);
}

