import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createEmulator, Emulator } from '../../emulator/server';
import { transaction } from '../../emulator/store/database';
import { PEOPLE as SEED, ADMIN_EMAIL, COACH_EMAIL, EMPLOYEE_PERSONA_EMAIL, TENANT_DOMAIN } from '../../emulator/seed/people';
import { spForSiteUrl, SPFI } from '../../src/data/sp/spFactory';
import { BearerIdentity } from '../../src/data/sp/behaviors';
import { fetchGraphRequester, GraphRequester } from '../../src/data/graph/graphRequester';
import { DIRECTORY_PAGE_SIZE, nextPagePath } from '../../src/data/graph/directoryUsers';
import { readSiteUserLogins, SITE_USERS_PER_PAGE } from '../../src/data/repositories/SpSiteUserRepository';
import { readPlacements } from '../../src/data/views/directoryPlacements';

// Department and office for the participation figures (issue 13), over real HTTP against the
// emulator: SharePoint's User Information List (site user id -> sign-in name) and Graph /users
// (department, officeLocation), both read whole and paged, joined in memory.

let emulator: Emulator;
let dir: string;
let origin: string;
let siteUrl: string;
let extras = 0;

/** Every request the product sends, as the network sees it (URL, and a $batch's body). */
const sent: Array<{ method: string; url: string; body: string }> = [];
const realFetch = globalThis.fetch;

const sp = (email: string): SPFI => spForSiteUrl(siteUrl, BearerIdentity(email));
const graphAs = (email: string): GraphRequester => fetchGraphRequester(origin, () => ({ Authorization: `Bearer ${email}` }));
const idOf = (email: string): number => emulator.store.principals.userByEmail(email)!.id;

const DEPARTMENTS = ['Financiën', '  Stadsbeheer  ', 'Sociaal Domein', ''];
const OFFICES = ['Mosae Forum', 'Stadhuis Markt', '   ', 'Stadsbeheer werf Noord'];
const extraEmail = (n: number): string => `collega${String(n).padStart(5, '0')}@${TENANT_DOMAIN}`;

/** Grows the tenant to `total` extra people, each a site user (as after their first visit). */
function growTo(total: number): void {
  transaction(emulator.store.db, () => {
    for (let n = extras + 1; n <= total; n++) {
      const email = extraEmail(n);
      emulator.store.principals.upsertPerson({ email, displayName: `Collega ${n}`, department: DEPARTMENTS[n % 4], office: OFFICES[n % 4], jobTitle: 'Medewerker' });
      emulator.store.principals.ensureUser(email);
    }
  });
  extras = total;
}

async function consent(scopes: string[]): Promise<void> {
  const r = await realFetch(`${origin}/_emulator/graph/consent`, { method: 'POST', body: JSON.stringify({ consent: scopes }) });
  expect(r.status).toBe(200);
}

function counted(): { sharePoint: number; graph: number } {
  return { sharePoint: sent.filter((r) => r.url.includes('/_api/')).length, graph: sent.filter((r) => r.url.includes('/v1.0/')).length };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sb-dir-'));
  emulator = await createEmulator({
    dbFile: path.join(dir, 'stella.sqlite'),
    directory: SEED.map((p) => ({ email: p.email, displayName: p.displayName, department: p.department, office: p.office, jobTitle: p.jobTitle })),
    siteOwners: [COACH_EMAIL],
    siteAdmins: [ADMIN_EMAIL]
  });
  origin = (await emulator.listen(0)).url;
  siteUrl = `${origin}/sites/stella`;
  transaction(emulator.store.db, () => SEED.forEach((p) => emulator.store.principals.ensureUser(p.email)));
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({ method: (init && init.method) || 'GET', url, body: typeof init?.body === 'string' ? init.body : '' });
    return realFetch(input, init);
  }) as typeof fetch;
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await consent(['User.Read', 'User.Read.All']);
  sent.length = 0;
});

