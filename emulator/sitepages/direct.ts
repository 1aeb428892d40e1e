// Published pages straight into Site Pages, without HTTP (benchmarks with thousands of pages):
// each row becomes version 1.0, the same in the checked-in and the major-version table, as a
// page published through the page API would be.
import type { Store } from '../store';
import { ident, transaction, type SqlValue } from '../store/database';
import { FILE_LEAF_REF, sitePagesLibrary, UI_VERSION } from './library';

export function insertPublishedPages(store: Store, rows: Record<string, SqlValue>[], meta: { now: string; userId: number }): number[] {
  const list = sitePagesLibrary(store);
  if (!list) throw new Error('No Site Pages library');
  return transaction(store.db, () => {
    const ids = rows.map((row, i) =>
      store.items.insert(list, { [FILE_LEAF_REF]: `pagina-${Date.now().toString(36)}-${i}.aspx`, PromotedState: 0, ...row, [UI_VERSION]: 512 }, meta)
    );
    const copy = store.db.prepare(`INSERT INTO ${ident(`${list.table}_major`)} SELECT * FROM ${ident(list.table)} WHERE "Id" = ?`);
    for (const id of ids) copy.run(id);
    store.lists.touchItems(list, meta.now);
    return ids;
  });
}
