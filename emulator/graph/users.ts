// GET /me and GET /users/{id | userPrincipalName}.
// Source: Graph v1.0 "Get user" (api-reference/v1.0/api/user-get.md): the default property set
// (businessPhones, displayName, givenName, jobTitle, mail, mobilePhone, officeLocation,
// preferredLanguage, surname, userPrincipalName, id), `$select`, and the permissions: /me with
// User.Read; another user with User.ReadBasic.All (least privileged) or higher.
// The emulator's directory holds e-mail, display name, job title and office; the e-mail is both
// `mail` and `userPrincipalName` (unverified for a real tenant, where they can differ).
import { GraphError, insufficientScope, userNotFound } from './errors';
import { json, type GraphContext, type GraphRequest, type GraphResponse } from './context';

export const ME_SCOPES = ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'];
export const OTHER_USER_SCOPES = ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'];

export interface DirectoryUser {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  officeLocation: string | null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A person by object id or userPrincipalName; undefined when not in the directory. */
export function findUser(ctx: GraphContext, idOrUpn: string): DirectoryUser | undefined {
  const key = idOrUpn.trim();
  const email = GUID.test(key) ? ctx.graph.emailOfObjectId(key) : key;
  const person = email ? ctx.site.principals.person(email) : undefined;
  if (!person) return undefined;
  return { id: ctx.graph.objectIdOf(person.email), email: person.email, displayName: person.displayName, jobTitle: person.jobTitle ?? null, officeLocation: person.office ?? null };
}

/** Resolves the `{id | userPrincipalName}` segment or throws Graph's 404. */
export function requireUser(ctx: GraphContext, idOrUpn: string): DirectoryUser {
  const user = findUser(ctx, idOrUpn);
  if (!user) throw userNotFound(idOrUpn);
  return user;
}

function userJson(user: DirectoryUser): Record<string, unknown> {
  return {
    businessPhones: [], displayName: user.displayName, givenName: null, jobTitle: user.jobTitle, mail: user.email,
    mobilePhone: null, officeLocation: user.officeLocation, preferredLanguage: null, surname: null,
    userPrincipalName: user.email, id: user.id
  };
}

/** `$select` over the default set; an unknown property is Graph's 400 (message as OData writes it; unverified for users). */
function select(body: Record<string, unknown>, query: URLSearchParams, typeName: string): Record<string, unknown> {
  const raw = query.get('$select');
  if (!raw) return body;
  const out: Record<string, unknown> = {};
  for (const name of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
    if (!key) throw new GraphError(400, 'BadRequest', `Could not find a property named '${name}' on type '${typeName}'.`);
    out[key] = body[key];
  }
  if (!('id' in out) && 'id' in body) out.id = body.id;
  return out;
}

export { select as selectProperties };

export function getUser(ctx: GraphContext, request: GraphRequest, target: DirectoryUser | 'me'): GraphResponse {
  const self = target === 'me' || target.email.toLowerCase() === ctx.caller.email.toLowerCase();
  if (!ctx.settings.hasAny(self ? ME_SCOPES : OTHER_USER_SCOPES)) throw insufficientScope('directory');
  const user = target === 'me' ? requireUser(ctx, ctx.caller.email) : target;
  const context = target === 'me' ? `${ctx.origin}/v1.0/$metadata#users/$entity` : `${ctx.origin}/v1.0/$metadata#users/$entity`;
  return json(200, { '@odata.context': context, ...select(userJson(user), request.query, 'microsoft.graph.user') });
}
