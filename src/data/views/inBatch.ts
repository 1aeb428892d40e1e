import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { toDataError } from '../errors/toDataError';

/**
 * Runs `work` against a batched PnPjs instance and sends everything it queued as ONE
 * $batch request. Each view of the product loads through one or two of these.
 */
export async function inBatch<T>(sp: SPFI, work: (batched: SPFI) => Promise<T>): Promise<T> {
  const [batched, execute] = sp.batched();
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
