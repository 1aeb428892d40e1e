import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { toDataError } from '../errors/toDataError';

/**
 * Runs `work` against a batched PnPjs instance and sends everything it queued as ONE
 * $batch request. Each view of the product loads through one or two of these.
 */
export async function inBatch<T>(sp: SPFI, work: (batched: SPFI) => Promise<T>, maxRequests?: number): Promise<T> {
  // PnPjs splits a batch into requests of 20 unless told otherwise (SharePoint Online takes 100).
  const [batched, execute] = maxRequests ? sp.batched({ maxRequests }) : sp.batched();
  const result = work(batched);
  // Swallowed here, rethrown by `await result` below: no unhandled rejection in between.
  result.catch(() => undefined);
  try {
    await execute();
  } catch (e) {
    throw toDataError(e);
  }
  return result;
}
