// createEmulator(options): the local SharePoint Online REST emulator for /sites/stella.
// A plain node:http handler over one SQLite file; absolute URLs (odata.id, odata.nextLink,
// contextinfo) are built from each request's Host header.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAdmin } from './routes/admin';
import { metadataLevel, SITE_PATH, isoSeconds, type ApiRequest, type ApiResponse, type TenantProperties } from './routes/context';
import { dispatchApi, toErrorResponse, type ApiServices } from './routes/dispatch';
import { resolveIdentity } from './security/identity';
import { Permissions } from './security/permissions';
import { insertPublishedPages } from './sitepages/direct';
import { ensureSitePagesLibrary } from './sitepages/library';
import { Store } from './store';
import type { SqlValue } from './store/database';
import type { DirectoryGroup, DirectoryPerson } from './store/principals';
import { Clock } from './runtime/clock';
import { FaultInjector, type FaultSettings } from './runtime/faults';
import { pathKind, Stats } from './runtime/stats';
import { GraphService } from './graph/service';
import { handleGraphAdmin } from './graph/admin';
import type { GraphSettingsInput } from './graph/context';

export interface EmulatorOptions {
  /** SQLite file; a new file is a fresh site, an existing one keeps its data. ':memory:' allowed. */
  dbFile: string;
  /** The tenant's people. */
  directory?: DirectoryPerson[];
  /** Put in "Stella Owners" (Full Control). */
  siteOwners?: string[];
  /** Site collection administrators (e-mails, or tenant group claims). */
  siteAdmins?: string[];
  /** Entra ID security groups and Microsoft 365 groups of the tenant (see store/principals.ts). */
  directoryGroups?: DirectoryGroup[];
  faults?: Partial<FaultSettings>;
  /** Tenant properties (storage entities), e.g. { SamenBeterSiteUrl: { Value: 'https://…/sites/stella', … } }. */
  tenantProperties?: TenantProperties;
  /** Clock for Created/Modified. */
  now?: () => Date;
  /** Microsoft Graph subset under /v1.0/ (emulator/graph/): consent, Teams app install, declared activity types. */
  graph?: GraphSettingsInput;
}

export interface Emulator {
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  listen(port?: number, host?: string): Promise<{ url: string }>;
  close(): Promise<void>;
  siteUrl(origin: string): string;
  /** The site's database (seeding, tests). */
  store: Store;
  clock: Clock;
  faults: FaultInjector;
  stats: Stats;
  /** The Microsoft Graph subset (settings, activity feed, Entra object ids). */
  graph: GraphService;
  /**
   * Inserts many items in one transaction, bypassing HTTP (seeding large lists quickly).
   * `rows` hold column values by field internal name (lookups/persons: the id), already in
   * stored form; `author` is the creating user's e-mail.
   */
  addItemsDirect(listTitle: string, rows: Record<string, SqlValue>[], author: string): number[];
  /** Published pages (version 1.0) straight into Site Pages, for benchmarks; rows by field name. */
  addPublishedPagesDirect(rows: Record<string, SqlValue>[], author: string): number[];
}

const API_PREFIX = `${SITE_PATH}/_api`.toLowerCase();

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1' || address?.startsWith('127.') === true;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function write(res: ServerResponse, answer: ApiResponse): number {
  const body = Buffer.from(answer.body, 'utf8');
  res.writeHead(answer.status, { ...answer.headers, 'Content-Length': String(body.length) });
  res.end(body);
  return body.length;
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * CORS for pages served from another local port (e.g. a dev server next to `main.ts`): only
 * loopback origins, with credentials so the persona cookie travels.
 */
function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i.test(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': 'ETag, Location, Retry-After',
    Vary: 'Origin'
  };
}

function preflight(req: IncomingMessage): ApiResponse {
  return {
    status: 204,
    headers: {
      ...corsHeaders(req),
      'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, MERGE, DELETE',
      'Access-Control-Allow-Headers': String(req.headers['access-control-request-headers'] ?? 'Accept, Content-Type, Authorization, X-RequestDigest'),
      'Access-Control-Max-Age': '600'
    },
    body: ''
  };
}

