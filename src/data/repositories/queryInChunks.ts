/**
 * Runs one query per chunk of distinct values (`Id eq 1 or Id eq 2 …`): short URLs and
 * answers far below the 5,000-item threshold, sent in parallel (one `$batch` when coalesced
 * or batched). The answers come back as one list, in chunk order.
 */
export async function queryInChunks<V, R>(values: ReadonlyArray<V>, size: number, query: (chunk: V[]) => Promise<R[]>): Promise<R[]> {
  const distinct = values.filter((v, i) => values.indexOf(v) === i);
  const queries: Promise<R[]>[] = [];
  for (let i = 0; i < distinct.length; i += size) {
    queries.push(query(distinct.slice(i, i + size)));
  }
  const results = await Promise.all(queries);
  const all: R[] = [];
  results.forEach((r) => all.push(...r));
  return all;
}
