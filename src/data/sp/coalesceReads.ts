import { TimelinePipe } from '@pnp/core';
import { Queryable } from '@pnp/queryable';
import { BatchRead, readBatchResponse, writeReadBatch } from './batchWire';

/**
 * A PnPjs behavior that sends the reads (GETs) of everything on the page that start within
 * a few milliseconds of each other as ONE $batch — across web parts, even though each web
 * part has its own bundle and its own PnPjs instance. An intranet home with news, theme and
 * activities thus costs one request for their first reads instead of one per web part.
 *
 * - The queue is page-wide (on globalThis), one per web URL and identity.
 * - Identical reads in one flush travel once.
 * - A lone read goes out as itself; no batch overhead.
 * - The $batch POST needs a form digest (SPFx's page context has one for its own site) or
 *   a bearer token; without either, reads go out one by one as before.
 * - A refused batch (e.g. an expired digest, 403) falls back to sending each read alone.
 * - 429/503/504 and network errors are retried like PnPjs does: Retry-After or 200 ms
 *   doubling, three attempts in all.
 */
export interface CoalesceReadsOptions {
  /** The web whose `_api` reads may be combined (absolute URL). */
  webUrl: string;
  /** Form digest for the $batch POST; undefined when none can be had for this web. */
  digest?: () => Promise<string | undefined> | string | undefined;
  /** How long the first read waits for others (ms). */
  windowMs?: number;
}

interface Pending {
  url: string;
  init: RequestInit;
  /** The bearer token or the form digest that lets this read travel in a $batch. */
  auth: string | undefined;
  digest: string | undefined;
  resolve: (response: Response) => void;
  reject: (error: unknown) => void;
}

interface Queue {
  pending: Pending[];
  timer: ReturnType<typeof setTimeout> | undefined;
}

const QUEUES_KEY = '__samenBeterReadQueues';
const RETRY_STATUS = [429, 503, 504];
const MAX_ATTEMPTS = 3;
/** SharePoint's default cap on requests per $batch. */
const MAX_PARTS = 20;

function queues(): { [key: string]: Queue } {
  const g = globalThis as unknown as { [QUEUES_KEY]?: { [key: string]: Queue } };
  if (!g[QUEUES_KEY]) {
    g[QUEUES_KEY] = {};
  }
  return g[QUEUES_KEY] as { [key: string]: Queue };
}

function headerOf(init: RequestInit, name: string): string | undefined {
  const headers = new Headers(init.headers);
  const value = headers.get(name);
  return value === null ? undefined : value;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** fetch with PnPjs's retry rules. */
export async function fetchWithRetry(url: string, init: RequestInit): Promise<Response> {
  let delay = 200;
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url, init);
      if (attempt >= MAX_ATTEMPTS || RETRY_STATUS.indexOf(response.status) < 0) {
        return response;
      }
      const retryAfter = Number(response.headers.get('Retry-After'));
      await wait(retryAfter > 0 ? retryAfter * 1000 : delay);
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS) {
        throw e;
      }
      await wait(delay);
    }
    delay *= 2;
  }
}

function toResponse(status: number, statusText: string, headers: { [name: string]: string }, body: string): Response {
  const empty = status === 204 || status === 205 || status === 304;
  return new Response(empty ? null : body, { status, statusText, headers });
}

async function sendAlone(item: Pending): Promise<void> {
  try {
    item.resolve(await fetchWithRetry(item.url, item.init));
  } catch (e) {
    item.reject(e);
  }
}

