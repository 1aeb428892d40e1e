// MERGE on the web and new permission levels (POST …/roledefinitions): what PnPjs's
// web.update() and roleDefinitions.add() send (pnp/pnpjs packages/sp/webs/types.ts,
// packages/sp/security/types.ts).
import { unknownBodyProperty, invalidValue, SpError } from '../http/errors';
import { Perm } from '../security/permissions';
import { setMeta } from '../store/database';
import type { ApiResponse, RequestContext } from './context';
import { parseJsonObject } from './body';
import { roleDefinitionJson } from './entities';
import { entityResponse, noContent } from './respond';

/** Web properties a client may change; anything else is refused (the stricter choice, unverified). */
const WEB_SETTABLE = ['Title', 'Description'];

/** MERGE …/web: needs Manage Web (Full Control, Design). */
export function updateWeb(ctx: RequestContext): ApiResponse {
  ctx.perms.requireWeb(ctx.user, Perm.ManageWeb);
  const body = parseJsonObject(ctx);
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata') continue;
    if (!WEB_SETTABLE.includes(name)) throw unknownBodyProperty(name, 'SP.Web');
    if (typeof value !== 'string') throw invalidValue(name, 'Edm.String');
  }
  for (const name of WEB_SETTABLE) {
    if (typeof body[name] === 'string') setMeta(ctx.store.db, `web.${name}`, body[name] as string);
  }
  return noContent();
}

/** POST …/roledefinitions: a custom permission level (Manage Permissions on the web). */
export function addRoleDefinition(ctx: RequestContext): ApiResponse {
  ctx.perms.requireWeb(ctx.user, Perm.ManagePermissions);
  const body = parseJsonObject(ctx);
  const name = typeof body.Name === 'string' ? body.Name.trim() : '';
  const base = body.BasePermissions as { High?: unknown; Low?: unknown } | undefined;
  if (!name || !base || !/^\d+$/.test(String(base.High)) || !/^\d+$/.test(String(base.Low))) {
    throw new SpError(400, '-2147024809, System.ArgumentException', 'Value does not fall within the expected range.');
  }
  if (ctx.store.roles.definitionByName(name)) {
    // Unverified: SharePoint's exact message for a duplicate permission level name.
    throw new SpError(400, '-2130575293, Microsoft.SharePoint.SPException', `A permission level with the name "${name}" already exists.`);
  }
  const def = ctx.store.roles.addDefinition({
    name,
    description: typeof body.Description === 'string' ? body.Description : '',
    order: typeof body.Order === 'number' ? body.Order : 1000,
    high: String(base.High),
    low: String(base.Low)
  });
  return entityResponse(ctx, roleDefinitionJson(ctx, def), 'SP.ApiData.RoleDefinitions', 201);
}
