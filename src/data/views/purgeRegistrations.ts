import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { odataDateTime } from '../../core/odata/escape';
import { listDef } from '../schema/lists';
import { toDataError } from '../errors/toDataError';
import { inBatch } from './inBatch';

/** SharePoint's default cap on requests per $batch. */
const DELETES_PER_BATCH = 20;
/** Rows read per round: well under the 5,000-item threshold. */
const PAGE = 500;

export interface PurgeResult {
  /** Registrations that were (or, in a dry run, would be) deleted, per list. */
  deleted: { registrations: number; privateRegistrations: number };
}

/**
 * Retention: deletes sign-ups whose last session started before `before` (indexed
 * SbUntil, so this stays under the list view threshold at any size), in both the public
 * and the private list. Only site owners may delete others' items; SharePoint enforces
 * that (WriteSecurity 2), so for anyone else this fails with accessDenied.
 * A sign-up without SbUntil (written before schema version 2) is left alone.
 */
export async function purgeRegistrations(sp: SPFI, before: Date, options: { dryRun?: boolean } = {}): Promise<PurgeResult> {
  const deleted = { registrations: 0, privateRegistrations: 0 };
  for (const key of ['registrations', 'privateRegistrations'] as const) {
    const items = sp.web.lists.getByTitle(listDef(key).title).items;
    try {
      // Keyset paging on Id: a dry run walks past what it counted, a real run deletes each
      // page, so the next round starts after the last id either way.
      let lastId = 0;
      for (;;) {
        const page = await items
          .select('Id')
          .filter(`SbUntil lt ${odataDateTime(before)} and Id gt ${lastId}`)
          .orderBy('Id', true)
          .top(PAGE)<{ Id: number }[]>();
        if (page.length === 0) {
          break;
        }
        lastId = page[page.length - 1].Id;
        deleted[key] += page.length;
        if (options.dryRun) {
          continue;
        }
        for (let i = 0; i < page.length; i += DELETES_PER_BATCH) {
          const chunk = page.slice(i, i + DELETES_PER_BATCH);
          await inBatch(sp, (b) => {
            const list = b.web.lists.getByTitle(listDef(key).title).items;
            return Promise.all(chunk.map((row) => list.getById(row.Id).delete()));
          });
        }
      }
    } catch (e) {
      throw toDataError(e, { listTitle: listDef(key).title });
    }
  }
  return { deleted };
}
