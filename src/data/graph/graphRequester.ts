import { DataError } from '../../core/errors';

// Microsoft Graph for the data layer: one small calling contract with two implementations —
// SPFx's MSGraphClientV3 (SharePoint and Teams; the tenant admin approves the permissions) and
// plain fetch (the local preview and tests, against emulator/graph). Only src/data talks to
// Graph; the UI sees DataErrors.

export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface GraphRequester {
  /** One Graph v1.0 call; `path` like '/me/events'. Resolves with the parsed JSON (undefined for 204). */
  call<T>(method: GraphMethod, path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
}

/** A Graph answer that is not a success, with what callers decide on. */
export class GraphCallError extends Error {
  public readonly status: number;
  public readonly code: string;
  public readonly retryAfterSeconds: number | undefined;

  public constructor(status: number, code: string, message: string, retryAfterSeconds?: number) {
    super(`${status} ${code}: ${message}`);
    Object.setPrototypeOf(this, GraphCallError.prototype);
    this.name = 'GraphCallError';
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Graph's error body: {"error":{"code","message"}} (Graph docs, "Microsoft Graph error responses"). */
export function graphErrorOf(status: number, body: unknown, retryAfter?: string | null): GraphCallError {
  const error = body && typeof body === 'object' ? (body as { error?: { code?: unknown; message?: unknown } }).error : undefined;
  const seconds = retryAfter !== undefined && retryAfter !== null && retryAfter !== '' ? Number(retryAfter) : undefined;
  return new GraphCallError(
    status,
    error && typeof error.code === 'string' ? error.code : 'unknown',
    error && typeof error.message === 'string' ? error.message : '',
    seconds !== undefined && isFinite(seconds) ? seconds : undefined
  );
}

/**
 * Graph failures as the product's DataErrors: 401/403 = no rights (typically the admin has not
 * approved the API access yet: the product falls back to in-app messages), 429/503 = throttled.
 */
export function toGraphDataError(e: unknown): DataError {
  if (e instanceof DataError) {
    return e;
  }
  if (e instanceof GraphCallError) {
    const kind =
      e.status === 401 || e.status === 403
        ? 'accessDenied'
        : e.status === 404
          ? 'notFound'
          : e.status === 409 || e.status === 412
            ? 'conflict'
            : e.status === 429 || e.status === 503
              ? 'throttled'
              : e.status === 400
                ? 'invalid'
                : 'unknown';
    return new DataError(kind, `Graph ${e.message}`, e.status);
  }
  return new DataError(e instanceof TypeError ? 'network' : 'unknown', String((e as Error)?.message || e));
}

/**
 * Graph over fetch: `baseUrl` is Graph's root ('https://graph.microsoft.com' or the emulator's
 * origin), `headers` adds the identity (a bearer token, or the preview's persona cookie).
 */
export function fetchGraphRequester(baseUrl: string, headers: () => Record<string, string> = () => ({})): GraphRequester {
  const root = baseUrl.replace(/\/+$/, '');
  return {
    call: async <T>(method: GraphMethod, path: string, body?: unknown, extra?: Record<string, string>): Promise<T> => {
      const answer = await fetch(`${root}/v1.0${path}`, {
        method,
        credentials: 'same-origin',
        headers: { Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers(), ...(extra || {}) },
        body: body !== undefined ? JSON.stringify(body) : undefined
      });
      const text = await answer.text();
      const json: unknown = text ? JSON.parse(text) : undefined;
      if (!answer.ok) {
        throw graphErrorOf(answer.status, json, answer.headers.get('Retry-After'));
      }
      return json as T;
    }
  };
}

/** What the product uses of SPFx's MSGraphClientV3 (structural, so no SPFx import is needed here). */
export interface MSGraphClientLike {
  api(path: string): {
    version(v: string): MSGraphRequestLike;
  };
}

interface MSGraphRequestLike {
  header(name: string, value: string): MSGraphRequestLike;
  get(): Promise<unknown>;
  post(body: unknown): Promise<unknown>;
  patch(body: unknown): Promise<unknown>;
  delete(): Promise<unknown>;
}

/** Graph through SPFx's MSGraphClientV3 (context.msGraphClientFactory.getClient('3')). */
export function msGraphRequester(client: MSGraphClientLike): GraphRequester {
  return {
    call: async <T>(method: GraphMethod, path: string, body?: unknown, headers?: Record<string, string>): Promise<T> => {
      let request = client.api(path).version('v1.0');
      Object.keys(headers || {}).forEach((name) => (request = request.header(name, (headers as Record<string, string>)[name])));
      try {
        const result =
          method === 'GET' ? await request.get() : method === 'POST' ? await request.post(body) : method === 'PATCH' ? await request.patch(body) : await request.delete();
        return result as T;
      } catch (e) {
        // The Graph JS client's GraphError carries statusCode, code, message and headers.
        const err = e as { statusCode?: number; code?: string; message?: string; headers?: { get?(name: string): string | null } };
        if (typeof err.statusCode === 'number' && err.statusCode > 0) {
          throw new GraphCallError(err.statusCode, err.code || 'unknown', err.message || '', retryAfterOf(err.headers));
        }
        // No token for an unapproved permission: Entra ID's AADSTS65001 ("The user or
        // administrator has not consented…") arrives as a token error, not as a Graph answer.
        if (/AADSTS65001|consent/i.test(String(err.message || ''))) {
          throw new GraphCallError(403, 'consentRequired', String(err.message));
        }
        throw e;
      }
    }
  };
}

function retryAfterOf(headers: { get?(name: string): string | null } | undefined): number | undefined {
  const value = headers && headers.get ? headers.get('Retry-After') : null;
  const seconds = value ? Number(value) : NaN;
  return isFinite(seconds) ? seconds : undefined;
}

/** A requester that asks for its client on the first call (SPFx: no token until something is sent). */
export function lazyGraphRequester(getClient: () => Promise<MSGraphClientLike>): GraphRequester {
  let requester: Promise<GraphRequester> | undefined;
  return {
    call: <T>(method: GraphMethod, path: string, body?: unknown, headers?: Record<string, string>): Promise<T> => {
      if (!requester) {
        requester = getClient().then(msGraphRequester);
        // A failed client is not remembered: the next call asks again.
        requester.catch(() => (requester = undefined));
      }
      return requester.then((r) => r.call<T>(method, path, body, headers));
    }
  };
}
