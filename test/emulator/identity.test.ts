// Identity (Bearer / persona cookie / none) and the form digest from /_api/contextinfo.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users';
import { spfi, DefaultHeaders, DefaultInit, RequestDigest } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { COACH, EMPLOYEE, startHarness, spError, type Harness } from './emulator-harness';

const DIGEST_ERROR = {
  status: 403,
  code: '-2130575251, Microsoft.SharePoint.SPException',
  message: 'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.'
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const cookie = (email: string): Record<string, string> => ({ Cookie: `sb-persona=${encodeURIComponent(email)}` });

async function contextInfo(email: string): Promise<{ FormDigestValue: string; FormDigestTimeoutSeconds: number; WebFullUrl: string; SiteFullUrl: string; LibraryVersion: string }> {
  const response = await h.api('contextinfo', { method: 'POST', as: null, headers: cookie(email) });
  expect(response.status).toBe(200);
  return response.json() as Promise<never>;
}

describe('contextinfo', () => {
  it('answers the digest and site URLs at top level (minimal metadata)', async () => {
    const response = await h.api('contextinfo', { method: 'POST', as: null, headers: cookie(COACH) });
    expect(response.headers.get('content-type')).toBe('application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
    const info = (await response.json()) as Record<string, unknown>;
    expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]+,\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
    expect(info.FormDigestTimeoutSeconds).toBe(1800);
    expect(info.WebFullUrl).toBe(h.siteUrl);
    expect(info.SiteFullUrl).toBe(h.siteUrl);
    expect(String(info.LibraryVersion)).toMatch(/^16\.0\./);
  });

  it('is POST only', async () => {
    const response = await h.api('contextinfo', { method: 'GET' });
    expect(response.status).toBe(405);
  });
});

describe('cookie identity (persona switcher)', () => {
  it('reads without a digest', async () => {
    const response = await h.api('web', { as: null, headers: cookie(EMPLOYEE) });
    expect(response.status).toBe(200);
    const web = (await response.json()) as { Title: string; Url: string; ServerRelativeUrl: string };
    expect(web).toMatchObject({ Title: 'Stella', Url: h.siteUrl, ServerRelativeUrl: '/sites/stella' });
  });

  it('needs X-RequestDigest for a write: 403 without, invalid or another user\'s digest', async () => {
    const add = (headers: Record<string, string>): Promise<Response> =>
      h.api('web/lists', { method: 'POST', as: null, headers: { ...cookie(COACH), ...headers }, body: JSON.stringify({ Title: 'Digest test', BaseTemplate: 100 }) });
    expect(await spError(await add({}))).toEqual(DIGEST_ERROR);
    expect(await spError(await add({ 'X-RequestDigest': '0xDEADBEEF,22 Nov 2026 20:00:00 -0000' }))).toEqual(DIGEST_ERROR);
    const employeeDigest = (await contextInfo(EMPLOYEE)).FormDigestValue;
    expect(await spError(await add({ 'X-RequestDigest': employeeDigest }))).toEqual(DIGEST_ERROR);

    const digest = (await contextInfo(COACH)).FormDigestValue;
    const ok = await add({ 'X-RequestDigest': digest });
    expect(ok.status).toBe(201);
  });

  it('works with PnPjs RequestDigest(), which fetches the digest from contextinfo', async () => {
    const sp = spfi(h.siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(), RequestDigest(),
      InjectHeaders(cookie(COACH)));
    const list = await sp.web.lists.add('Cookie list');
    expect(list.Title).toBe('Cookie list');
  });
});

describe('Bearer identity', () => {
  it('writes without a digest', async () => {
    const response = await h.api('web/lists', { method: 'POST', as: COACH, body: JSON.stringify({ Title: 'Bearer list' }) });
    expect(response.status).toBe(201);
  });

  it('answers currentUser for the token\'s user', async () => {
    const user = await h.sp(EMPLOYEE).web.currentUser();
    expect(user).toMatchObject({ Email: EMPLOYEE, LoginName: `i:0#.f|membership|${EMPLOYEE}`, Title: 'Eva Bakker', PrincipalType: 1, IsSiteAdmin: false });
  });
});

describe('no identity', () => {
  it('is 401 without credentials, with an unknown Bearer user and with an unknown persona', async () => {
    for (const headers of [{}, { Authorization: 'Bearer nobody@elsewhere.example' }, cookie('nobody@elsewhere.example')]) {
      const response = await h.api('web', { as: null, headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="/);
      expect(await response.json()).toEqual({ error_description: 'Invalid JWT token. No certificate thumbprint specified in token header.' });
    }
  });
});