describe('readPlacements', () => {
  it('gives the seeded people their department and office from the directory, and only the ids asked for', async () => {
    const asked = [COACH_EMAIL, EMPLOYEE_PERSONA_EMAIL, `ruud.vanthof@${TENANT_DOMAIN}`].map(idOf);
    const result = await readPlacements(sp(COACH_EMAIL), graphAs(COACH_EMAIL), [...asked, 999999]);
    expect(result.unavailable).toBe(false);
    expect(result.placements).toEqual({
      [asked[0]]: { department: 'P&O', office: 'Mosae Forum' },
      [asked[1]]: { department: 'Financiën', office: 'Mosae Forum' },
      [asked[2]]: { department: 'Stadsbeheer', office: 'Stadsbeheer werf Zuid' }
    });
    // Nobody else's placement travels into the figures.
    expect(Object.keys(result.placements)).toHaveLength(3);
    expect(await readPlacements(sp(COACH_EMAIL), graphAs(COACH_EMAIL), [])).toEqual({ placements: {}, unavailable: false });
  });

  it('trims department and office and leaves out an empty one', async () => {
    growTo(64);
    const ids = [1, 2, 3, 4].map((n) => idOf(extraEmail(n)));
    const { placements } = await readPlacements(sp(COACH_EMAIL), graphAs(COACH_EMAIL), ids);
    expect(placements[ids[0]]).toEqual({ department: 'Stadsbeheer', office: 'Stadhuis Markt' }); // n=1
    expect(placements[ids[1]]).toEqual({ department: 'Sociaal Domein' }); // n=2: office only spaces
    expect(placements[ids[2]]).toEqual({ office: 'Stadsbeheer werf Noord' }); // n=3: department ''
    expect(placements[ids[3]]).toEqual({ department: 'Financiën', office: 'Mosae Forum' }); // n=4
  });

  it('without the admin\'s consent (403), or without a Graph client, is unavailable and fails nothing', async () => {
    await consent(['User.Read']);
    const ids = [idOf(COACH_EMAIL)];
    expect(await readPlacements(sp(COACH_EMAIL), graphAs(COACH_EMAIL), ids)).toEqual({ placements: {}, unavailable: true });
    expect(await readPlacements(sp(COACH_EMAIL), undefined, ids)).toEqual({ placements: {}, unavailable: true });
    // No bearer at all: Graph's 401.
    const anonymous = fetchGraphRequester(origin);
    expect(await readPlacements(sp(COACH_EMAIL), anonymous, ids)).toEqual({ placements: {}, unavailable: true });
  });

  it('with only User.ReadBasic.All Graph answers but nulls department and office: unavailable too', async () => {
    await consent(['User.Read', 'User.ReadBasic.All']);
    const raw = await realFetch(`${origin}/v1.0/users?$select=userPrincipalName,department,officeLocation&$top=2`, { headers: { Authorization: `Bearer ${COACH_EMAIL}` } });
    const body = (await raw.json()) as { value: Array<Record<string, unknown>> };
    expect(raw.status).toBe(200);
    expect(body.value.filter((u) => u.userPrincipalName !== COACH_EMAIL).every((u) => u.department === null && u.officeLocation === null)).toBe(true);
    expect(await readPlacements(sp(COACH_EMAIL), graphAs(COACH_EMAIL), [idOf(EMPLOYEE_PERSONA_EMAIL)])).toEqual({ placements: {}, unavailable: true });
  });

  it('costs 1 SharePoint request per 2,000 site users and 1 Graph request per 999 directory users (100 and 2,500 people)', async () => {
    const measured: string[] = [];
    for (const people of [100, 2500]) {
      growTo(people - SEED.length);
      const everyone = [...SEED.map((p) => p.email), ...Array.from({ length: extras }, (_, i) => extraEmail(i + 1))].map(idOf);
      expect(everyone).toHaveLength(people);
      sent.length = 0;
      const result = await readPlacements(sp(COACH_EMAIL), graphAs(COACH_EMAIL), everyone);
      const cost = counted();
      // Site users besides the people: system account, Everyone, three SharePoint groups.
      const siteItems = people + 5;
      expect(cost).toEqual({ sharePoint: Math.floor(siteItems / SITE_USERS_PER_PAGE) + 1, graph: Math.ceil(people / DIRECTORY_PAGE_SIZE) });
      expect(Object.keys(result.placements).length).toBeGreaterThan(people * 0.7);
      measured.push(`${people} people: ${cost.sharePoint} SharePoint + ${cost.graph} Graph requests`);
    }
    expect(measured).toEqual(['100 people: 1 SharePoint + 1 Graph requests', '2500 people: 2 SharePoint + 3 Graph requests']);
    console.log(`readPlacements request counts — ${measured.join('; ')}`);
  });

  it('pages past 999 directory users and past 5,000 site users without a threshold error', async () => {
    growTo(5200 - SEED.length);
    const last = idOf(extraEmail(extras));
    const first = idOf(extraEmail(1));
    const result = await readPlacements(sp(COACH_EMAIL), graphAs(COACH_EMAIL), [first, last, idOf(COACH_EMAIL)]);
    expect(result.unavailable).toBe(false);
    expect(result.placements[last]).toBeDefined();
    expect(result.placements[first]).toEqual({ department: 'Stadsbeheer', office: 'Stadhuis Markt' });
    expect(result.placements[idOf(COACH_EMAIL)]).toEqual({ department: 'P&O', office: 'Mosae Forum' });
    const cost = counted();
    expect(cost).toEqual({ sharePoint: 3, graph: 6 });
    // The UIL holds more than 5,000 items: paging by Id stays under the threshold, a big $top does not.
    const big = await realFetch(`${siteUrl}/_api/web/siteUserInfoList/items?$top=5001`, { headers: { Authorization: `Bearer ${COACH_EMAIL}`, Accept: 'application/json' } });
    expect(big.status).toBe(500);
    expect(await big.text()).toContain('list view threshold');
  });

  it('never names a person in a request: no e-mail, sign-in name or display name in any URL or batch', async () => {
    growTo(Math.max(extras, 100));
    const people = [COACH_EMAIL, EMPLOYEE_PERSONA_EMAIL, extraEmail(1)];
    await readPlacements(sp(COACH_EMAIL), graphAs(COACH_EMAIL), people.map(idOf));
    expect(sent.length).toBeGreaterThan(1);
    const wire = sent.map((r) => decodeURIComponent(`${r.url} ${r.body}`).toLowerCase());
    const names = SEED.flatMap((p) => [p.email.toLowerCase(), p.email.split('@')[0], p.displayName.toLowerCase()]);
    for (const text of wire) {
      expect(text).not.toContain('@');
      expect(text).not.toContain('membership');
      for (const name of names) expect(text).not.toContain(name);
    }
    // What does travel: Id paging and the fixed directory query.
    expect(wire.some((t) => /siteuserinfolist\/items\?.*\$top=2000/.test(t))).toBe(true);
    expect(wire.some((t) => t.includes('/v1.0/users?$select=id,userprincipalname,mail,department,officelocation&$top=999'))).toBe(true);
  });
});

