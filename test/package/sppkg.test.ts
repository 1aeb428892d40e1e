// The .sppkg check that `npm run package` runs after the build (npm test runs before any
// build, so here it is tried on tiny packages shaped like SPFx's, made from this repo's
// config: a correct one passes, each kind of mistake is reported).
import { EMBEDDED_TEAMS_APP, expectedPackage, verifySppkg, xmlAttribute, xmlElements, type ExpectedPackage } from '../../scripts/packaging/sppkg.mjs';
import { writeZip } from '../../scripts/packaging/zip.mjs';
import { ROOT } from './fixture';

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface FakeOptions {
  appVersion?: string;
  featureVersion?: string;
  drop?: RegExp;
  hosts?: (id: string, hosts: string[]) => string[];
  componentVersion?: string;
  extraWebPart?: string;
  teamsApp?: Buffer;
  /** The API permission requests in AppManifest.xml (default: the expected ones). */
  permissions?: Array<{ resource: string; scope: string }>;
}

/** An .sppkg laid out like the one gulp package-solution writes for `expected`. */
function fakeSppkg(expected: ExpectedPackage, o: FakeOptions = {}): Buffer {
  const feature = expected.features[0];
  const permissions = o.permissions ?? expected.webApiPermissionRequests;
  // As spfx-heft-plugins' createSolutionXml.js writes them.
  const permissionXml = permissions.length
    ? `<WebApiPermissionRequests>${permissions
        .map((p) => `<WebApiPermissionRequest ResourceId="${xmlEscape(p.resource)}" Scope="${xmlEscape(p.scope)}"></WebApiPermissionRequest>`)
        .join('')}</WebApiPermissionRequests>`
    : '';
  const files: Array<{ name: string; data: string | Buffer }> = [
    {
      name: 'AppManifest.xml',
      data: `<?xml version="1.0" encoding="utf-8"?><App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest" Name="samenbeter" ProductID="${expected.solutionId}" SharePointMinVersion="16.0.0.0" IsClientSideSolution="true" Version="${o.appVersion ?? expected.sharePointVersion}" SkipFeatureDeployment="true"><Properties><Title>#SamenBeter</Title></Properties>${permissionXml}</App>`
    },
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: '_rels/.rels', data: '<Relationships/>' },
    ...expected.features.map((f) => ({
      name: `feature_${f.id}.xml`,
      data: `<?xml version="1.0" encoding="utf-8"?><Feature xmlns="http://schemas.microsoft.com/sharepoint/" Title="${xmlEscape(f.title)}" Id="${f.id}" Version="${o.featureVersion ?? expected.sharePointVersion}" Scope="Web"></Feature>`
    })),
    { name: `${feature.id}/`, data: '' },
    { name: 'ClientSideAssets.xml', data: '<Feature Title="Client Side Assets"/>' },
    { name: 'ClientSideAssets/', data: '' }
  ];
  const webParts = expected.components.map((c) => ({ ...c }));
  if (o.extraWebPart) webParts.push({ id: o.extraWebPart, alias: 'Old', componentType: 'WebPart', version: expected.version, supportedHosts: ['SharePointWebPart'] });
  for (const c of webParts) {
    const manifest = {
      id: c.id,
      alias: c.alias,
      componentType: c.componentType,
      version: o.componentVersion ?? c.version,
      manifestVersion: 2,
      supportedHosts: o.hosts ? o.hosts(c.id, c.supportedHosts) : c.supportedHosts,
      preconfiguredEntries: [{ title: { default: `It's <${c.alias}> & more` } }],
      loaderConfig: { internalModuleBaseUrls: ['HTTPS://SPCLIENTSIDEASSETLIBRARY/'] }
    };
    files.push({
      name: `${feature.id}/WebPart_${c.id}.xml`,
      data: `<?xml version="1.0" encoding="utf-8"?><Elements xmlns="http://schemas.microsoft.com/sharepoint/"><ClientSideComponent Name="${xmlEscape(c.alias)}" Id="${c.id}" ComponentManifest="${xmlEscape(JSON.stringify(manifest))}" /></Elements>`
    });
  }
  for (const bundle of expected.bundles) files.push({ name: `ClientSideAssets/${bundle}_f09dcdd71600108c9b49.js`, data: 'define([],function(){})' });
  for (const r of expected.localizedResources) {
    for (const locale of r.locales) files.push({ name: `ClientSideAssets/${r.name}_${locale}_6de2404eca234f663a55c3db09622cea.js`, data: 'define([],{})' });
  }
  if (o.teamsApp) files.push({ name: EMBEDDED_TEAMS_APP, data: o.teamsApp });
  return writeZip(files.filter((f) => !(o.drop && o.drop.test(f.name))));
}

