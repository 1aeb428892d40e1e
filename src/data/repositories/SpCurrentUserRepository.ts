import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { IBasePermissions, PermissionKind } from '@pnp/sp/security';
import { ICurrentUserRepository, ViewerRoles } from '../contracts/ICurrentUserRepository';
import { listTitle } from '../schema/listTitles';
import { isHttpStatus } from '../errors/httpStatus';
import { toDataError } from '../errors/toDataError';
import { CacheableRead } from '../sp/cacheReads';

export class SpCurrentUserRepository implements ICurrentUserRepository {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  /**
   * Roles from what SharePoint itself lets this person do, so membership through an Entra ID
   * security group or a Microsoft 365 group counts (`currentUser/groups` lists only direct
   * SharePoint-group memberships; sharepoint-facts.md):
   * - owner: ManageWeb on the web (Full Control; site collection admins have everything);
   * - ambassador: AddListItems on "SamenBeter Activiteiten";
   * - Communications: AddListItems on "SamenBeter Weekthemas".
   * Four parallel reads (one $batch through the read coalescing or a view's batch), cacheable
   * for five minutes. A list that does not exist yet (a site not set up) grants nothing.
   */
  public async getRoles(): Promise<ViewerRoles> {
    const listPermissions = (key: 'activities' | 'weeklyThemes'): Promise<IBasePermissions | undefined> =>
      this.sp.web.lists
        .getByTitle(listTitle(key))
        .using(CacheableRead())
        .getCurrentUserEffectivePermissions()
        .catch((e: unknown) => {
          if (isHttpStatus(e, 404)) {
            return undefined;
          }
          throw e;
        });
    try {
      const [user, web, activities, themes] = await Promise.all([
        this.sp.web.currentUser.using(CacheableRead()).select('Id', 'Email', 'IsSiteAdmin')<{ Id: number; Email: string; IsSiteAdmin: boolean }>(),
        this.sp.web.using(CacheableRead()).getCurrentUserEffectivePermissions(),
        listPermissions('activities'),
        listPermissions('weeklyThemes')
      ]);
      // PnPjs's own mask test (the bits of SharePoint's {High, Low}).
      const has = (value: IBasePermissions | undefined, kind: PermissionKind): boolean => !!value && this.sp.web.hasPermissions(value, kind);
      return {
        userId: user.Id,
        email: user.Email,
        isOwner: user.IsSiteAdmin || has(web, PermissionKind.ManageWeb),
        isAmbassador: has(activities, PermissionKind.AddListItems),
        isCommunications: has(themes, PermissionKind.AddListItems)
      };
    } catch (e) {
      throw toDataError(e);
    }
  }
}
