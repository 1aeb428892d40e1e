// Effective permissions: the union of the base permissions granted to the user directly, to
// the SharePoint groups they belong to and to the "Everyone except external users" claim, in
// the scope that applies (the list's own when it has unique role assignments, else the web's).
// Site collection administrators have everything.
import { accessDenied } from '../http/errors';
import type { Store } from '../store';
import type { ItemRow } from '../store/items';
import type { ListRecord } from '../store/lists';
import type { Principal } from '../store/principals';
import { WEB_SCOPE } from '../store/roles';

/** PermissionKind values (1-based bit positions): pnp/pnpjs packages/sp/security/types.ts, PermissionKind (Learn). */
export const Perm = {
  ViewListItems: 1, AddListItems: 2, EditListItems: 3, DeleteListItems: 4, ApproveItems: 5, ManageLists: 12,
  Open: 17, ViewPages: 18, CreateGroups: 25, ManagePermissions: 26, BrowseUserInfo: 28, ManageWeb: 31,
  EnumeratePermissions: 63
} as const;

export const FULL_MASK = (2147483647n << 32n) | 4294967295n;

export function hasPerm(mask: bigint, perm: number): boolean {
  return ((mask >> BigInt(perm - 1)) & 1n) === 1n;
}

/** `{High, Low}` as SharePoint's EffectiveBasePermissions returns them (strings of decimals; learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference). */
export function maskToBasePermissions(mask: bigint): { High: string; Low: string } {
  return { High: String(mask >> 32n), Low: String(mask & 0xffffffffn) };
}

export class Permissions {
  constructor(private readonly store: Store) {}

  /**
   * The principals whose grants apply to `user`: the user, their SharePoint groups, the tenant
   * groups they are in (Entra ID security groups, Microsoft 365 groups) and the SharePoint groups
   * those are members of, and "Everyone except external users". Source: SharePoint grants
   * permissions to an Entra or Microsoft 365 group as one principal (Learn, "Sharing and
   * permissions in the SharePoint modern experience"); `currentUser/groups` still lists only
   * direct SharePoint-group memberships (sharepoint-facts.md).
   */
  principalIds(user: Principal): number[] {
    const ids = [user.id, ...this.store.principals.groupsOf(user.id).map((g) => g.id)];
    for (const tenantGroup of this.tenantGroups(user)) {
      ids.push(tenantGroup.id, ...this.store.principals.groupsOf(tenantGroup.id).map((g) => g.id));
    }
    if (user.principalType === 1) ids.push(this.store.ids.everyoneId);
    return ids;
  }

  /** Site collection administrator directly or through a tenant group (Microsoft 365 group owners of a group-connected site). */
  isAdmin(user: Principal): boolean {
    return user.isSiteAdmin || this.tenantGroups(user).some((g) => g.isSiteAdmin);
  }

  private tenantGroups(user: Principal): Principal[] {
    return user.principalType === 1 && user.email ? this.store.principals.directoryGroupsOf(user.email) : [];
  }

  webMask(user: Principal): bigint {
    if (this.isAdmin(user)) return FULL_MASK;
    return this.store.roles.grantedMask(WEB_SCOPE, this.principalIds(user));
  }

  listMask(user: Principal, list: ListRecord): bigint {
    if (this.isAdmin(user)) return FULL_MASK;
    return this.store.roles.grantedMask(list.hasUniqueRoleAssignments ? list.id : WEB_SCOPE, this.principalIds(user));
  }

  requireWeb(user: Principal, perm: number): void {
    if (!hasPerm(this.webMask(user), perm)) throw accessDenied();
  }

  requireList(user: Principal, list: ListRecord, perm: number): void {
    if (!hasPerm(this.listMask(user, list), perm)) throw accessDenied();
  }

  /** A list is visible (in web/lists and by title) to whoever may view its items (unverified). */
  canSeeList(user: Principal, list: ListRecord): boolean {
    return hasPerm(this.listMask(user, list), Perm.ViewListItems);
  }

  /** ReadSecurity 2: without ManageLists a user sees only the items they created. Facts file ("plus list
   * administrators"); that ManageLists is the exempting permission is unverified. */
  seesOnlyOwnItems(user: Principal, list: ListRecord, mask = this.listMask(user, list)): boolean {
    return list.readSecurity === 2 && !hasPerm(mask, Perm.ManageLists);
  }

  canSeeItem(user: Principal, list: ListRecord, item: ItemRow, mask = this.listMask(user, list)): boolean {
    if (!hasPerm(mask, Perm.ViewListItems)) return false;
    return !this.seesOnlyOwnItems(user, list, mask) || item.Author === user.id;
  }

  /**
   * WriteSecurity 2: edit/delete only own items; 4: nobody but ManageLists holders writes.
   * `item` is undefined for an add.
   */
  requireItemWrite(user: Principal, list: ListRecord, perm: number, item?: ItemRow, mask = this.listMask(user, list)): void {
    if (!hasPerm(mask, perm)) throw accessDenied();
    if (hasPerm(mask, Perm.ManageLists)) return;
    if (list.writeSecurity === 4) throw accessDenied();
    if (list.writeSecurity === 2 && item && item.Author !== user.id) throw accessDenied();
  }

  /** Full Control (ManagePermissions on the web), the group's owner, or a member when members may edit membership.
   * SPGroup.Owner / AllowMembersEditMembership (Learn); ManagePermissions as the override: unverified. */
  canManageGroup(user: Principal, group: Principal): boolean {
    if (hasPerm(this.webMask(user), Perm.ManagePermissions)) return true;
    if (group.ownerId !== null) {
      if (group.ownerId === user.id) return true;
      if (this.store.principals.isMember(group.ownerId, user.id)) return true;
    }
    return group.allowMembersEditMembership && this.store.principals.isMember(group.id, user.id);
  }
}
