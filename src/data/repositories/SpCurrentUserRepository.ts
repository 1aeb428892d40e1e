import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { ICurrentUserRepository, ViewerRoles } from '../contracts/ICurrentUserRepository';
import { GROUPS } from '../schema/lists';
import { toDataError } from '../errors/toDataError';
import { CacheableRead } from '../sp/cacheReads';

function groupTitle(key: 'ambassadors' | 'communications'): string {
  return GROUPS.filter((g) => g.key === key)[0].title;
}

export class SpCurrentUserRepository implements ICurrentUserRepository {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  /**
   * Three parallel reads (one $batch through the read coalescing or a view's batch). Group
   * membership changes rarely: they may come from the five-minute read cache.
   */
  public async getRoles(): Promise<ViewerRoles> {
    try {
      const [user, groups, ownerGroup] = await Promise.all([
        this.sp.web.currentUser.using(CacheableRead()).select('Id', 'Email', 'IsSiteAdmin')<{ Id: number; Email: string; IsSiteAdmin: boolean }>(),
        this.sp.web.currentUser.groups.using(CacheableRead()).select('Id', 'Title')<{ Id: number; Title: string }[]>(),
        this.sp.web.associatedOwnerGroup.using(CacheableRead()).select('Id')<{ Id: number }>()
      ]);
      const titles = groups.map((g) => g.Title);
      const isOwner = user.IsSiteAdmin || groups.some((g) => g.Id === ownerGroup.Id);
      return {
        userId: user.Id,
        email: user.Email,
        isOwner,
        isAmbassador: titles.indexOf(groupTitle('ambassadors')) >= 0,
        isCommunications: titles.indexOf(groupTitle('communications')) >= 0
      };
    } catch (e) {
      throw toDataError(e);
    }
  }
}
