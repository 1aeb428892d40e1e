import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { ListKey } from '../schema/schemaTypes';
import { listDef } from '../schema/lists';

/** SharePoint's default cap on requests per $batch (PnPjs does not split for us). */
const BATCH_SIZE = 20;

/**
 * Adds items to one of our lists in $batch requests of 20: default content at set-up
 * time (national days) and the local demo seed. Field names are the schema's.
 * Returns the new item ids in input order.
 */
export async function addItems(sp: SPFI, key: ListKey, bodies: ReadonlyArray<Record<string, unknown>>): Promise<number[]> {
  const title = listDef(key).title;
  const ids: number[] = [];
  for (let start = 0; start < bodies.length; start += BATCH_SIZE) {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle(title);
    const pending = bodies.slice(start, start + BATCH_SIZE).map((body) => list.items.add(body));
    pending.forEach((p) => p.catch(() => undefined));
    await execute();
    for (const p of pending) {
      const added = (await p) as { Id: number };
      ids.push(added.Id);
    }
  }
  return ids;
}
