// Site users, current user, ensureUser and SharePoint groups with their members.
import { accessDenied, groupMissing, groupNameTaken, invalidValue, unknownBodyProperty, userMissing, userNotFound, SpError } from '../http/errors';
import { Perm } from '../security/permissions';
import type { Principal } from '../store/principals';
import type { ApiResponse, RequestContext } from './context';
import { parseJsonObject } from './body';
import { groupJson, userJson } from './entities';
import { queryEntities, selectEntity } from './entity-query';
import { collectionResponse, emptyOk, entityResponse, noContent } from './respond';

const USERS = 'SP.ApiData.Users';
const GROUPS = 'SP.ApiData.Groups';

export function usersResponse(ctx: RequestContext, users: Principal[]): ApiResponse {
  return collectionResponse(ctx, queryEntities(ctx.store.db, users.map((u) => userJson(ctx, u)), ctx.req.query, 'SP.User'), USERS);
}

export function userResponse(ctx: RequestContext, user: Principal, status = 200): ApiResponse {
  return entityResponse(ctx, selectEntity(userJson(ctx, user), ctx.req.query, 'SP.User'), USERS, status);
}

export function groupsResponse(ctx: RequestContext, groups: Principal[]): ApiResponse {
  return collectionResponse(ctx, queryEntities(ctx.store.db, groups.map((g) => groupJson(ctx, g)), ctx.req.query, 'SP.Group'), GROUPS);
}

export function groupResponse(ctx: RequestContext, group: Principal, status = 200): ApiResponse {
  return entityResponse(ctx, selectEntity(groupJson(ctx, group), ctx.req.query, 'SP.Group'), GROUPS, status);
}

/** A body's `LoginName` (group users add, siteUsers add). */
function loginNameFromBody(ctx: RequestContext): string {
  const body = parseJsonObject(ctx);
  for (const name of Object.keys(body)) {
    if (name !== '__metadata' && name !== 'LoginName') throw unknownBodyProperty(name, 'SP.User');
  }
  if (typeof body.LoginName !== 'string') throw invalidValue('LoginName', 'Edm.String');
  return body.LoginName;
}

/** POST web/ensureuser {logonName} (PnPjs site-users/web.ts): the directory person becomes (or already is) a site user. */
export function ensureUser(ctx: RequestContext): ApiResponse {
  const body = parseJsonObject(ctx);
  const logonName = body.logonName;
  if (typeof logonName !== 'string') throw invalidValue('logonName', 'Edm.String');
  const user = ctx.store.principals.ensureByLogin(logonName);
  if (!user) throw userNotFound(logonName);
  return userResponse(ctx, user);
}

/** POST web/siteusers {LoginName} (body as for sitegroups(n)/users, learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference); Manage Permissions required: unverified. */
export function addSiteUser(ctx: RequestContext): ApiResponse {
  ctx.perms.requireWeb(ctx.user, Perm.ManagePermissions);
  const login = loginNameFromBody(ctx);
  const user = ctx.store.principals.ensureByLogin(login);
  if (!user) throw userNotFound(login);
  return userResponse(ctx, user, 201);
}

export function findUserByEmail(ctx: RequestContext, email: string): Principal {
  const user = ctx.store.principals.userByEmail(email);
  if (!user) throw userMissing();
  return user;
}

export function findUserById(ctx: RequestContext, id: number): Principal {
  const user = ctx.store.principals.byId(id);
  if (!user || user.principalType === 8) throw userMissing();
  return user;
}

export function findUserByLogin(ctx: RequestContext, login: string): Principal {
  const user = ctx.store.principals.byLogin(login);
  if (!user || user.principalType === 8) throw userMissing();
  return user;
}

// --- groups ---

const GROUP_PROPERTIES: Record<string, 'string' | 'boolean'> = {
  Title: 'string', Description: 'string', AllowMembersEditMembership: 'boolean', OnlyAllowMembersViewMembership: 'boolean',
  AllowRequestToJoinLeave: 'boolean', AutoAcceptRequestToJoinLeave: 'boolean', RequestToJoinLeaveEmailSetting: 'string'
};

function readGroupBody(ctx: RequestContext): Record<string, unknown> {
  const body = parseJsonObject(ctx);
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata') continue;
    const type = GROUP_PROPERTIES[name];
    if (!type) throw unknownBodyProperty(name, 'SP.Group');
    if (value !== null && typeof value !== type) throw invalidValue(name, type === 'string' ? 'Edm.String' : 'Edm.Boolean');
    values[name] = value;
  }
  return values;
}