describe('who reads the User Information List', () => {
  it('an employee reads the same rows an owner reads (SharePoint: the list inherits the site\'s read rights) and cannot write them', async () => {
    const asOwner = await readSiteUserLogins(sp(COACH_EMAIL));
    const asEmployee = await readSiteUserLogins(sp(EMPLOYEE_PERSONA_EMAIL));
    expect(asEmployee.users).toEqual(asOwner.users);
    expect(asOwner.users.find((u) => u.id === idOf(EMPLOYEE_PERSONA_EMAIL))).toEqual({ id: idOf(EMPLOYEE_PERSONA_EMAIL), upn: EMPLOYEE_PERSONA_EMAIL, email: EMPLOYEE_PERSONA_EMAIL });
    // Groups and claims are items too, without a sign-in name.
    expect(asOwner.users.find((u) => u.id === 3)).toEqual({ id: 3, upn: null, email: null });
    for (const method of ['POST', 'DELETE']) {
      const r = await realFetch(`${siteUrl}/_api/web/siteUserInfoList/items(${idOf(COACH_EMAIL)})`, {
        method, headers: { Authorization: `Bearer ${EMPLOYEE_PERSONA_EMAIL}`, Accept: 'application/json', 'Content-Type': 'application/json' }, body: method === 'POST' ? '{"Title":"x"}' : undefined
      });
      expect([method, r.status]).toEqual([method, 405]);
    }
    // Nobody outside the tenant reads it.
    const stranger = await realFetch(`${siteUrl}/_api/web/siteUserInfoList/items?$select=Id`, { headers: { Authorization: 'Bearer stranger@elders.example', Accept: 'application/json' } });
    expect(stranger.status).toBe(401);
  });

  it('refuses filters on other columns than Id and answers Id windows (emulator contract)', async () => {
    const get = (query: string) => realFetch(`${siteUrl}/_api/web/siteUserInfoList/items?${query}`, { headers: { Authorization: `Bearer ${COACH_EMAIL}`, Accept: 'application/json;odata=nometadata' } });
    expect((await get(`$filter=${encodeURIComponent(`EMail eq '${COACH_EMAIL}'`)}`)).status).toBe(500);
    const window = await get(`$select=Id,UserName&$filter=${encodeURIComponent('Id ge 1 and Id lt 5001')}&$top=5000`);
    expect(window.status).toBe(200);
    const rows = ((await window.json()) as { value: Array<{ Id: number }> }).value;
    expect(rows.length).toBeGreaterThan(4000);
    expect(rows.every((r) => r.Id >= 1 && r.Id < 5001)).toBe(true);
  });
});

describe('Graph /users paging (emulator contract)', () => {
  it('answers $top 999 with @odata.nextLink, refuses $top 1000, and returns department only on $select', async () => {
    const get = (q: string) => realFetch(`${origin}/v1.0/users${q}`, { headers: { Authorization: `Bearer ${COACH_EMAIL}` } });
    const page = (await (await get('?$select=id,department,officeLocation&$top=999')).json()) as { value: unknown[]; '@odata.nextLink'?: string };
    expect(page.value).toHaveLength(999);
    expect(nextPagePath(String(page['@odata.nextLink']))).toMatch(/^\/users\?\$select=id%2Cdepartment%2CofficeLocation&\$top=999&\$skiptoken=/);
    expect((await get('?$top=1000')).status).toBe(400);
    const plain = (await (await get('?$top=1')).json()) as { value: Array<Record<string, unknown>> };
    expect(Object.keys(plain.value[0])).not.toContain('department');
    expect(() => nextPagePath('https://graph.microsoft.com/v1.0/me/events?$skiptoken=x')).toThrow();
  });
});
