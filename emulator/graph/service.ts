// The Microsoft Graph subset served under /v1.0/ on the emulator's server: identity, the
// injected faults, routing, JSON batching, and the loopback admin API under /_emulator/graph/.
// What each endpoint follows is written in its own file (users.ts, events.ts, activity.ts).
//
// JSON batching (POST /v1.0/$batch). Source: Graph concept "Combine multiple HTTP requests
// using JSON batching" (concepts/json-batching.md): body { requests: [{ id, method, url,
// headers?, body? }] }; ids unique without regard to case, else the batch fails with 400; url
// relative to the version ("/me" or "me"); Content-Type required in headers when a body is
// given; answer 200 { responses: [{ id, status, headers, body }] } "might appear in a different
// order than the requests" — the emulator answers in REVERSE order so clients must match by id
// (stricter); dependsOn orders requests and a failed dependency gives 424; at most 20 requests
// ("JSON batch requests are currently limited to 20 individual requests"), more → 400 (message:
// unverified); each request is evaluated individually against throttling and fails with its own
// 429 (so the fault injector applies to each inner request, not to the batch itself).
import type { FaultInjector } from '../runtime/faults';
import type { Store } from '../store';
import { readCookie, resolveIdentity, PERSONA_COOKIE } from '../security/identity';
import { badRequest, errorBody, GraphError, injected, methodNotAllowed, noSuchSegment, tokenInvalid, tokenMissing } from './errors';
import { GraphSettings, json, type Caller, type GraphContext, type GraphRequest, type GraphResponse, type GraphSettingsInput } from './context';
import { GraphStore } from './store';
import { getUser, listUsers, requireUser } from './users';
import { createEvent, deleteEvent, getEvent, listEvents, otherMailbox, updateEvent } from './events';
import { sendActivityNotification } from './activity';

export const MAX_BATCH_REQUESTS = 20;

export interface GraphServiceOptions {
  site: Store;
  faults: FaultInjector;
  now: () => Date;
  settings?: GraphSettingsInput;
}

function parseQuery(raw: string): URLSearchParams {
  return new URLSearchParams(raw);
}

export class GraphService {
  readonly store: GraphStore;
  readonly settings: GraphSettings;

  constructor(private readonly options: GraphServiceOptions) {
    this.settings = new GraphSettings(options.settings);
    this.store = new GraphStore(options.site.db, options.site.ids.tenantId);
    this.store.ensureIds();
  }

  /** The stable Entra object id of a directory person. */
  objectIdOf(email: string): string {
    return this.store.objectIdOf(email);
  }

  private error(error: unknown, clientRequestId: string | undefined): GraphResponse {
    const e = error instanceof GraphError ? error : new GraphError(500, 'generalException', error instanceof Error ? error.message : String(error));
    return json(e.status, errorBody(e, this.options.now(), clientRequestId), e.headers);
  }

  /** Who calls: a Bearer e-mail (stands in for the access token) or the preview's persona cookie. */
  private caller(headers: Record<string, string>): Caller {
    const hasBearer = /^Bearer\s+\S/i.test(headers['authorization'] ?? '');
    const hasCookie = !headers['authorization'] && readCookie(headers['cookie'], PERSONA_COOKIE) !== undefined;
    if (!hasBearer && !hasCookie) throw tokenMissing();
    try {
      const { user } = resolveIdentity(headers, this.options.site);
      const email = user.email ?? '';
      return { email, displayName: user.title, objectId: this.store.objectIdOf(email) };
    } catch {
      throw tokenInvalid();
    }
  }

  /** One HTTP request to /v1.0/… (`path` is what follows `/v1.0`). */
  handle(method: string, path: string, rawQuery: string, headers: Record<string, string>, rawBody: string, origin: string): GraphResponse {
    const clientRequestId = headers['client-request-id'];
    const isBatch = /^\/?\$batch\/?$/i.test(path);
    try {
      if (!isBatch) {
        const fault = this.options.faults.take();
        if (fault) throw injected(fault.status, Number(fault.headers['Retry-After'] ?? 1));
      }
      const caller = this.caller(headers);
      let body: unknown;
      if (rawBody.trim() !== '') {
        try {
          body = JSON.parse(rawBody) as unknown;
        } catch {
          // Message as public threads quote Graph for an unreadable body.
          throw badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
        }
      }
      const ctx = this.context(caller, origin);
      const request: GraphRequest = { method: method.toUpperCase(), path, query: parseQuery(rawQuery), headers, body };
      if (isBatch) {
        if (request.method !== 'POST') throw methodNotAllowed();
        return this.batch(ctx, request);
      }
      const answer = this.route(ctx, request);
      if (answer.status < 300) {
        const lost = this.options.faults.takeLostResponse(request.method);
        if (lost) throw injected(lost.status, Number(lost.headers['Retry-After'] ?? 1));
      }
      return answer;
    } catch (error) {
      return this.error(error, clientRequestId);
    }
  }

  private context(caller: Caller, origin: string): GraphContext {
    return { graph: this.store, site: this.options.site, settings: this.settings, caller, now: this.options.now, origin };
  }

