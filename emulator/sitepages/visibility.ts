// Which version of a page (or any item of a versioned library) the caller gets to see.
// Rules and sources: versions.ts. The person who has a file checked out sees their working
// copy, everyone else the last checked-in version (SharePoint: "Check out, check in, or
// discard changes to files in a library"); PnPjs relies on it, reading the list item of a
// page it has just created and checked out (clientside-pages page.load → getItem).
import { hasPerm, Perm } from '../security/permissions';
import type { RequestContext } from '../routes/context';
import type { Row } from '../store/database';
import type { ListRecord } from '../store/lists';
import { CHECKOUT_USER, UI_VERSION } from './library';
import { seesDrafts, Versions } from './versions';

export function visibleVersion(ctx: RequestContext, list: ListRecord, id: number): Row | undefined {
  const mask = ctx.perms.listMask(ctx.user, list);
  if (!hasPerm(mask, Perm.ViewListItems)) return undefined;
  const versions = new Versions(ctx.store, list);
  if (versions.checkedOutTo(id) === ctx.user.id) return versions.workingCopy(id);
  if (!seesDrafts(list, mask)) return versions.majorVersion(id);
  const row = ctx.store.db.prepare(`SELECT * FROM "${list.table}" WHERE "Id" = ?`).get(id) as Row | undefined;
  return row && Number(row[UI_VERSION] ?? 0) > 0 ? row : undefined;
}

/**
 * What list-item queries run over for this caller: the last major versions for readers
 * without draft rights, else the checked-in versions (items never checked in only for the
 * person who has them checked out). Unverified and simplified: a query filters and shows the
 * checked-in values even to the checker (by id they get their working copy).
 */
export function itemSource(ctx: RequestContext, list: ListRecord): { list: ListRecord; condition?: { sql: string; params: number[] } } {
  const mask = ctx.perms.listMask(ctx.user, list);
  if (!seesDrafts(list, mask)) return { list: { ...list, table: `${list.table}_major` } };
  return { list, condition: { sql: `(t."${UI_VERSION}" > 0 OR t."${CHECKOUT_USER}" = ?)`, params: [ctx.user.id] } };
}
