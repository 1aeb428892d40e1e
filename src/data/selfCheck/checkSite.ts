import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import { provisionSchema, ProvisionStep } from '../provisioning/provision';
import { SCHEMA, listDef } from '../schema/lists';
import { SITE_URL_TENANT_PROPERTY } from '../sp/dataSite';
import { SiteCheckContext, SiteCheckItem, SiteCheckKey } from '../contracts/ISiteCheck';
import { toDataError } from '../errors/toDataError';
import { GraphCallError, GraphRequester } from '../graph/graphRequester';

/** Which set-up steps belong to which check. */
const STEP_CHECKS: { [kind: string]: SiteCheckKey } = {
  list: 'lists',
  field: 'fields',
  index: 'fields',
  versions: 'pageScheduling',
  scheduling: 'pageScheduling',
  group: 'permissions',
  permissions: 'permissions',
  security: 'permissions',
  search: 'search'
};

function fromSteps(key: SiteCheckKey, steps: ProvisionStep[]): SiteCheckItem {
  const mine = steps.filter((s) => STEP_CHECKS[s.kind] === key);
  const details = mine.map((s) => `${s.target}: ${s.detail}`).filter((d, i, all) => all.indexOf(d) === i);
  return { key, status: mine.length === 0 ? 'ok' : 'fix', details };
}

async function tenantProperty(sp: SPFI, siteUrl: string): Promise<SiteCheckItem> {
  try {
    const entity = (await sp.web.getStorageEntity(SITE_URL_TENANT_PROPERTY)) as { Value?: string } | null;
    const value = entity && typeof entity.Value === 'string' ? entity.Value.trim().replace(/\/+$/, '') : '';
    if (!value) {
      return { key: 'tenantProperty', status: 'fix', details: [] };
    }
    const same = value.toLowerCase() === siteUrl.replace(/\/+$/, '').toLowerCase();
    return { key: 'tenantProperty', status: same ? 'ok' : 'fix', details: [value] };
  } catch {
    return { key: 'tenantProperty', status: 'unknown', details: [] };
  }
}

/** 401/403: not approved; anything else (offline, throttled): could not be checked. */
function deniedBy(e: unknown): boolean | undefined {
  const status = e instanceof GraphCallError ? e.status : 0;
  return status === 401 || status === 403 ? true : undefined;
}

/**
 * The directory read of the participation figures (User.Read.All): ten users with department and
 * office. 403: not approved. With only User.ReadBasic.All Graph answers 200 but leaves both null
 * for everyone but the signed-in person (microsoftgraph/microsoft-graph-docs#4993), so fewer than
 * two users with either set counts as not approved too.
 */
async function directoryDenied(graph: GraphRequester): Promise<boolean | undefined> {
  try {
    const page = await graph.call<{ value?: Array<{ department?: string | null; officeLocation?: string | null }> }>(
      'GET',
      '/users?$top=10&$select=id,department,officeLocation'
    );
    const users = page.value ?? [];
    return users.length > 1 && users.filter((u) => u.department || u.officeLocation).length < 2;
  } catch (e) {
    return deniedBy(e);
  }
}

/**
 * Whether the admin approved the Graph permissions (SharePoint admin center, API access): one
 * harmless read of the owner's own calendar (GET /me/events?$top=1, needs Calendars.Read or
 * more) and one page of ten directory users (User.Read.All). TeamsActivity.Send cannot be probed
 * without sending a notification: it is reported with the calendar, and the studio reports it
 * after the first change that tells participants. details: what is approved (ok) or missing (fix).
 */
async function graphConsent(context: SiteCheckContext): Promise<SiteCheckItem> {
  if (!context.graph) {
    return { key: 'graphConsent', status: 'unknown', details: [] };
  }
  let calendarDenied: boolean | undefined = false;
  try {
    await context.graph.call('GET', '/me/events?$top=1&$select=id');
  } catch (e) {
    calendarDenied = deniedBy(e);
  }
  const directory = await directoryDenied(context.graph);
  const missing = (calendarDenied ? ['Calendars.ReadWrite', 'TeamsActivity.Send'] : []).concat(directory ? ['User.Read.All'] : []);
  if (missing.length > 0) return { key: 'graphConsent', status: 'fix', details: missing };
  if (calendarDenied === undefined || directory === undefined) return { key: 'graphConsent', status: 'unknown', details: [] };
  return { key: 'graphConsent', status: 'ok', details: ['Calendars.ReadWrite', 'User.Read.All'] };
}

/**
 * "Controleer deze site": the live site against the schema and the product's assumptions, with
 * the same code the set-up runs (its dry run), so it runs unchanged on a real site. Owners only:
 * the permission checks read role assignments. Each item is ok, to fix, or could not be checked.
 */
export async function checkSite(sp: SPFI, context: SiteCheckContext): Promise<SiteCheckItem[]> {
  let plan;
  try {
    plan = await provisionSchema(sp, SCHEMA, { dryRun: true });
  } catch (e) {
    throw toDataError(e);
  }
  const privateTitle = listDef('privateRegistrations').title;
  const privateFindings = plan.findings.filter((f) => f.target === privateTitle);
  const retired = plan.findings.filter((f) => f.kind === 'retired');
  const otherFindings = plan.findings.filter((f) => f.target !== privateTitle && f.kind !== 'retired');
  const lists = fromSteps('lists', plan.steps);
  const permissions = fromSteps('permissions', plan.steps);
  return [
    // A list this release no longer uses is for an owner to clear away.
    { ...lists, status: lists.status === 'ok' && retired.length === 0 ? 'ok' : 'fix', details: lists.details.concat(retired.map((f) => f.target)) },
    fromSteps('fields', plan.steps),
    {
      ...permissions,
      status: permissions.status === 'ok' && otherFindings.length === 0 ? 'ok' : 'fix',
      details: permissions.details.concat(otherFindings.map((f) => `${f.target}: ${f.detail}`))
    },
    { key: 'privateAccess', status: privateFindings.length === 0 ? 'ok' : 'fix', details: privateFindings.map((f) => f.detail) },
    fromSteps('search', plan.steps),
    await tenantProperty(sp, context.siteUrl),
    // Site Pages: versions, draft item security and page scheduling (provisioning/sitePages.ts).
    fromSteps('pageScheduling', plan.steps),
    await graphConsent(context),
    { key: 'teamsApp', status: context.teamsAppId ? 'ok' : 'unknown', details: context.teamsAppId ? [context.teamsAppId] : [] }
  ];
}