/** POST web/sitegroups: Full Control (CreateGroups); the creator owns the new group. Permission and owner: unverified. */
export function addGroup(ctx: RequestContext): ApiResponse {
  ctx.perms.requireWeb(ctx.user, Perm.CreateGroups);
  const values = readGroupBody(ctx);
  const title = typeof values.Title === 'string' ? values.Title.trim() : '';
  if (!title) throw new SpError(400, '-2147024809, System.ArgumentException', 'Value cannot be null.\r\nParameter name: Title');
  if (ctx.store.principals.groupByName(title) || ctx.store.principals.byLogin(title)) throw groupNameTaken(title);
  const group = ctx.store.principals.createGroup(title, (values.Description as string | undefined) ?? '', ctx.user.id, {
    allowMembersEditMembership: values.AllowMembersEditMembership as boolean | undefined,
    onlyAllowMembersViewMembership: values.OnlyAllowMembersViewMembership as boolean | undefined
  });
  return groupResponse(ctx, group, 201);
}

export function updateGroup(ctx: RequestContext, group: Principal): ApiResponse {
  if (!ctx.perms.canManageGroup(ctx.user, group)) throw accessDenied();
  const values = readGroupBody(ctx);
  const title = values.Title as string | undefined;
  if (title !== undefined && title.toLowerCase() !== group.title.toLowerCase() && ctx.store.principals.groupByName(title)) throw groupNameTaken(title);
  ctx.store.principals.updateGroup(group.id, {
    title, description: values.Description as string | undefined,
    allowMembersEditMembership: values.AllowMembersEditMembership as boolean | undefined,
    onlyAllowMembersViewMembership: values.OnlyAllowMembersViewMembership as boolean | undefined
  });
  return noContent();
}

// Deleting a group needs Manage Permissions on the web: unverified.
export function deleteGroup(ctx: RequestContext, group: Principal): ApiResponse {
  ctx.perms.requireWeb(ctx.user, Perm.ManagePermissions);
  ctx.store.principals.deleteGroup(group.id);
  return emptyOk();
}

// POST sitegroups(n)/SetUserAsOwner(id): PnPjs site-groups/types.ts; who may call it: unverified.
export function setGroupOwner(ctx: RequestContext, group: Principal, ownerId: number): ApiResponse {
  if (!ctx.perms.canManageGroup(ctx.user, group)) throw accessDenied();
  const owner = ctx.store.principals.byId(ownerId);
  if (!owner) throw userMissing();
  ctx.store.principals.updateGroup(group.id, { ownerId });
  return emptyOk();
}

/** Members are visible unless the group restricts that to its members (and managers). SPGroup.OnlyAllowMembersViewMembership (Learn); 403 unverified. */
export function groupMembers(ctx: RequestContext, group: Principal): ApiResponse {
  if (group.onlyAllowMembersViewMembership && !ctx.store.principals.isMember(group.id, ctx.user.id) && !ctx.perms.canManageGroup(ctx.user, group)) {
    throw accessDenied();
  }
  return usersResponse(ctx, ctx.store.principals.members(group.id));
}

// POST sitegroups(n)/users {LoginName}: learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference. Answer 201 with the user: unverified.
export function addGroupMember(ctx: RequestContext, group: Principal): ApiResponse {
  if (!ctx.perms.canManageGroup(ctx.user, group)) throw accessDenied();
  const login = loginNameFromBody(ctx);
  const user = ctx.store.principals.ensureByLogin(login);
  if (!user || user.principalType === 8) throw userNotFound(login);
  ctx.store.principals.addMember(group.id, user.id);
  return userResponse(ctx, user, 201);
}

export function removeGroupMember(ctx: RequestContext, group: Principal, user: Principal | undefined): ApiResponse {
  if (!ctx.perms.canManageGroup(ctx.user, group)) throw accessDenied();
  if (!user || !ctx.store.principals.isMember(group.id, user.id)) throw userMissing();
  ctx.store.principals.removeMember(group.id, user.id);
  return emptyOk();
}

export function findGroupById(ctx: RequestContext, id: number): Principal {
  const group = ctx.store.principals.groupById(id);
  if (!group) throw groupMissing();
  return group;
}

export function findGroupByName(ctx: RequestContext, name: string): Principal {
  const group = ctx.store.principals.groupByName(name);
  if (!group) throw groupMissing();
  return group;
}
