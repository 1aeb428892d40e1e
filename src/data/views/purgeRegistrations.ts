import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { odataDateTime } from '../../core/odata/escape';
import { listTitle } from '../schema/listTitles';
import { toDataError } from '../errors/toDataError';
import { inBatch } from './inBatch';
import { NoMetadata } from '../sp/behaviors';
import { highestId, ID_WINDOW, idWindowFilters } from '../repositories/readAllById';

/** SharePoint Online accepts up to 100 operations per $batch (sharepoint-facts.md). */
const DELETES_PER_BATCH = 100;

export interface PurgeResult {
  /** Registrations that were (or, in a dry run, would be) deleted, per list. */
  deleted: { registrations: number; privateRegistrations: number };
  /** HTTP requests the purge made (reads and $batch deletes). */
  requests: number;
}

/**
 * Retention: deletes sign-ups whose last session started before `before`, in both the public
 * and the private list. Only site owners may delete others' items; SharePoint enforces that
 * (WriteSecurity 2), so for anyone else this fails with accessDenied.
 * A sign-up without SbUntil (written before schema version 2) is left alone.
 *
 * Threshold: `SbUntil lt …` alone can match more than 5,000 items (exactly when a lot of old
 * data has to go), so the list is walked in Id windows of 5,000 up to its highest Id; each
 * read is `Id ge a and Id lt a+5000 and SbUntil lt …`, a range on Id first.
 */
export async function purgeRegistrations(sp: SPFI, before: Date, options: { dryRun?: boolean } = {}): Promise<PurgeResult> {
  const deleted = { registrations: 0, privateRegistrations: 0 };
  let requests = 0;
  for (const key of ['registrations', 'privateRegistrations'] as const) {
    const title = listTitle(key);
    const items = sp.web.lists.getByTitle(title).items;
    try {
      const maxId = await highestId(items);
      requests++;
      for (const filter of idWindowFilters(maxId, `SbUntil lt ${odataDateTime(before)}`)) {
        const old = await items.using(NoMetadata()).select('Id').filter(filter).top(ID_WINDOW)<{ Id: number }[]>();
        requests++;
        deleted[key] += old.length;
        if (options.dryRun) {
          continue;
        }
        for (let i = 0; i < old.length; i += DELETES_PER_BATCH) {
          const chunk = old.slice(i, i + DELETES_PER_BATCH);
          await inBatch(sp, (b) => {
            const list = b.web.lists.getByTitle(title).items;
            return Promise.all(chunk.map((row) => list.getById(row.Id).delete()));
          }, DELETES_PER_BATCH);
          requests++;
        }
      }
    } catch (e) {
      throw toDataError(e, { listTitle: title });
    }
  }
  return { deleted, requests };
}
