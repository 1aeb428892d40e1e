// Routes of the Site Pages service: `_api/sitepages/…`, page files under `web/getFileBy…`,
// and `lists/EnsureClientRenderedSitePagesLibrary` (PnPjs page.load/getItem). api.ts hands
// these paths over before its own resolver runs.
import { invalidExpression, itemMissing, listMissing, methodNotAllowed, resourceNotFound } from '../http/errors';
import type { ApiResponse, RequestContext } from '../routes/context';
import { isoSeconds } from '../routes/context';
import { getList } from '../routes/lists';
import { firstArg, namedArg, type Segment } from '../routes/path';
import { fileRequest, findPageFile } from './files';
import { sitePagesLibrary } from './library';
import { checkoutPage, createPage, discardPage, getPage, onPublished, promoteToNews, publishPage, savePage, schedulePublish, setScheduling } from './pages';
import { Versions } from './versions';

const PAGE_ACTIONS: Record<string, typeof savePage> = {
  checkoutpage: checkoutPage, savepage: savePage, publish: publishPage, schedulepublish: schedulePublish,
  promotetonews: promoteToNews, discardpage: discardPage
};

function library(ctx: RequestContext) {
  const list = sitePagesLibrary(ctx.store);
  if (!list || !ctx.perms.canSeeList(ctx.user, list)) throw listMissing('Site Pages', ctx.siteUrl);
  return list;
}

/** Scheduled pages whose time has come are published before anything reads them. */
export function publishDuePages(ctx: RequestContext): void {
  const list = sitePagesLibrary(ctx.store);
  if (!list) return;
  const nowIso = isoSeconds(ctx.now());
  // Published "at its time": the first publication date is the scheduled time.
  new Versions(ctx.store, list).publishDue(nowIso, (id, startIso) => onPublished(ctx, list, id, startIso));
}

/** Handles the request if it belongs to the Site Pages service; undefined otherwise. */
export function routeSitePages(ctx: RequestContext, segments: Segment[]): ApiResponse | undefined {
  const [first, second, third, fourth] = segments;
  const post = ctx.req.method === 'POST';
  if (first.lower === 'sitepages') {
    const list = library(ctx);
    if (second?.lower === 'pages' && !second.args?.length && !third) {
      if (!post) throw methodNotAllowed(ctx.req.method);
      return createPage(ctx, list);
    }
    if (second?.lower === 'pages' && second.args?.length) {
      const id = Number(firstArg(second));
      if (!Number.isInteger(id)) throw invalidExpression(second.name);
      if (!third) {
        if (ctx.req.method !== 'GET') throw methodNotAllowed(ctx.req.method);
        return getPage(ctx, list, id);
      }
      const action = PAGE_ACTIONS[third.lower];
      if (!action || fourth) throw resourceNotFound(third.name);
      if (!post) throw methodNotAllowed(ctx.req.method);
      if (ctx.store.items.get(list, id) === undefined) throw itemMissing();
      return action(ctx, list, id);
    }
    if (second?.lower === 'pagesinlib' && third?.lower === 'setscheduling') {
      if (String(firstArg(second)).toLowerCase() !== list.id) throw listMissing(String(firstArg(second)), ctx.siteUrl);
      if (!post) throw methodNotAllowed(ctx.req.method);
      return setScheduling(ctx, list, firstArg(third) === true);
    }
    throw resourceNotFound(second?.name ?? first.name);
  }
  const listsAt = first.lower === 'lists' ? 1 : first.lower === 'web' && second?.lower === 'lists' ? 2 : -1;
  if (listsAt > 0 && segments[listsAt]?.lower === 'ensureclientrenderedsitepageslibrary' && segments.length === listsAt + 1) {
    if (!post) throw methodNotAllowed(ctx.req.method);
    return getList(ctx, library(ctx));
  }
  if (first.lower === 'web' && (second?.lower === 'getfilebyserverrelativepath' || second?.lower === 'getfilebyserverrelativeurl')) {
    const url = String(namedArg(second, 'decodedurl') ?? firstArg(second) ?? '');
    const action = third?.lower ?? '';
    return fileRequest(ctx, findPageFile(ctx, url), action, { checkinType: third ? namedArg(third, 'checkintype') ?? third.args?.[1]?.value : undefined });
  }
  return undefined;
}
