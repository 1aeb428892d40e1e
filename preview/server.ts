import * as http from 'node:http';
import * as path from 'node:path';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createEmulator } from '../emulator/server';
import { seedSite } from '../emulator/seed/seedSite';
import { PEOPLE, PERSONAS, ADMIN_EMAIL, AMBASSADORS_ENTRA_GROUP, COACH_EMAIL, EMPLOYEE_PERSONA_EMAIL } from '../emulator/seed/people';
import { ACTIVITY_TYPES } from '../src/core/notifications/activityTypes';
import { stellaPage, teamsPage, PageOptions } from './pages';

// `npm start`: the emulator and the two host pages on one origin, so the web parts'
// PnPjs calls go to /sites/stella/_api with the persona cookie, as in SharePoint, and their
// Graph calls to /v1.0/ (the emulator's Microsoft Graph subset, same cookie).
//
// Environment: PORT (4321), HOST (127.0.0.1), DATA_DIR (.local), PREVIEW_SEED=none (a blank
// site), PREVIEW_GRAPH_CONSENT=none (start WITHOUT Graph consent: the tenant admin has not
// approved the API access, so the product shows its fallback — no Teams notifications, nothing
// in Outlook). By default the preview's tenant has approved PRODUCT_GRAPH_SCOPES. The Teams
// frame's "Graph-toestemming" switch changes it while running (POST /_emulator/graph/consent).
// The frame's feed, agenda and switch use the loopback-only /_emulator/graph/ admin API, so
// they work when the browser runs on the same machine.

const PORT = Number(process.env.PORT || 4321);
const HOST = process.env.HOST || '127.0.0.1';
const DATA_DIR = path.resolve(process.env.DATA_DIR || '.local');
const ROOT = process.cwd();

/** The delegated Graph scopes the product needs: /me, Teams activity notifications, the person's Outlook calendar. */
const PRODUCT_GRAPH_SCOPES = ['User.Read', 'TeamsActivity.Send', 'Calendars.ReadWrite', 'User.Read.All'];
const GRAPH_CONSENT = process.env.PREVIEW_GRAPH_CONSENT === 'none' ? [] : PRODUCT_GRAPH_SCOPES;

const STATIC: { [file: string]: string } = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json'
};

function cookie(req: http.IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie || '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) {
      return decodeURIComponent(v.join('='));
    }
  }
  return undefined;
}

