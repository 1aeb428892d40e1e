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

// Provisions the schema through PnPjs with the caller's own rights. Every step first
// reads what exists and only writes what is missing, so a second run writes nothing
// and a run that failed halfway simply continues where it stopped.

export interface ProvisionStep {
  /** e.g. 'list', 'field', 'index', 'group', 'permissions', 'security' */
  kind: string;
  target: string;
  detail: string;
}

export interface ProvisionResult {
  steps: ProvisionStep[];
}

// SharePoint's RoleTypeKind: Reader 2, Contributor 3, Administrator (Full Control) 5, Editor 6.
const ROLE_KIND: { [role in Role]: 2 | 3 | 5 | 6 } = {
  Read: 2,
  Contribute: 3,
  Edit: 6,
  FullControl: 5
};

/** The claim SharePoint Online uses for "Everyone except external users". */
const EVERYONE_CLAIM_PREFIX = 'c:0-.f|rolemanager|spo-grid-all-users';

interface ExistingList {
  Id: string;
  HasUniqueRoleAssignments: boolean;
  ReadSecurity: number;
  WriteSecurity: number;
}

export async function provisionSchema(sp: SPFI, schema: SchemaDef): Promise<ProvisionResult> {
  const steps: ProvisionStep[] = [];
  const groupIds = await ensureGroups(sp, schema, steps);
  const listIds: { [key: string]: string } = {};
  for (const def of schema.lists) {
    listIds[def.key] = await ensureList(sp, def, steps);
  }
  for (const def of schema.lists) {
    await ensureFields(sp.web.lists.getById(listIds[def.key]), def, listIds, steps);
  }
  const principals = await resolvePrincipals(sp, groupIds);
  for (const def of schema.lists) {
    await ensurePermissions(sp, sp.web.lists.getById(listIds[def.key]), def, principals, steps);
  }
  return { steps };
}

async function ensureGroups(sp: SPFI, schema: SchemaDef, steps: ProvisionStep[]): Promise<{ [key: string]: number }> {
  const ids: { [key: string]: number } = {};
  for (const group of schema.groups) {
    try {
      const existing = await sp.web.siteGroups.getByName(group.title).select('Id')();
      ids[group.key] = existing.Id;
    } catch (e) {
      if (!isHttpStatus(e, 404)) {
        throw e;
      }
      const created = await sp.web.siteGroups.add({ Title: group.title, Description: group.description });
      ids[group.key] = created.Id;
      steps.push({ kind: 'group', target: group.title, detail: 'created' });
    }
  }
  return ids;
}

async function ensureList(sp: SPFI, def: ListDef, steps: ProvisionStep[]): Promise<string> {
  let info: ExistingList;
  try {
    info = await sp.web.lists
      .getByTitle(def.title)
      .select('Id', 'HasUniqueRoleAssignments', 'ReadSecurity', 'WriteSecurity')<ExistingList>();
  } catch (e) {
    if (!isHttpStatus(e, 404)) {
      throw e;
    }
    const created = await sp.web.lists.add(def.title, def.description, 100, false);
    steps.push({ kind: 'list', target: def.title, detail: 'created' });
    info = { Id: created.Id, HasUniqueRoleAssignments: false, ReadSecurity: 1, WriteSecurity: 1 };
  }
  if (info.ReadSecurity !== def.readSecurity || info.WriteSecurity !== def.writeSecurity) {
    await sp.web.lists.getById(info.Id).update({ ReadSecurity: def.readSecurity, WriteSecurity: def.writeSecurity });
    steps.push({
      kind: 'security',
      target: def.title,
      detail: `ReadSecurity ${def.readSecurity}, WriteSecurity ${def.writeSecurity}`
    });
  }
  return info.Id;
}

interface ExistingField {
  InternalName: string;
  Title: string;
  Description: string;
  Indexed: boolean;
}

async function ensureFields(
  list: IList,
  def: ListDef,
  listIds: { [key: string]: string },
  steps: ProvisionStep[]
): Promise<void> {
  const existing = await list.fields.select('InternalName', 'Title', 'Description', 'Indexed')<ExistingField[]>();
  const byName: { [name: string]: ExistingField } = {};
  existing.forEach((f) => (byName[f.InternalName] = f));

  const title = byName.Title;
  if (title && title.Title !== def.titleFieldTitle) {
    await list.fields.getByInternalNameOrTitle('Title').update({ Title: def.titleFieldTitle }, 'SP.FieldText');
    steps.push({ kind: 'field', target: `${def.title}/Title`, detail: `title '${def.titleFieldTitle}'` });
  }

  for (const field of def.fields) {
    let current = byName[field.name];
    if (!current) {
      await createField(list.fields, field, field.lookupList ? listIds[field.lookupList] : undefined);
      steps.push({ kind: 'field', target: `${def.title}/${field.name}`, detail: `created (${field.kind})` });
      current = { InternalName: field.name, Title: field.name, Description: '', Indexed: false };
    }
    const changes: { Title?: string; Description?: string; Indexed?: boolean } = {};
    if (current.Title !== field.title) {
      changes.Title = field.title;
    }
    if ((current.Description || '') !== field.description) {
      changes.Description = field.description;
    }
    if (!!field.indexed && !current.Indexed) {
      changes.Indexed = true;
    }
    if (Object.keys(changes).length > 0) {
      await list.fields.getByInternalNameOrTitle(field.name).update(changes, 'SP.Field');
      if (changes.Indexed) {
        steps.push({ kind: 'index', target: `${def.title}/${field.name}`, detail: 'indexed' });
      }
    }
  }
}

interface Principals {
  everyone: number | undefined;
  owners: number;
  members: number;
  visitors: number;
  groups: { [key: string]: number };
}

async function resolvePrincipals(sp: SPFI, groupIds: { [key: string]: number }): Promise<Principals> {
  const [owners, members, visitors, webAssignments] = await Promise.all([
    sp.web.associatedOwnerGroup.select('Id')(),
    sp.web.associatedMemberGroup.select('Id')(),
    sp.web.associatedVisitorGroup.select('Id')(),
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
  return { everyone, owners: owners.Id, members: members.Id, visitors: visitors.Id, groups: groupIds };
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
  list: IList,
  def: ListDef,
  principals: Principals,
  steps: ProvisionStep[]
): Promise<void> {
  const info = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
  if (!info.HasUniqueRoleAssignments) {
    // Start from a clean slate: only the grants in the schema apply to our lists.
    await list.breakRoleInheritance(false, true);
    steps.push({ kind: 'permissions', target: def.title, detail: 'unique permissions' });
  }
  const current = await list.roleAssignments
    .expand('RoleDefinitionBindings')
    .select('PrincipalId', 'RoleDefinitionBindings/RoleTypeKind')<
      { PrincipalId: number; RoleDefinitionBindings: { RoleTypeKind: number }[] }[]
    >();
  for (const grant of def.grants) {
    const id = principalId(grant, principals);
    const kind = ROLE_KIND[grant.role];
    const has = current.some(
      (ra) => ra.PrincipalId === id && ra.RoleDefinitionBindings.some((b) => b.RoleTypeKind === kind)
    );
    if (!has) {
      const roleDef = await sp.web.roleDefinitions.getByType(kind).select('Id')();
      await list.roleAssignments.add(id, roleDef.Id);
      steps.push({ kind: 'permissions', target: def.title, detail: `${grant.principal}: ${grant.role}` });
    }
  }
}
