import { resolveDataSiteUrl, SITE_URL_TENANT_PROPERTY } from '../../src/data/sp/dataSite';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';

// Which site holds the lists when a web part runs in Teams: the web part property, else
// the tenant property (storage entity) an admin sets once, else the current site.

class MemoryStorage {
  private readonly map: { [key: string]: string } = {};
  public getItem(key: string): string | null {
    return key in this.map ? this.map[key] : null;
  }
  public setItem(key: string, value: string): void {
    this.map[key] = value;
  }
}

describe('resolveDataSiteUrl', () => {
  let emu: EmulatorFixture;
  afterEach(async () => {
    await emu.close();
  });

  it('reads the tenant property once and then serves it from the cache for 12 hours', async () => {
    emu = await startEmulator({
      tenantProperties: { [SITE_URL_TENANT_PROPERTY]: { Value: 'https://maastricht.sharepoint.com/sites/stella/', Description: 'Stella', Comment: '' } }
    });
    const cache = new MemoryStorage();
    const sp = emu.as(PEOPLE.employee);
    await emu.resetStats();
    const now = Date.UTC(2026, 10, 22, 9, 0, 0);
    expect(await resolveDataSiteUrl(sp, undefined, cache, now)).toBe('https://maastricht.sharepoint.com/sites/stella');
    expect(await resolveDataSiteUrl(sp, undefined, cache, now + 60 * 60 * 1000)).toBe('https://maastricht.sharepoint.com/sites/stella');
    expect((await emu.stats()).requests).toBe(1);
    await resolveDataSiteUrl(sp, undefined, cache, now + 13 * 60 * 60 * 1000);
    expect((await emu.stats()).requests).toBe(2);
  });

  it('lets the web part property win, and falls back to the current site without a tenant property', async () => {
    emu = await startEmulator();
    const sp = emu.as(PEOPLE.employee);
    expect(await resolveDataSiteUrl(sp, 'https://maastricht.sharepoint.com/sites/vitaal', undefined)).toBe(
      'https://maastricht.sharepoint.com/sites/vitaal'
    );
    expect(await resolveDataSiteUrl(sp, undefined, new MemoryStorage())).toBeUndefined();
    // A raw read of an unknown key is SharePoint's odata.null, not an error.
    const raw = await fetch(`${emu.siteUrl}/_api/web/GetStorageEntity('Onbekend')`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${PEOPLE.employee}` }
    });
    expect(raw.status).toBe(200);
    expect(await raw.json()).toEqual({ 'odata.null': true });
  });
});
