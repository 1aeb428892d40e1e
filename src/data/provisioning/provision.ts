import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import '@pnp/sp/security';
import { IList } from '@pnp/sp/lists';
import { SchemaDef, ListDef, ListGrant, Role } from '../schema/schemaTypes';
import { isHttpStatus } from '../errors/httpStatus';
import { createField } from './fieldCreation';
import { ensureSitePages, reportRetiredNewsList } from './sitePages';

// Provisions the schema through PnPjs with the caller's own rights. Every step first
// reads what exists and only writes what is missing, so a second run writes nothing,
// a run that failed halfway continues where it stopped, and a newer release adds its
// fields and lists to a site that has data. The dry run walks the same code and writes
// nothing: that is the set-up panel's "what would change".

export interface ProvisionStep {
  /** 'list' | 'field' | 'index' | 'group' | 'permissions' | 'security' | 'approval' */
  kind: string;
  target: string;
  detail: string;
}

export interface ProvisionResult {
  steps: ProvisionStep[];
  /**
   * Principals with access to one of our lists who are not in the schema (kind 'access',
   * target the list, detail their name): reported, never removed; someone decides.
   */
  findings: ProvisionStep[];
}

export interface ProvisionOptions {
  /** Only report what would change; write nothing. */
  dryRun?: boolean;
  /** Called after each step is done, for a progress display. */
  onStep?: (step: ProvisionStep) => void;
}

/** The schema as a given release knew it: lists and fields with `since` ≤ version. */
export function schemaAtVersion(schema: SchemaDef, version: number): SchemaDef {
  return {
    version,
    groups: schema.groups,
    lists: schema.lists
      .filter((l) => l.since <= version)
      .map((l) => ({ ...l, fields: l.fields.filter((f) => f.since <= version) })),
    sitePages: { ...schema.sitePages, fields: schema.sitePages.fields.filter((f) => f.since <= version) }
  };
}

// SharePoint's RoleTypeKind: Reader 2, Contributor 3, Administrator (Full Control) 5, Editor 6.
const ROLE_KIND: { [role in Role]: 2 | 3 | 4 | 5 | 6 } = { Read: 2, Contribute: 3, Design: 4, Edit: 6, FullControl: 5 };

/** The claim SharePoint Online uses for "Everyone except external users". */
const EVERYONE_CLAIM_PREFIX = 'c:0-.f|rolemanager|spo-grid-all-users';

/** Records steps; performs their writes unless this is a dry run. */
export class StepRunner {
  public readonly steps: ProvisionStep[] = [];
  public readonly findings: ProvisionStep[] = [];
  public constructor(private readonly options: ProvisionOptions) {}

  public get dryRun(): boolean {
    return !!this.options.dryRun;
  }

  public async run<T>(step: ProvisionStep, write: () => Promise<T>): Promise<T | undefined> {
    const result = this.dryRun ? undefined : await write();
    this.steps.push(step);
    if (this.options.onStep) {
      this.options.onStep(step);
    }
    return result;
  }
}

interface ExistingList {
  Id: string;
  HasUniqueRoleAssignments: boolean;
  ReadSecurity: number;
  WriteSecurity: number;
  NoCrawl: boolean;
}

/** A list that does not exist yet (dry run): everything on it is still to do. */
const MISSING = '';

export async function provisionSchema(sp: SPFI, schema: SchemaDef, options: ProvisionOptions = {}): Promise<ProvisionResult> {
  const runner = new StepRunner(options);
  const groupIds = await ensureGroups(sp, schema, runner);
  const listIds: { [key: string]: string } = {};
  for (const def of schema.lists) {
    listIds[def.key] = await ensureList(sp, def, runner);
  }
  for (const def of schema.lists) {
    await ensureFields(sp, listIds[def.key], def, listIds, runner);
  }
  if (schema.sitePages.fields.length > 0) {
    const pages = await ensureSitePages(sp, schema.sitePages, runner);
    await ensureFields(sp, pages.id, { title: pages.title, fields: schema.sitePages.fields }, listIds, runner);
  }
  await reportRetiredNewsList(sp, runner);
  const principals = await resolvePrincipals(sp, groupIds);
  for (const def of schema.lists) {
    await ensurePermissions(sp, listIds[def.key], def, principals, runner);
  }
  return { steps: runner.steps, findings: runner.findings };
}

async function ensureGroups(sp: SPFI, schema: SchemaDef, runner: StepRunner): Promise<{ [key: string]: number }> {
  const ids: { [key: string]: number } = {};
  for (const group of schema.groups) {
    try {
      ids[group.key] = (await sp.web.siteGroups.getByName(group.title).select('Id')<{ Id: number }>()).Id;
    } catch (e) {
      if (!isHttpStatus(e, 404)) {
        throw e;
      }
      const created = await runner.run({ kind: 'group', target: group.title, detail: 'created' }, () =>
        sp.web.siteGroups.add({ Title: group.title, Description: group.description })
      );
      ids[group.key] = created ? created.Id : -1;
    }
  }
  return ids;
}