function serveStatic(urlPath: string, res: http.ServerResponse): boolean {
  const candidates = [path.join(ROOT, 'build/preview', urlPath), path.join(ROOT, 'preview/public', urlPath)];
  for (const file of candidates) {
    // Never leave the two asset folders.
    if (!file.startsWith(path.join(ROOT, 'build/preview')) && !file.startsWith(path.join(ROOT, 'preview/public'))) {
      continue;
    }
    if (existsSync(file)) {
      res.writeHead(200, { 'Content-Type': STATIC[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(readFileSync(file));
      return true;
    }
  }
  return false;
}

async function main(): Promise<void> {
  mkdirSync(DATA_DIR, { recursive: true });
  const dbFile = path.join(DATA_DIR, 'stella.sqlite');
  const seededMarker = path.join(DATA_DIR, 'seeded.json');
  // A site whose seeding did not finish (marker missing) is thrown away and seeded anew.
  if (existsSync(dbFile) && !existsSync(seededMarker)) {
    for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) {
      rmSync(f, { force: true });
    }
  }
  const fresh = !existsSync(dbFile);
  const emulator = await createEmulator({
    dbFile,
    directory: PEOPLE,
    siteOwners: [COACH_EMAIL],
    siteAdmins: [ADMIN_EMAIL],
    directoryGroups: [AMBASSADORS_ENTRA_GROUP],
    // What the product's Teams manifest declares (activities.activityTypes) and what the admin approved.
    graph: { consent: GRAPH_CONSENT, teamsAppInstalledFor: 'all', activityTypes: ACTIVITY_TYPES.map((t) => t.type) }
  });
  const knownEmails = PERSONAS.map((p) => p.email);

  // What SharePoint does when it renders a page: put a fresh form digest for the
  // signed-in user into the page context, so SPFx (and PnPjs's SPFx behavior) never
  // needs a separate contextinfo request.
  const digestFor = async (origin: string, email: string): Promise<string> => {
    const answer = await fetch(`${origin}/sites/stella/_api/contextinfo`, {
      method: 'POST',
      headers: { Accept: 'application/json', Cookie: `sb-persona=${email}` }
    });
    const json = (await answer.json()) as { FormDigestValue: string };
    return json.FormDigestValue;
  };

  const renderPage = async (url: URL, email: string): Promise<string> => {
    const siteUrl = `${url.origin}/sites/stella`;
    const options: PageOptions = {
      personas: PERSONAS,
      currentEmail: email,
      lang: url.searchParams.get('lang') === 'en' ? 'en-US' : 'nl-NL',
      now: url.searchParams.get('now') || undefined,
      siteUrl,
      formDigest: await digestFor(`http://127.0.0.1:${PORT}`, email)
    };
    const theme = url.searchParams.get('theme');
    return url.pathname === '/teams'
      ? teamsPage({
          ...options,
          theme: theme === 'dark' || theme === 'contrast' ? theme : 'default',
          device: url.searchParams.get('device') === 'phone' ? 'phone' : 'desktop',
          tab: url.searchParams.get('tab') || 'activities',
          graphConsent: emulator.graph.settings.snapshot().consent,
          productGraphScopes: PRODUCT_GRAPH_SCOPES
        })
      : stellaPage(options, url.pathname === '/kalender' ? 'calendar' : url.pathname === '/deelname' ? 'participation' : 'home');
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', `http://${req.headers.host || 'localhost'}`);
    if (url.pathname.startsWith('/sites/') || url.pathname.startsWith('/_emulator/') || url.pathname.startsWith('/v1.0/') || url.pathname === '/v1.0') {
      emulator.handler(req, res);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (url.pathname.startsWith('/assets/') && serveStatic(url.pathname, res)) {
      return;
    }
    if (url.pathname === '/' || url.pathname === '/teams' || url.pathname === '/kalender' || url.pathname === '/deelname') {
      let email = cookie(req, 'sb-persona');
      const asParam = url.searchParams.get('as');
      if (asParam && knownEmails.indexOf(asParam) >= 0) {
        email = asParam;
      }
      if (!email || knownEmails.indexOf(email) < 0) {
        email = EMPLOYEE_PERSONA_EMAIL;
      }
      const who = email;
      renderPage(url, who).then(
        (html) => {
          res.writeHead(200, {
            'Content-Type': 'text/html; charset=utf-8',
            'Set-Cookie': `sb-persona=${who}; Path=/; SameSite=Lax`,
            'Cache-Control': 'no-store'
          });
          res.end(html);
        },
        (e: unknown) => {
          res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end(`De preview kon de pagina niet maken: ${String(e)}`);
        }
      );
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Niet gevonden / Not found');
  });

  await new Promise<void>((resolve) => server.listen(PORT, HOST, resolve));
  const origin = `http://${HOST === '0.0.0.0' ? 'localhost' : HOST}:${PORT}`;
  if (fresh && process.env.PREVIEW_SEED === 'none') {
    // A blank site, as a municipality has it before set-up: the web parts offer the
    // set-up panel to the site owner.
    writeFileSync(seededMarker, JSON.stringify({ seededAt: new Date().toISOString(), blank: true }, null, 2));
  } else if (fresh) {
    const started = Date.now();
    const report = await seedSite(`http://127.0.0.1:${PORT}/sites/stella`, new Date());
    writeFileSync(seededMarker, JSON.stringify({ seededAt: new Date().toISOString(), ...report }, null, 2));
    console.log(
      `Seeded a fresh site in ${Date.now() - started} ms: ${report.provisionSteps} provisioning steps, items ${JSON.stringify(report.items)}`
    );
  }
  console.log(`#SamenBeter preview ready: ${origin}/ (Stella) and ${origin}/teams (Teams). Data: ${dbFile}`);

  const stop = (): void => {
    server.close();
    emulator.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error('The preview could not start:', e);
  process.exit(1);
});
