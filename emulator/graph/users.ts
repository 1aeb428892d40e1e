// GET /me, GET /users/{id | userPrincipalName} and GET /users (list, paged).
// Source: Graph v1.0 "Get user" (api-reference/v1.0/api/user-get.md): the default property set
// (businessPhones, displayName, givenName, jobTitle, mail, mobilePhone, officeLocation,
// preferredLanguage, surname, userPrincipalName, id), `$select`, and the permissions: /me with
// User.Read; another user with User.ReadBasic.All (least privileged) or higher.
// The emulator's directory holds e-mail, display name, department, job title and office; the
// e-mail is both `mail` and `userPrincipalName` (unverified for a real tenant, where they can differ).
//
// Basic profile: with User.ReadBasic.All (and no User.Read.All or higher) another user's
// properties outside the basic profile (displayName, givenName, mail, photo, surname,
// userPrincipalName: Graph "Permissions reference", User permissions) come back as null, not as
// an error — microsoftgraph/microsoft-graph-docs#4993 (jobTitle, officeLocation null with
// User.ReadBasic.All) and #2155 (postalCode null without User.Read.All). The caller's own profile
// stays full ("Also allows the app to read the full profile of the signed-in user").
import { badRequest, GraphError, insufficientScope, userNotFound } from './errors';
import { json, type GraphContext, type GraphRequest, type GraphResponse } from './context';

export const ME_SCOPES = ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'];
export const OTHER_USER_SCOPES = ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'];
/** Scopes that read other users' full profiles (Graph "Permissions reference": User.Read.All "Read all users' full profiles"). */
export const FULL_PROFILE_SCOPES = ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'];
/** The basic profile's properties (Graph "Permissions reference", User.ReadBasic.All); `id` is always returned. */
const BASIC_PROFILE = new Set(['id', 'displayName', 'givenName', 'mail', 'surname', 'userPrincipalName']);

export interface DirectoryUser {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  officeLocation: string | null;
  department: string | null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A person by object id or userPrincipalName; undefined when not in the directory. */
export function findUser(ctx: GraphContext, idOrUpn: string): DirectoryUser | undefined {
  const key = idOrUpn.trim();
  const email = GUID.test(key) ? ctx.graph.emailOfObjectId(key) : key;
  const person = email ? ctx.site.principals.person(email) : undefined;
  if (!person) return undefined;
  return { id: ctx.graph.objectIdOf(person.email), email: person.email, displayName: person.displayName, jobTitle: person.jobTitle ?? null, officeLocation: person.office ?? null, department: person.department ?? null };
}

/** Resolves the `{id | userPrincipalName}` segment or throws Graph's 404. */
export function requireUser(ctx: GraphContext, idOrUpn: string): DirectoryUser {
  const user = findUser(ctx, idOrUpn);
  if (!user) throw userNotFound(idOrUpn);
  return user;
}

/** The default property set ("Get user", "List users"), in the docs' order. */
function userJson(user: DirectoryUser): Record<string, unknown> {
  return {
    businessPhones: [], displayName: user.displayName, givenName: null, jobTitle: user.jobTitle, mail: user.email,
    mobilePhone: null, officeLocation: user.officeLocation, preferredLanguage: null, surname: null,
    userPrincipalName: user.email, id: user.id
  };
}

/** Properties returned only on `$select` (user resource type: "Returned only on $select"). */
function selectOnlyJson(user: DirectoryUser): Record<string, unknown> {
  return { department: user.department };
}

/** `$select` applied, then everything outside the basic profile nulled when only the basic profile may be read. */
function visibleUser(ctx: GraphContext, user: DirectoryUser, query: URLSearchParams, self: boolean): Record<string, unknown> {
  const all = query.get('$select') ? { ...userJson(user), ...selectOnlyJson(user) } : userJson(user);
  const body = select(all, query, 'microsoft.graph.user');
  if (self || ctx.settings.hasAny(FULL_PROFILE_SCOPES)) return body;
  for (const key of Object.keys(body)) {
    if (!BASIC_PROFILE.has(key)) body[key] = Array.isArray(body[key]) ? [] : null;
  }
  return body;
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
  return json(200, { '@odata.context': context, ...visibleUser(ctx, user, request.query, self) });
}

/** Graph's page size for users: default 100, at most 999 (Graph "Paging Microsoft Graph data in your app"; "List users" `$top`). */
export const USERS_DEFAULT_TOP = 100;
export const USERS_MAX_TOP = 999;

/**
 * GET /users ("List users", api-reference/v1.0/api/user-list.md): User.ReadBasic.All (least
 * privileged) or higher, else 403; default properties or `$select`; `$top` 1..999 and
 * `@odata.nextLink` with an opaque `$skiptoken` carrying the other options ("Paging Microsoft
 * Graph data in your app": follow the whole URL, do not build it). The 400 text for a `$top`
 * over 999 is as public threads quote it (unverified). Order: by userPrincipalName here;
 * Graph's own order is unspecified (clients must not depend on it). `$filter`, `$orderby`,
 * `$search`, `$count` and `$skip` ("$skip isn't supported") are refused, the stricter choice.
 */
export function listUsers(ctx: GraphContext, request: GraphRequest): GraphResponse {
  if (!ctx.settings.hasAny(OTHER_USER_SCOPES)) throw insufficientScope('directory');
  const q = request.query;
  for (const option of ['$filter', '$orderby', '$search', '$count', '$skip', '$expand']) {
    if (q.has(option)) throw badRequest(`The query option '${option}' is not supported by the local Graph emulator on /users.`);
  }
  const topText = q.get('$top');
  const top = topText === null ? USERS_DEFAULT_TOP : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > USERS_MAX_TOP) {
    throw badRequest(`Invalid page size specified: '${topText ?? ''}'. Must be between 1 and ${USERS_MAX_TOP} inclusive.`, 'Request_UnsupportedQuery');
  }
  const token = q.get('$skiptoken');
  const after = token ? skipTokenEmail(token) : '';
  const rows = ctx.site.db.prepare('SELECT email FROM directory WHERE lower(email) > ? ORDER BY lower(email) LIMIT ?').all(after, top + 1) as { email: string }[];
  const page = rows.slice(0, top);
  const value = page.map((r) => requireUser(ctx, r.email)).map((u) => visibleUser(ctx, u, q, u.email.toLowerCase() === ctx.caller.email.toLowerCase()));
  const body: Record<string, unknown> = { '@odata.context': `${ctx.origin}/v1.0/$metadata#users`, value };
  if (rows.length > top) {
    const next = new URLSearchParams();
    for (const option of ['$select', '$top']) {
      const v = q.get(option);
      if (v !== null) next.set(option, v);
    }
    next.set('$skiptoken', Buffer.from(`users|${page[page.length - 1].email.toLowerCase()}`, 'utf8').toString('base64url'));
    body['@odata.nextLink'] = `${ctx.origin}/v1.0/users?${next.toString().replace(/%24/g, '$')}`;
  }
  return json(200, body);
}

/** The last e-mail of the previous page from the emulator's opaque token; a token it did not issue is a 400 (unverified). */
function skipTokenEmail(token: string): string {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  if (!text.startsWith('users|')) throw badRequest('Invalid $skiptoken.', 'Request_UnsupportedQuery');
  return text.slice('users|'.length);
}