async function ensureList(sp: SPFI, def: ListDef, runner: StepRunner): Promise<string> {
  let info: ExistingList;
  try {
    info = await sp.web.lists
      .getByTitle(def.title)
      .select('Id', 'HasUniqueRoleAssignments', 'ReadSecurity', 'WriteSecurity', 'NoCrawl')<ExistingList>();
  } catch (e) {
    if (!isHttpStatus(e, 404)) {
      throw e;
    }
    const created = await runner.run({ kind: 'list', target: def.title, detail: 'created' }, () =>
      sp.web.lists.add(def.title, def.description, 100, false)
    );
    info = {
      Id: created ? created.Id : MISSING,
      HasUniqueRoleAssignments: false,
      ReadSecurity: 1,
      WriteSecurity: 1,
      NoCrawl: false
    };
  }
  if (info.ReadSecurity !== def.readSecurity || info.WriteSecurity !== def.writeSecurity) {
    await runner.run(
      { kind: 'security', target: def.title, detail: `ReadSecurity ${def.readSecurity}, WriteSecurity ${def.writeSecurity}` },
      () => sp.web.lists.getById(info.Id).update({ ReadSecurity: def.readSecurity, WriteSecurity: def.writeSecurity })
    );
  }
  if (def.noCrawl && !info.NoCrawl) {
    await runner.run({ kind: 'search', target: def.title, detail: 'NoCrawl' }, () => sp.web.lists.getById(info.Id).update({ NoCrawl: true }));
  }
  return info.Id;
}

interface ExistingField {
  InternalName: string;
  Title: string;
  Description: string;
  Indexed: boolean;
  DefaultValue?: string | null;
}

async function ensureFields(
  sp: SPFI,
  listId: string,
  def: Pick<ListDef, 'title' | 'fields'> & { titleFieldTitle?: string },
  listIds: { [key: string]: string },
  runner: StepRunner
): Promise<void> {
  const list: IList = sp.web.lists.getById(listId);
  const existing =
    listId === MISSING ? [] : await list.fields.select('InternalName', 'Title', 'Description', 'Indexed', 'DefaultValue')<ExistingField[]>();
  const byName: { [name: string]: ExistingField } = {};
  existing.forEach((f) => (byName[f.InternalName] = f));

  const title = byName.Title;
  // A library we do not own (Site Pages) keeps its Title as it is.
  if (def.titleFieldTitle && (!title || title.Title !== def.titleFieldTitle)) {
    await runner.run({ kind: 'field', target: `${def.title}/Title`, detail: `title '${def.titleFieldTitle}'` }, () =>
      list.fields.getByInternalNameOrTitle('Title').update({ Title: def.titleFieldTitle as string }, 'SP.FieldText')
    );
  }

  for (const field of def.fields) {
    let current = byName[field.name];
    if (!current) {
      await runner.run({ kind: 'field', target: `${def.title}/${field.name}`, detail: `created (${field.kind})` }, () =>
        createField(list.fields, field, field.lookupList ? listIds[field.lookupList] : undefined)
      );
      current = { InternalName: field.name, Title: field.name, Description: '', Indexed: false, DefaultValue: null };
    }
    const changes: { Title?: string; Description?: string; Indexed?: boolean; DefaultValue?: string } = {};
    if (current.Title !== field.title) {
      changes.Title = field.title;
    }
    if ((current.Description || '') !== field.description) {
      changes.Description = field.description;
    }
    if (!!field.indexed && !current.Indexed) {
      changes.Indexed = true;
    }
    // A default also holds for items added in SharePoint's own list forms (SbActive: yes).
    if (field.defaultValue !== undefined && (current.DefaultValue || '') !== field.defaultValue) {
      changes.DefaultValue = field.defaultValue;
    }
    if (Object.keys(changes).length > 0) {
      const step = changes.Indexed
        ? { kind: 'index', target: `${def.title}/${field.name}`, detail: 'indexed' }
        : { kind: 'field', target: `${def.title}/${field.name}`, detail: 'title and description' };
      await runner.run(step, () => list.fields.getByInternalNameOrTitle(field.name).update(changes, 'SP.Field'));
    }
  }
}

interface Principals {
  everyone: number | undefined;
  owners: number;
  members: number;
  visitors: number;
  groups: { [key: string]: number };
  /** Whoever runs the set-up. */
  me: number;
}

