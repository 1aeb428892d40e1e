import { IItems } from '@pnp/sp/items';
import { isDataError } from '../../core/errors';
import { NoMetadata } from '../sp/behaviors';
import { toDataError } from '../errors/toDataError';

/** Rows per request on the usual path: a slot's capacity and waiting list fit in one. */
export const ROWS_PER_PAGE = 2000;
/** SharePoint's list view threshold: the most rows an Id window can hold. */
export const ID_WINDOW = 5000;

/** One GET of items: `filter`, ordered by Id ascending, at most `top` rows. */
export type ItemsQuery<T> = (filter: string, top: number) => Promise<T[]>;

export interface ReadAllResult<T> {
  rows: T[];
  /** Requests this read needed (1 in the usual case). */
  requests: number;
  /** True when the filter matched too much for the threshold and Id windows were walked. */
  windowed: boolean;
}

/**
 * Every row `filter` matches, however many, in Id order. No silent cap:
 * 1. keyset pages of ROWS_PER_PAGE (`(filter) and Id gt <last>`) until a page is short. The
 *    caller's filter starts on an indexed column (SbSlot, SbPerson, …), which keeps each page
 *    under the list view threshold while that column narrows the list to ≤ 5,000 rows;
 * 2. when it does not (one slot flooded past 5,000 rows) SharePoint refuses with the threshold
 *    error; then the list is walked in Id windows (`Id ge a and Id lt a+5000 and (filter)`):
 *    a range on the always-indexed Id never spans more than 5,000 items. `maxId` tells where
 *    the list ends (one extra read).
 */
export async function readAllById<T extends { Id: number }>(
  query: { first: ItemsQuery<T>; more: ItemsQuery<T> },
  filter: string,
  maxId: () => Promise<number>
): Promise<ReadAllResult<T>> {
  try {
    return await readByKeyset(query, filter);
  } catch (e) {
    if (!isDataError(e) || e.kind !== 'threshold') {
      throw e;
    }
  }
  return readByIdWindows(query.more, filter, await maxId());
}

/**
 * `first` may belong to a `$batch` that is sent once (it is called at once, synchronously);
 * every request after it goes through `more`, an instance that is not batched.
 */
async function readByKeyset<T extends { Id: number }>(query: { first: ItemsQuery<T>; more: ItemsQuery<T> }, filter: string): Promise<ReadAllResult<T>> {
  const rows: T[] = [];
  let requests = 0;
  let after = 0;
  for (;;) {
    const page = await (after === 0 ? run(query.first, filter, ROWS_PER_PAGE) : run(query.more, `(${filter}) and Id gt ${after}`, ROWS_PER_PAGE));
    requests++;
    rows.push(...page);
    if (page.length < ROWS_PER_PAGE) {
      return { rows, requests, windowed: false };
    }
    after = page[page.length - 1].Id;
  }
}

/**
 * The filters that walk a list up to `maxId` in Id windows of 5,000, each narrowed by `filter`.
 * The Id range comes first: it is what keeps every window under the threshold.
 */
export function idWindowFilters(maxId: number, filter: string): string[] {
  const filters: string[] = [];
  for (let from = 1; from <= maxId; from += ID_WINDOW) {
    filters.push(`Id ge ${from} and Id lt ${from + ID_WINDOW} and (${filter})`);
  }
  return filters;
}

/** The highest Id in a list (where Id windows end); 0 for an empty list. Sorting on Id works at any size. */
export async function highestId(items: IItems): Promise<number> {
  const top = await items.using(NoMetadata()).select('Id').orderBy('Id', false).top(1)<Array<{ Id: number }>>();
  return top.length > 0 ? top[0].Id : 0;
}

async function readByIdWindows<T extends { Id: number }>(query: ItemsQuery<T>, filter: string, maxId: number): Promise<ReadAllResult<T>> {
  const windows = idWindowFilters(maxId, filter).map((f) => run(query, f, ID_WINDOW));
  const pages = await Promise.all(windows);
  const rows: T[] = [];
  pages.forEach((page) => rows.push(...page));
  return { rows, requests: windows.length + 1, windowed: true };
}

async function run<T>(query: ItemsQuery<T>, filter: string, top: number): Promise<T[]> {
  try {
    return await query(filter, top);
  } catch (e) {
    throw toDataError(e);
  }
}