  private route(ctx: GraphContext, request: GraphRequest): GraphResponse {
    let segments: string[];
    try {
      segments = request.path.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
    } catch {
      throw badRequest('Invalid URL.');
    }
    const lower = segments.map((s) => s.toLowerCase());
    const m = request.method;
    let rest: string[];
    let target: 'me' | ReturnType<typeof requireUser>;
    if (lower[0] === 'users' && segments.length === 1 && m === 'GET') return listUsers(ctx, request);
    if (lower[0] === 'me') {
      target = 'me';
      rest = segments.slice(1);
    } else if (lower[0] === 'users' && segments.length >= 2) {
      target = requireUser(ctx, segments[1].replace(/^'(.*)'$/, '$1'));
      rest = segments.slice(2);
    } else {
      throw noSuchSegment(segments[0] ?? '');
    }
    const restLower = rest.map((s) => s.toLowerCase());
    if (rest.length === 0) {
      if (m !== 'GET') throw methodNotAllowed();
      return getUser(ctx, request, target);
    }
    const self = target === 'me' || target.email.toLowerCase() === ctx.caller.email.toLowerCase();
    if (restLower[0] === 'events' && rest.length <= 2) {
      if (!self) throw otherMailbox();
      if (rest.length === 1) {
        if (m === 'GET') return listEvents(ctx, request);
        if (m === 'POST') return createEvent(ctx, request);
        throw methodNotAllowed();
      }
      if (m === 'GET') return getEvent(ctx, request, rest[1]);
      if (m === 'PATCH') return updateEvent(ctx, request, rest[1]);
      if (m === 'DELETE') return deleteEvent(ctx, rest[1]);
      throw methodNotAllowed();
    }
    if (restLower[0] === 'teamwork' && restLower[1] === 'sendactivitynotification' && rest.length === 2) {
      if (m !== 'POST') throw methodNotAllowed();
      return sendActivityNotification(ctx, request, target === 'me' ? requireUser(ctx, ctx.caller.email) : target);
    }
    throw noSuchSegment(rest[0]);
  }

  private batch(ctx: GraphContext, request: GraphRequest): GraphResponse {
    const body = request.body as { requests?: unknown } | undefined;
    if (!body || typeof body !== 'object' || !Array.isArray(body.requests)) throw badRequest('Invalid batch payload format.');
    const requests = body.requests as Record<string, unknown>[];
    if (requests.length > MAX_BATCH_REQUESTS) {
      throw badRequest(`Number of requests in the batch (${requests.length}) exceeds the maximum of ${MAX_BATCH_REQUESTS}.`);
    }
    const byId = new Map<string, Record<string, unknown>>();
    for (const r of requests) {
      if (!r || typeof r !== 'object' || typeof r.id !== 'string' || r.id === '' || typeof r.method !== 'string' || typeof r.url !== 'string') {
        throw badRequest('Invalid batch payload format: every request needs id, method and url.');
      }
      const key = r.id.toLowerCase();
      if (byId.has(key)) throw badRequest(`Batch request ids must be unique; '${r.id}' is repeated.`);
      byId.set(key, r);
    }
    for (const r of requests) {
      const deps = r.dependsOn;
      if (deps !== undefined && (!Array.isArray(deps) || !deps.every((d) => typeof d === 'string' && byId.has(d.toLowerCase())))) {
        throw badRequest(`Request '${String(r.id)}' depends on an id that is not in the batch.`);
      }
    }
    const results = new Map<string, GraphResponse>();
    const visiting = new Set<string>();
    const run = (r: Record<string, unknown>): GraphResponse => {
      const key = String(r.id).toLowerCase();
      const done = results.get(key);
      if (done) return done;
      if (visiting.has(key)) throw badRequest('The dependsOn of the batch requests form a cycle.');
      visiting.add(key);
      let failedDependency = false;
      for (const dep of (r.dependsOn as string[] | undefined) ?? []) {
        if (run(byId.get(dep.toLowerCase())!).status >= 400) failedDependency = true;
      }
      const answer = failedDependency
        // Status 424 from the docs; the body's code and message: unverified.
        ? this.error(new GraphError(424, 'FailedDependency', 'A request this request depends on failed.'), request.headers['client-request-id'])
        : this.inner(ctx, r);
      results.set(key, answer);
      return answer;
    };
    for (const r of requests) run(r);
    const responses = [...requests].reverse().map((r) => {
      const answer = results.get(String(r.id).toLowerCase())!;
      return { id: r.id, status: answer.status, headers: answer.headers, ...(answer.body !== undefined ? { body: answer.body } : {}) };
    });
    return json(200, { responses });
  }

  /** One request of a batch, with the batch's caller. */
  private inner(ctx: GraphContext, r: Record<string, unknown>): GraphResponse {
    const headers: Record<string, string> = {};
    if (r.headers !== undefined) {
      if (!r.headers || typeof r.headers !== 'object') return this.error(badRequest('headers must be an object.'), undefined);
      for (const [k, v] of Object.entries(r.headers as Record<string, unknown>)) headers[k.toLowerCase()] = String(v);
    }
    try {
      const fault = this.options.faults.take();
      if (fault) throw injected(fault.status, Number(fault.headers['Retry-After'] ?? 1));
      const url = String(r.url);
      if (/^https?:/i.test(url)) throw badRequest('The url of a batch request must be relative, e.g. "/me".');
      if (r.body !== undefined && !headers['content-type']) {
        // The docs: "When a body is included with the request, the headers object must contain a value for Content-Type." Answer: unverified.
        throw badRequest('Content-Type header is required for a batch request with a body.');
      }
      const q = url.indexOf('?');
      const path = `/${(q < 0 ? url : url.slice(0, q)).replace(/^\/+/, '')}`;
      if (/^\/\$batch/i.test(path)) throw badRequest('A batch request cannot contain a batch.');
      const request: GraphRequest = { method: String(r.method).toUpperCase(), path, query: parseQuery(q < 0 ? '' : url.slice(q + 1)), headers, body: r.body };
      return this.route(ctx, request);
    } catch (error) {
      return this.error(error, headers['client-request-id']);
    }
  }
}