async function sendBatch(webUrl: string, items: Pending[], auth: string | undefined, digest: string | undefined): Promise<void> {
  // One part per distinct read; everyone who asked for it gets their own Response.
  const reads: BatchRead[] = [];
  const partOf: number[] = [];
  const keys: string[] = [];
  for (const item of items) {
    const accept = headerOf(item.init, 'Accept') || 'application/json';
    const key = `${accept}\n${item.url}`;
    let index = keys.indexOf(key);
    if (index < 0) {
      index = keys.length;
      keys.push(key);
      reads.push({ url: item.url, headers: { Accept: accept } });
    }
    partOf.push(index);
  }
  if (reads.length === 1) {
    // The same read asked several times: one request, a copy of the answer for each.
    try {
      const response = await fetchWithRetry(items[0].url, items[0].init);
      items.forEach((item, i) => item.resolve(i === items.length - 1 ? response : response.clone()));
    } catch (e) {
      items.forEach((item) => item.reject(e));
    }
    return;
  }
  const boundary = `batch_${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`;
  const headers: { [name: string]: string } = {
    Accept: 'application/json',
    'Content-Type': `multipart/mixed; boundary=${boundary}`
  };
  if (auth) {
    headers.Authorization = auth;
  } else if (digest) {
    headers['X-RequestDigest'] = digest;
  }
  const clientTag = headerOf(items[0].init, 'X-ClientService-ClientTag');
  if (clientTag) {
    headers['X-ClientService-ClientTag'] = clientTag;
  }
  let parts: ReturnType<typeof readBatchResponse>;
  try {
    const response = await fetchWithRetry(`${webUrl}/_api/$batch`, {
      method: 'POST',
      headers,
      body: writeReadBatch(boundary, reads),
      credentials: items[0].init.credentials || 'same-origin'
    });
    if (!response.ok) {
      throw new Error(`$batch ${response.status}`);
    }
    parts = readBatchResponse(await response.text());
    if (parts.length !== reads.length) {
      throw new Error(`$batch answered ${parts.length} parts for ${reads.length} reads`);
    }
  } catch {
    // The reads themselves may still work (a GET needs no digest): send them one by one.
    await Promise.all(items.map(sendAlone));
    return;
  }
  items.forEach((item, i) => {
    const part = parts[partOf[i]];
    item.resolve(toResponse(part.status, part.statusText, part.headers, part.body));
  });
}

function flush(webUrl: string, key: string): void {
  const queue = queues()[key];
  const items = queue.pending;
  queue.pending = [];
  queue.timer = undefined;
  for (let start = 0; start < items.length; start += MAX_PARTS) {
    const chunk = items.slice(start, start + MAX_PARTS);
    if (chunk.length === 1) {
      sendAlone(chunk[0]).catch(() => undefined);
    } else {
      sendBatch(webUrl, chunk, chunk[0].auth, chunk[0].digest).catch((e: unknown) => chunk.forEach((item) => item.reject(e)));
    }
  }
}

export function CoalesceReads(options: CoalesceReadsOptions): TimelinePipe<Queryable> {
  const webUrl = options.webUrl.replace(/\/+$/, '');
  const apiPrefix = `${webUrl}/_api/`.toLowerCase();
  const windowMs = options.windowMs === undefined ? 10 : options.windowMs;
  const digest = options.digest || ((): undefined => undefined);

  return (instance: Queryable) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> {
      const method = (init.method || 'GET').toUpperCase();
      const eligible =
        result === undefined && method === 'GET' && url.toLowerCase().indexOf(apiPrefix) === 0 && url.indexOf('$batch') < 0;
      if (!eligible) {
        return [url, init, result];
      }
      const auth = headerOf(init, 'Authorization');
      const formDigest = auth ? undefined : await digest();
      if (!auth && !formDigest) {
        return [url, init, result];
      }
      const key = `${webUrl.toLowerCase()}|${auth || ''}`;
      this.on.send.replace(async function (sendUrl: URL | string, sendInit: RequestInit): Promise<Response> {
        const target = sendUrl.toString();
        if ((sendInit.method || 'GET').toUpperCase() !== 'GET') {
          // This queryable is being reused for a write: not ours to combine.
          return fetchWithRetry(target, sendInit);
        }
        return new Promise<Response>((resolve, reject) => {
          const all = queues();
          const queue = all[key] || (all[key] = { pending: [], timer: undefined });
          queue.pending.push({ url: target, init: sendInit, auth, digest: formDigest, resolve, reject });
          if (!queue.timer) {
            queue.timer = setTimeout(() => flush(webUrl, key), windowMs);
          }
        });
      });
      return [url, init, result];
    });
    return instance;
  };
}
