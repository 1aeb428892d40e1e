import { fetchGraphRequester } from '../../src/data/graph/graphRequester';
import { provisionSchema } from '../../src/data/provisioning/provision';
import { SCHEMA } from '../../src/data/schema/lists';
import { checkSite } from '../../src/data/selfCheck/checkSite';
import { SiteCheckItem } from '../../src/data/contracts/ISiteCheck';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';

// "Controleer deze site" against the emulator: every check ok and failing, with the same code
// (the set-up's dry run) that runs on a real site.

function byKey(items: SiteCheckItem[]): { [key: string]: SiteCheckItem } {
  const out: { [key: string]: SiteCheckItem } = {};
  items.forEach((i) => (out[i.key] = i));
  return out;
}

describe('the self-check', () => {
  let emu: EmulatorFixture;
  afterEach(async () => {
    await emu.close();
  });

  it('on a site that was never set up: lists, fields and permissions to fix, no tenant property', async () => {
    emu = await startEmulator();
    const result = byKey(await checkSite(emu.as(PEOPLE.coach), { siteUrl: emu.siteUrl }));
    expect(result.lists.status).toBe('fix');
    expect(result.lists.details).toContain('SamenBeter Aanmeldingen besloten: created');
    expect(result.fields.status).toBe('fix');
    expect(result.permissions.status).toBe('fix');
    expect(result.tenantProperty).toEqual({ key: 'tenantProperty', status: 'fix', details: [] });
    // Site Pages as it comes: versions, draft security and scheduling still to switch on.
    expect(result.pageScheduling.status).toBe('fix');
    expect(result.pageScheduling.details).toEqual([
      'Site Pages: EnableVersioning, EnableMinorVersions, DraftVersionVisibility 1',
      'Site Pages: page scheduling on'
    ]);
    expect(result.graphConsent.status).toBe('unknown');
    expect(result.teamsApp.status).toBe('unknown');
  });

  it('after the set-up, with the tenant property on this site: everything it can check is ok', async () => {
    emu = await startEmulator();
    emu.setTenantProperty('SamenBeterSiteUrl', emu.siteUrl);
    await provisionSchema(emu.as(PEOPLE.coach), SCHEMA);
    const result = byKey(await checkSite(emu.as(PEOPLE.coach), { siteUrl: emu.siteUrl, teamsAppId: '8f3e6b1a-1111-4c2d-9a7b-123456789abc' }));
    for (const key of ['lists', 'fields', 'permissions', 'privateAccess', 'search', 'tenantProperty', 'pageScheduling']) {
      expect({ key, status: result[key].status }).toEqual({ key, status: 'ok' });
    }
    expect(result.teamsApp).toEqual({ key: 'teamsApp', status: 'ok', details: ['8f3e6b1a-1111-4c2d-9a7b-123456789abc'] });
  });

  it('checks the Graph permissions with one read of the owner\'s own calendar and one page of the directory: approved, basic profile only, not approved', async () => {
    emu = await startEmulator();
    const graph = fetchGraphRequester(emu.origin, () => ({ Authorization: `Bearer ${PEOPLE.coach}` }));
    const consent = (scopes: string[]) => fetch(`${emu.origin}/_emulator/graph/consent`, { method: 'POST', body: JSON.stringify({ consent: scopes }) });
    await consent([]);
    const denied = byKey(await checkSite(emu.as(PEOPLE.coach), { siteUrl: emu.siteUrl, graph }));
    expect(denied.graphConsent).toEqual({ key: 'graphConsent', status: 'fix', details: ['Calendars.ReadWrite', 'TeamsActivity.Send', 'User.Read.All'] });
    // Only the basic directory profile (User.ReadBasic.All): Graph answers, departments stay null.
    await consent(['Calendars.ReadWrite', 'TeamsActivity.Send', 'User.ReadBasic.All']);
    const basic = byKey(await checkSite(emu.as(PEOPLE.coach), { siteUrl: emu.siteUrl, graph }));
    expect(basic.graphConsent).toEqual({ key: 'graphConsent', status: 'fix', details: ['User.Read.All'] });
    await consent(['Calendars.ReadWrite', 'TeamsActivity.Send', 'User.Read.All']);
    const approved = byKey(await checkSite(emu.as(PEOPLE.coach), { siteUrl: emu.siteUrl, graph }));
    expect(approved.graphConsent).toEqual({ key: 'graphConsent', status: 'ok', details: ['Calendars.ReadWrite', 'User.Read.All'] });
  });

  it('finds a colleague with direct access to the private sign-ups, a list taken into search, and a wrong tenant property', async () => {
    emu = await startEmulator({ tenantProperties: { SamenBeterSiteUrl: { Value: 'https://contoso.sharepoint.com/sites/andere', Description: '', Comment: '' } } });
    const coach = emu.as(PEOPLE.coach);
    await provisionSchema(coach, SCHEMA);
    const privateList = coach.web.lists.getByTitle('SamenBeter Aanmeldingen besloten');
    const read = await coach.web.roleDefinitions.getByType(2).select('Id')<{ Id: number }>();
    const colleague = (await emu.as(PEOPLE.employee2).web.currentUser.select('Id')<{ Id: number }>()).Id;
    await privateList.roleAssignments.add(colleague, read.Id);
    await privateList.update({ NoCrawl: false });

    const result = byKey(await checkSite(coach, { siteUrl: emu.siteUrl }));
    expect(result.privateAccess).toEqual({ key: 'privateAccess', status: 'fix', details: ['employee2'] });
    expect(result.search).toEqual({ key: 'search', status: 'fix', details: ['SamenBeter Aanmeldingen besloten: NoCrawl'] });
    expect(result.tenantProperty).toEqual({ key: 'tenantProperty', status: 'fix', details: ['https://contoso.sharepoint.com/sites/andere'] });
    expect(result.lists.status).toBe('ok');
  });

  it('is for owners: an employee gets "no access", not a half answer', async () => {
    emu = await startEmulator();
    await provisionSchema(emu.as(PEOPLE.admin), SCHEMA);
    await expect(checkSite(emu.as(PEOPLE.employee), { siteUrl: emu.siteUrl })).rejects.toMatchObject({ kind: 'accessDenied' });
  });
});