describe('verifySppkg', () => {
  const expected = expectedPackage(ROOT);
  const [first] = expected.components;

  it('knows what this repository must package (from config.json, package-solution.json, package.json)', () => {
    expect(expected.sharePointVersion).toBe(`${expected.version}.0`);
    expect(expected.components.length).toBeGreaterThan(0);
    expect(expected.bundles.length).toBeGreaterThan(0);
    expect(expected.localizedResources.flatMap((r) => r.locales)).toEqual(expect.arrayContaining(['nl-nl', 'en-us']));
    for (const c of expected.components) expect(c.version).not.toBe('*');
  });

  it('accepts a package with everything in it', () => {
    expect(verifySppkg(fakeSppkg(expected), expected)).toEqual([]);
  });

  it('reports a missing web part', () => {
    const problems = verifySppkg(fakeSppkg(expected, { drop: new RegExp(`WebPart_${first.id}`) }), expected);
    expect(problems).toEqual([`web part ${first.alias} (${first.id}): WebPart_${first.id}.xml is missing`]);
  });

  it('reports a web part that is no longer in config.json (stale build)', () => {
    const stale = 'cccccccc-0000-4000-8000-000000000009';
    expect(verifySppkg(fakeSppkg(expected, { extraWebPart: stale }), expected).join('\n')).toMatch(/WebPart_cccccccc.*stale/);
  });

  it('reports supportedHosts that differ from the source manifest', () => {
    const problems = verifySppkg(fakeSppkg(expected, { hosts: (id, hosts) => (id === first.id ? hosts.filter((h) => h !== 'TeamsTab') : hosts) }), expected);
    expect(problems.join('\n')).toMatch(/supportedHosts in the package/);
  });

  it('reports wrong versions in AppManifest.xml, the feature and the components', () => {
    const problems = verifySppkg(fakeSppkg(expected, { appVersion: '9.9.9.0', featureVersion: '1.0.0.0', componentVersion: '0.0.1' }), expected).join('\n');
    expect(problems).toMatch(/AppManifest\.xml has Version "9\.9\.9\.0", expected "\d+\.\d+\.\d+\.0"/);
    expect(problems).toMatch(/feature_.*Version "1\.0\.0\.0"/);
    expect(problems).toMatch(/version in the package "0\.0\.1"/);
  });

  it('knows the API permissions package-solution.json requests', () => {
    expect(expected.webApiPermissionRequests).toEqual(
      expect.arrayContaining([
        { resource: 'Microsoft Graph', scope: 'TeamsActivity.Send' },
        { resource: 'Microsoft Graph', scope: 'Calendars.ReadWrite' }
      ])
    );
  });

  it('reports API permission requests in AppManifest.xml that differ from package-solution.json', () => {
    const [firstPermission, ...rest] = expected.webApiPermissionRequests;
    const missing = verifySppkg(fakeSppkg(expected, { permissions: rest }), expected);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^AppManifest\.xml requests the API permissions \[.*\], expected \[.*\]/);
    expect(missing[0].split('expected')[1]).toContain(firstPermission.scope);
    const extra = [...expected.webApiPermissionRequests, { resource: 'Microsoft Graph', scope: 'User.Read.All' }];
    expect(verifySppkg(fakeSppkg(expected, { permissions: extra }), expected).join('\n')).toMatch(/User\.Read\.All/);
    expect(verifySppkg(fakeSppkg(expected, { permissions: [...rest, firstPermission] }), expected)).toEqual([]);
  });

  it('reports missing client-side assets: manifest, bundle, localized strings', () => {
    const bundle = expected.bundles[0];
    const problems = verifySppkg(fakeSppkg(expected, { drop: new RegExp(`^ClientSideAssets(\\.xml$|/${bundle}_|/.*_nl-nl_)`) }), expected).join('\n');
    expect(problems).toMatch(/ClientSideAssets\.xml is missing/);
    expect(problems).toMatch(new RegExp(`${bundle}_<hash>\\.js`));
    expect(problems).toMatch(/_nl-nl_<hash>\.js \(localized resource\)/);
  });

  it('checks the embedded Teams app when asked to', () => {
    const teamsApp = writeZip([{ name: 'manifest.json', data: '{}' }]);
    expect(verifySppkg(fakeSppkg(expected, { teamsApp }), expected, { teamsAppZip: teamsApp })).toEqual([]);
    expect(verifySppkg(fakeSppkg(expected), expected, { teamsAppZip: teamsApp })).toEqual([
      `${EMBEDDED_TEAMS_APP} (the Teams app for "Sync to Teams") is missing`
    ]);
    const other = writeZip([{ name: 'manifest.json', data: '{"x":1}' }]);
    expect(verifySppkg(fakeSppkg(expected, { teamsApp: other }), expected, { teamsAppZip: teamsApp })[0]).toMatch(/differs/);
  });

  it('reports a file that is not a package at all', () => {
    expect(verifySppkg(Buffer.from('<html>404</html>'), expected)[0]).toMatch(/cannot be read/);
  });

  it('reads every element of a kind with its attributes', () => {
    const xml =
      '<App><WebApiPermissionRequests><WebApiPermissionRequest ResourceId="Microsoft Graph" Scope="A.B" />' +
      '<WebApiPermissionRequest Scope="C&amp;D" ResourceId="X"/></WebApiPermissionRequests></App>';
    expect(xmlElements(xml, 'WebApiPermissionRequest')).toEqual([
      { ResourceId: 'Microsoft Graph', Scope: 'A.B' },
      { Scope: 'C&D', ResourceId: 'X' }
    ]);
    expect(xmlElements('<App/>', 'WebApiPermissionRequest')).toEqual([]);
  });

  it('reads XML attributes with entities', () => {
    expect(xmlAttribute('<a x="1"><B Name="It&apos;s &lt;b&gt; &amp; &quot;c&quot; &#233;" Version="2"/></a>', 'B', 'Name')).toBe('It\'s <b> & "c" é');
    expect(xmlAttribute('<B Name="x"/>', 'B', 'Version')).toBeUndefined();
  });
});