async function resolvePrincipals(sp: SPFI, groupIds: { [key: string]: number }): Promise<Principals> {
  const [owners, members, visitors, webAssignments] = await Promise.all([
    sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>(),
    sp.web.associatedMemberGroup.select('Id')<{ Id: number }>(),
    sp.web.associatedVisitorGroup.select('Id')<{ Id: number }>(),
    sp.web.roleAssignments.expand('Member').select('PrincipalId', 'Member/LoginName')<
      { PrincipalId: number; Member: { LoginName: string } }[]
    >()
  ]);
  // "Everyone except external users" is granted on the web of every intranet; reuse that
  // principal rather than guessing the tenant id in its claim.
  let everyone: number | undefined;
  for (const ra of webAssignments) {
    if (ra.Member && ra.Member.LoginName && ra.Member.LoginName.indexOf(EVERYONE_CLAIM_PREFIX) === 0) {
      everyone = ra.PrincipalId;
    }
  }
  const me = await sp.web.currentUser.select('Id')<{ Id: number }>();
  return { everyone, owners: owners.Id, members: members.Id, visitors: visitors.Id, groups: groupIds, me: me.Id };
}

function principalId(grant: ListGrant, p: Principals): number {
  switch (grant.principal) {
    case 'everyone':
      // Without the claim on the web, fall back to the visitors group (documented in docs/).
      return p.everyone !== undefined ? p.everyone : p.visitors;
    case 'owners':
      return p.owners;
    case 'members':
      return p.members;
    case 'visitors':
      return p.visitors;
    default:
      return p.groups[grant.principal];
  }
}

async function ensurePermissions(
  sp: SPFI,
  listId: string,
  def: ListDef,
  principals: Principals,
  runner: StepRunner
): Promise<void> {
  const list: IList = sp.web.lists.getById(listId);
  const info =
    listId === MISSING ? { HasUniqueRoleAssignments: false } : await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
  if (!info.HasUniqueRoleAssignments) {
    // Start from a clean slate: only the grants in the schema apply to our lists.
    await runner.run({ kind: 'permissions', target: def.title, detail: 'unique permissions' }, () => list.breakRoleInheritance(false, true));
  }
  const current =
    listId === MISSING || (runner.dryRun && !info.HasUniqueRoleAssignments)
      ? []
      : await list.roleAssignments
          .expand('RoleDefinitionBindings')
          .select('PrincipalId', 'RoleDefinitionBindings/RoleTypeKind')<
            { PrincipalId: number; RoleDefinitionBindings: { RoleTypeKind: number }[] }[]
          >();
  for (const grant of def.grants) {
    const id = principalId(grant, principals);
    const kind = ROLE_KIND[grant.role];
    const has = current.some((ra) => ra.PrincipalId === id && ra.RoleDefinitionBindings.some((b) => b.RoleTypeKind === kind));
    if (!has) {
      await runner.run({ kind: 'permissions', target: def.title, detail: `${grant.principal}: ${grant.role}` }, async () => {
        const roleDef = await sp.web.roleDefinitions.getByType(kind).select('Id')<{ Id: number }>();
        await list.roleAssignments.add(id, roleDef.Id);
      });
    }
  }
  await settleOtherAccess(list, listId === MISSING || !info.HasUniqueRoleAssignments, def, principals, runner);
}

/**
 * Only the schema's principals keep access. breakRoleInheritance(false) leaves the caller a
 * DIRECT Full Control assignment (SharePoint Online does; sharepoint-facts.md, "Corrections"),
 * which would let whoever ran the set-up read "Aanmeldingen besloten" after leaving the owners'
 * group: it is removed. Anyone else found with access is reported (findings), not removed.
 */
async function settleOtherAccess(list: IList, justBroken: boolean, def: ListDef, principals: Principals, runner: StepRunner): Promise<void> {
  const wanted = def.grants.map((grant) => principalId(grant, principals));
  if (wanted.indexOf(principals.me) >= 0) {
    return;
  }
  const assignments =
    runner.dryRun && justBroken
      ? [{ PrincipalId: principals.me, Member: { Title: '' } }]
      : await list.roleAssignments.expand('Member').select('PrincipalId', 'Member/Title')<{ PrincipalId: number; Member: { Title: string } }[]>();
  for (const assignment of assignments) {
    if (wanted.indexOf(assignment.PrincipalId) >= 0) {
      continue;
    }
    if (assignment.PrincipalId === principals.me) {
      await runner.run({ kind: 'permissions', target: def.title, detail: 'remove the direct access of whoever runs the set-up' }, () =>
        list.roleAssignments.getById(principals.me).delete()
      );
    } else {
      runner.findings.push({ kind: 'access', target: def.title, detail: assignment.Member ? assignment.Member.Title : String(assignment.PrincipalId) });
    }
  }
}