export async function createEmulator(options: EmulatorOptions): Promise<Emulator> {
  // Validate the fault settings before the database is opened, so a bad option leaks nothing.
  const faults = new FaultInjector(options.faults);
  const clock = new Clock(options.now);
  const store = Store.open(options.dbFile);
  store.applyDirectory(options.directory ?? [], options.siteOwners ?? [], options.siteAdmins ?? [], options.directoryGroups ?? []);
  // A modern site comes with its Site Pages library.
  ensureSitePagesLibrary(store, isoSeconds((options.now ?? (() => new Date()))()));
  const stats = new Stats();
  const graph = new GraphService({ site: store, faults, now: () => clock.now(), settings: options.graph });
  const services: ApiServices = { store, perms: new Permissions(store), now: () => clock.now(), tenantProperties: options.tenantProperties ?? {} };

  async function handleApi(req: IncomingMessage, res: ServerResponse, rawPath: string, rawQuery: string, origin: string): Promise<void> {
    const headers = lowerHeaders(req);
    const apiPath = rawPath.slice(API_PREFIX.length).replace(/^\//, '');
    const kind = pathKind(apiPath);
    const body = await readBody(req);
    if (faults.latencyMs() > 0) await delay(faults.latencyMs());
    let answer: ApiResponse;
    const fault = faults.take();
    if (fault) {
      answer = toErrorResponse(fault, metadataLevel(headers['accept']));
    } else {
      const override = headers['x-http-method'];
      const method = (req.method ?? 'GET').toUpperCase();
      const request: ApiRequest = {
        method: method === 'POST' && override ? override.trim().toUpperCase() : method,
        apiPath,
        query: new URLSearchParams(rawQuery),
        headers,
        body
      };
      try {
        const identity = resolveIdentity(headers, store);
        answer = dispatchApi(services, request, identity, origin);
      } catch (error) {
        answer = toErrorResponse(error, metadataLevel(headers['accept']));
      }
      const lost = answer.status < 300 ? faults.takeLostResponse(request.method) : undefined;
      if (lost) {
        answer = toErrorResponse(lost, metadataLevel(headers['accept']));
      }
    }
    stats.record(kind, write(res, { ...answer, headers: { ...answer.headers, ...corsHeaders(req) } }));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const rawPath = q < 0 ? url : url.slice(0, q);
    const rawQuery = q < 0 ? '' : url.slice(q + 1);
    const lowerPath = rawPath.toLowerCase();
    const forwardedProto = (req.headers['x-forwarded-proto'] as string | undefined)?.split(',')[0].trim();
    const origin = `${forwardedProto ?? 'http'}://${req.headers.host ?? '127.0.0.1'}`;

    if (lowerPath.startsWith('/_emulator/')) {
      const body = await readBody(req);
      if (!isLoopback(req.socket.remoteAddress)) {
        write(res, { status: 403, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ error: 'Loopback only.' }) });
        return;
      }
      if (lowerPath.startsWith('/_emulator/graph/')) {
        const emails = (): string[] => (store.db.prepare('SELECT email FROM directory ORDER BY email').all() as { email: string }[]).map((r) => r.email);
        write(res, handleGraphAdmin(graph, emails, (req.method ?? 'GET').toUpperCase(), url, body));
        return;
      }
      write(res, handleAdmin({ faults, clock, stats }, (req.method ?? 'GET').toUpperCase(), rawPath, body));
      return;
    }
    if (lowerPath === API_PREFIX || lowerPath.startsWith(`${API_PREFIX}/`)) {
      if (req.method === 'OPTIONS') {
        await readBody(req);
        write(res, preflight(req));
        return;
      }
      await handleApi(req, res, rawPath, rawQuery, origin);
      return;
    }
    if (lowerPath.startsWith('/v1.0/') || lowerPath === '/v1.0') {
      // Microsoft Graph subset (emulator/graph/).
      const body = await readBody(req);
      if (req.method === 'OPTIONS') {
        write(res, preflight(req));
        return;
      }
      if (faults.latencyMs() > 0) await delay(faults.latencyMs());
      const answer = graph.handle(req.method ?? 'GET', rawPath.slice('/v1.0'.length), rawQuery, lowerHeaders(req), body, origin);
      const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
      // Not counted in `stats` (that counts SharePoint `_api` requests against the page budget).
      write(res, { status: answer.status, headers: { ...answer.headers, ...corsHeaders(req) }, body: text });
      return;
    }
    if (req.method === 'GET' && lowerPath.startsWith(`${SITE_PATH}/sitepages/`.toLowerCase()) && lowerPath.endsWith('.aspx')) {
      await readBody(req);
      write(res, pageView(req, rawPath, origin));
      return;
    }
    await readBody(req);
    write(res, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: `Not found: ${rawPath}. The emulated site is ${SITE_PATH}/_api/.` });
  }

  /**
   * A page as a browser opens it (`/sites/stella/SitePages/<name>.aspx`): the page file's
   * content for the signed-in caller, through the same route, rules and clock as the API.
   */
  function pageView(req: IncomingMessage, rawPath: string, origin: string): ApiResponse {
    let path = rawPath;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      // keep as sent
    }
    const literal = encodeURIComponent(path.replace(/'/g, "''"));
    const request: ApiRequest = {
      method: 'GET', apiPath: `web/getFileByServerRelativePath(decodedUrl='${literal}')/$value`, query: new URLSearchParams(), headers: lowerHeaders(req), body: ''
    };
    let answer: ApiResponse;
    try {
      answer = dispatchApi(services, request, resolveIdentity(request.headers, store), origin);
    } catch (error) {
      answer = toErrorResponse(error, 'minimal');
    }
    if (answer.status === 200) return answer;
    const text = answer.status === 404 ? 'Deze pagina bestaat niet of is (nog) niet gepubliceerd.' : 'Je hebt geen toegang tot deze pagina.';
    return { status: answer.status, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Stella</title><p>${text}</p></html>` };
  }

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) write(res, toErrorResponse(error, 'minimal'));
      else res.destroy();
    });
  };

  let server: Server | undefined;

  return {
    handler,
    store,
    clock,
    faults,
    stats,
    graph,
    siteUrl: (origin: string) => `${origin.replace(/\/+$/, '')}${SITE_PATH}`,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server = createServer(handler);
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server!.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve({ url: `http://${shownHost}:${address.port}` });
        });
      });
    },
    async close() {
      if (server) {
        const s = server;
        server = undefined;
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeAllConnections();
        });
      }
      store.close();
    },
    addItemsDirect(listTitle, rows, author) {
      const list = store.lists.byTitle(listTitle);
      if (!list) throw new Error(`No list '${listTitle}'`);
      const user = store.principals.ensureUser(author);
      if (!user) throw new Error(`'${author}' is not in the directory`);
      const now = isoSeconds(clock.now());
      const ids = store.items.insertMany(list, rows, { now, userId: user.id });
      store.lists.touchItems(list, now);
      return ids;
    },
    addPublishedPagesDirect(rows, author) {
      const user = store.principals.ensureUser(author);
      if (!user) throw new Error(`'${author}' is not in the directory`);
      return insertPublishedPages(store, rows, { now: isoSeconds(clock.now()), userId: user.id });
    }
  };
}
