// The Teams app package generated from teams-manifest/ and the component manifests: valid
// against the official schema from @microsoft/app-manifest, tabs in step with supportedHosts,
// SPFx tab URLs, ids, localization and the zip layout.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadComponents, localized } from '../../scripts/packaging/components.mjs';
import {
  SHAREPOINT_ONLINE_APP_ID,
  WEB_APPLICATION_ID_ENV,
  buildTeamsApp,
  configurableTabUrl,
  personalTabUrl,
  schemaUrl,
  type TeamsApp
} from '../../scripts/packaging/teams-app.mjs';
import { bundledSchemaVersions, compileSchema, schemaFiles, validateTeamsApp } from '../../scripts/packaging/teams-schema.mjs';
import { readZip, writeZip } from '../../scripts/packaging/zip.mjs';
import { ROOT, SOLUTION_ID, makeProject } from './fixture';

interface StaticTab {
  entityId: string;
  name: string;
  contentUrl: string;
  scopes: string[];
}

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const solution = (JSON.parse(readFileSync(path.join(ROOT, 'config/package-solution.json'), 'utf8')) as { solution: { id: string } }).solution;

describe('the Teams app of this repository', () => {
  let app: TeamsApp;
  beforeAll(() => {
    app = buildTeamsApp(ROOT);
  });

  it('uses a manifest version whose official JSON schema is in @microsoft/app-manifest', () => {
    const files = schemaFiles(ROOT, app.manifest.manifestVersion);
    expect(existsSync(files.manifest)).toBe(true);
    expect(existsSync(files.localization)).toBe(true);
    expect(bundledSchemaVersions(ROOT)).toContain(app.manifest.manifestVersion);
    expect(app.manifest.$schema).toBe(schemaUrl(app.manifest.manifestVersion));
  });

  it('uses the oldest manifest version that validates every feature it uses (at least 1.13, for Outlook and the Microsoft 365 app)', () => {
    // Evidence instead of "the newest": Learn's "App manifest schema" lists 1.13 as the first
    // version for Teams apps that also run in Outlook and the Microsoft 365 app; the bundled
    // schemas decide which later version our manifest's features (localizationInfo's
    // defaultLanguageFile) first validate in.
    const minor = (v: string): number => Number(v.split('.')[1]);
    const chosen = app.manifest.manifestVersion;
    expect(minor(chosen)).toBeGreaterThanOrEqual(13);
    const older = bundledSchemaVersions(ROOT).filter((v) => v.split('.')[0] === '1' && minor(v) >= 13 && minor(v) < minor(chosen));
    for (const version of older) {
      const validate = compileSchema(ROOT, schemaFiles(ROOT, version).manifest);
      const errors = validate({ ...app.manifest, manifestVersion: version, $schema: schemaUrl(version) });
      expect([version, errors.length > 0]).toEqual([version, true]);
    }
  });

  it('validates against the official manifest schema', () => {
    const validate = compileSchema(ROOT, schemaFiles(ROOT, app.manifest.manifestVersion).manifest);
    expect(validate(app.manifest)).toEqual([]);
  });

  it('has Dutch and English localization files that validate against the localization schema', () => {
    const validate = compileSchema(ROOT, schemaFiles(ROOT, app.manifest.manifestVersion).localization);
    expect(app.manifest.localizationInfo.defaultLanguageTag).toBe('nl-nl');
    expect(app.manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'en-us', file: 'en-us.json' }]);
    expect(Object.keys(app.languageFiles).sort()).toEqual(['en-us.json', 'nl-nl.json']);
    for (const [file, content] of Object.entries(app.languageFiles)) {
      expect([file, validate(content)]).toEqual([file, []]);
      expect(content.$schema).toBe(schemaUrl(app.manifest.manifestVersion, 'MicrosoftTeams.Localization'));
    }
    // The default language file repeats the manifest's strings, the activity feed texts too.
    const nl = app.languageFiles['nl-nl.json'];
    expect(nl['name.short']).toBe(app.manifest.name.short);
    expect(nl['description.short']).toBe(app.manifest.description.short);
    expect(nl['description.full']).toBe(app.manifest.description.full);
    (app.manifest.activities.activityTypes as Array<{ description: string; templateText: string }>).forEach((a, i) => {
      expect(nl[`activities.activityTypes[${i}].templateText`]).toBe(a.templateText);
      expect(nl[`activities.activityTypes[${i}].description`]).toBe(a.description);
    });
    // English is really English, not a copy of the Dutch.
    expect(app.languageFiles['en-us.json']['description.short']).not.toBe(nl['description.short']);
  });

  it('is checked strictly: the validator rejects broken manifests and over-long strings', () => {
    const files = schemaFiles(ROOT, app.manifest.manifestVersion);
    const validate = compileSchema(ROOT, files.manifest);
    const broken = JSON.parse(JSON.stringify(app.manifest));
    delete broken.id;
    broken.accentColor = 'red';
    broken.staticTabs[0].scopes = ['everywhere'];
    const errors = validate(broken).join('\n');
    expect(errors).toMatch(/id/);
    expect(errors).toMatch(/accentColor/);
    expect(errors).toMatch(/scopes/);
    // maxLength sits next to a $ref in the localization schema: enforced like Teams does.
    const validateLoc = compileSchema(ROOT, files.localization);
    expect(validateLoc({ ...app.languageFiles['en-us.json'], 'name.short': 'x'.repeat(31) })).not.toEqual([]);
    expect(validateLoc({ ...app.languageFiles['en-us.json'], 'staticTabs[0].nam': 'typo' })).not.toEqual([]);
  });

  it('is the app of the SPFx solution, with the package.json version', () => {
    expect(app.manifest.id).toBe(solution.id);
    expect(app.manifest.version).toBe(pkg.version);
    expect(JSON.stringify(app)).not.toMatch(/\{\{/);
    expect(app.manifest).not.toHaveProperty('_generator');
  });

  it('has a personal tab for every component with TeamsPersonalApp and a channel tab for one with TeamsTab', () => {
    const components = loadComponents(ROOT);
    const personal = components.filter((c) => c.supportedHosts.includes('TeamsPersonalApp'));
    const tabCapable = components.filter((c) => c.supportedHosts.includes('TeamsTab'));
    const staticTabs: StaticTab[] = app.manifest.staticTabs ?? [];
    expect(staticTabs.map((t) => t.entityId)).toEqual(personal.map((c) => c.id));
    staticTabs.forEach((tab, i) => {
      const component = personal[i];
      expect(tab.scopes).toEqual(['personal']);
      expect(tab.contentUrl).toBe(personalTabUrl(component.id));
      expect(tab.name).toBe(localized(component.title, 'nl-NL'));
      expect(app.languageFiles['nl-nl.json'][`staticTabs[${i}].name`]).toBe(localized(component.title, 'nl-NL'));
      expect(app.languageFiles['en-us.json'][`staticTabs[${i}].name`]).toBe(localized(component.title, 'en-US'));
    });
    if (tabCapable.length === 0) expect(app.manifest.configurableTabs).toBeUndefined();
    else {
      expect(app.manifest.configurableTabs).toHaveLength(1);
      const [tab] = app.manifest.configurableTabs;
      expect(tab.scopes).toEqual(['team']);
      expect(tabCapable.map((c) => configurableTabUrl(c.id))).toContain(tab.configurationUrl);
    }
  });

  it('uses the SPFx tab URLs, domains and SharePoint resource', () => {
    expect(personalTabUrl('ID')).toBe(
      'https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=ID%26forceLocale={locale}'
    );
    expect(configurableTabUrl('ID')).toBe(
      'https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=ID%26forceLocale={locale}'
    );
    expect(app.manifest.validDomains).toEqual(
      expect.arrayContaining(['*.login.microsoftonline.com', '*.sharepoint.com', 'resource.teams.microsoft.com'])
    );
    expect(app.manifest.webApplicationInfo).toEqual({ id: SHAREPOINT_ONLINE_APP_ID, resource: 'https://{teamSiteDomain}' });
    expect(app.manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it('takes a tenant webApplicationInfo id only when the builder gives one (never a default of ours)', () => {
    // The id Graph matches activity notifications against is tenant-specific or unverified
    // (docs/research/teams-notifications.md): `npm run package` reads it from the environment.
    expect(WEB_APPLICATION_ID_ENV).toBe('SAMENBETER_TEAMS_WEBAPP_ID');
    expect(buildTeamsApp(ROOT, { webApplicationId: '' }).manifest.webApplicationInfo.id).toBe(SHAREPOINT_ONLINE_APP_ID);
    expect(buildTeamsApp(ROOT, { webApplicationId: SHAREPOINT_ONLINE_APP_ID }).notes).toEqual(app.notes);
    const tenant = 'AAAAAAAA-1111-4222-8333-444444444444';
    const custom = buildTeamsApp(ROOT, { webApplicationId: ` ${tenant} ` });
    expect(custom.manifest.webApplicationInfo).toEqual({ id: tenant.toLowerCase(), resource: 'https://{teamSiteDomain}' });
    expect(custom.notes.join(' ')).toMatch(/webApplicationInfo\.id is aaaaaaaa-1111-4222-8333-444444444444 \(SAMENBETER_TEAMS_WEBAPP_ID\)/);
    expect(validateTeamsApp(ROOT, custom)).toEqual([]);
    expect(() => buildTeamsApp(ROOT, { webApplicationId: 'SharePoint Online Client Extensibility' })).toThrow(/not a GUID/);
  });

  it('zips manifest, localization files and icons at the root of the package', () => {
    const entries = readZip(writeZip(app.files));
    expect(entries.map((e) => e.name).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'nl-nl.json', 'outline.png']);
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    expect(manifest).toEqual(app.manifest);
    expect(entries.find((e) => e.name === 'color.png')!.data.equals(readFileSync(path.join(ROOT, 'teams-manifest/color.png')))).toBe(true);
  });
});

describe('the Teams app generator (synthetic projects)', () => {
  const ids = {
    theme: 'aaaaaaaa-0000-4000-8000-000000000001',
    activities: 'aaaaaaaa-0000-4000-8000-000000000002',
    studio: 'aaaaaaaa-0000-4000-8000-000000000003',
    news: 'aaaaaaaa-0000-4000-8000-000000000004'
  };
  const components = [
    { id: ids.theme, alias: 'Theme', supportedHosts: ['SharePointWebPart', 'TeamsPersonalApp', 'TeamsTab'] },
    { id: ids.activities, alias: 'Activities', supportedHosts: ['SharePointWebPart', 'TeamsPersonalApp'] },
    { id: ids.studio, alias: 'Studio', supportedHosts: ['TeamsPersonalApp', 'TeamsTab'], bundle: 'theme-bundle' },
    { id: ids.news, alias: 'News', supportedHosts: ['SharePointWebPart'], title: { default: 'News only' } }
  ];

  it('derives the tabs from supportedHosts of whatever components config.json lists', () => {
    const project = makeProject({ components });
    try {
      const app = buildTeamsApp(project.root);
      expect(app.manifest.id).toBe(SOLUTION_ID);
      expect(app.manifest.version).toBe('1.2.3');
      // config.json order: bundles in order, components in order within a bundle.
      expect(app.tabs.personal).toEqual([ids.theme, ids.studio, ids.activities]);
      expect(app.tabs.configurable).toEqual([ids.theme]);
      expect(app.notes.join(' ')).toMatch(/2 components support TeamsTab.*Theme/);
      expect(app.languageFiles['en-us.json']['staticTabs[2].name']).toBe('Activities (en)');
      expect(app.languageFiles['nl-nl.json']['staticTabs[1].name']).toBe('Studio (nl)');
      expect(app.manifest.staticTabs[1].name).toBe('Studio (nl)');
      expect(validateTeamsApp(ROOT, app)).toEqual([]);
    } finally {
      project.cleanup();
    }
  });

  it('takes the channel tab named in _generator.configurableTab', () => {
    const project = makeProject({ components, generator: { configurableTab: 'Studio' } });
    try {
      const app = buildTeamsApp(project.root);
      expect(app.tabs.configurable).toEqual([ids.studio]);
      expect(app.manifest.configurableTabs[0].configurationUrl).toBe(configurableTabUrl(ids.studio));
      expect(app.notes).toEqual([]);
    } finally {
      project.cleanup();
    }
  });

  it('refuses a channel tab choice that does not support TeamsTab', () => {
    const project = makeProject({ components, generator: { configurableTab: 'News' } });
    try {
      expect(() => buildTeamsApp(project.root)).toThrow(/configurableTab "News"/);
    } finally {
      project.cleanup();
    }
  });

  it('leaves out tab kinds no component supports, and refuses an app without any', () => {
    const personalOnly = makeProject({ components: [components[1]] });
    const none = makeProject({ components: [components[3]] });
    try {
      const app = buildTeamsApp(personalOnly.root);
      expect(app.manifest.configurableTabs).toBeUndefined();
      expect(app.manifest.staticTabs).toHaveLength(1);
      expect(validateTeamsApp(ROOT, app)).toEqual([]);
      expect(() => buildTeamsApp(none.root)).toThrow(/nothing to put in Teams/);
    } finally {
      personalOnly.cleanup();
      none.cleanup();
    }
  });

  it('needs every activity type translated in every additional language, and nothing more', () => {
    const missing = makeProject({ components });
    const extra = makeProject({ components });
    try {
      const enFile = (root: string): string => path.join(root, 'teams-manifest/en-us.template.json');
      const en = JSON.parse(readFileSync(enFile(missing.root), 'utf8')) as Record<string, string>;
      const { ['activities.activityTypes[1].templateText']: dropped, ...withoutOne } = en;
      expect(dropped).toEqual(expect.any(String));
      writeFileSync(enFile(missing.root), JSON.stringify(withoutOne));
      expect(() => buildTeamsApp(missing.root)).toThrow(/activities\.activityTypes\[1\]\.templateText \(dateCancelled\) is missing/);
      writeFileSync(enFile(extra.root), JSON.stringify({ ...en, 'activities.activityTypes[9].templateText': 'stale' }));
      expect(() => buildTeamsApp(extra.root)).toThrow(/activities\.activityTypes\[9\]\.templateText has no activity type/);
    } finally {
      missing.cleanup();
      extra.cleanup();
    }
  });

  it('refuses the reserved systemDefault activity type and a type declared twice', () => {
    const reserved = makeProject({ components });
    const twice = makeProject({ components });
    try {
      const templateFile = (root: string): string => path.join(root, 'teams-manifest/manifest.template.json');
      const template = JSON.parse(readFileSync(templateFile(reserved.root), 'utf8'));
      const types = template.activities.activityTypes;
      writeFileSync(templateFile(reserved.root), JSON.stringify({ ...template, activities: { activityTypes: [...types.slice(0, 3), { ...types[3], type: 'systemDefault' }] } }));
      expect(() => buildTeamsApp(reserved.root)).toThrow(/systemDefault/);
      writeFileSync(templateFile(twice.root), JSON.stringify({ ...template, activities: { activityTypes: [...types.slice(0, 3), types[0]] } }));
      expect(() => buildTeamsApp(twice.root)).toThrow(/a type twice/);
    } finally {
      reserved.cleanup();
      twice.cleanup();
    }
  });

  it('refuses a package.json version Teams and SharePoint cannot both use', () => {
    const project = makeProject({ components, version: '1.2.3-beta.1' });
    try {
      expect(() => buildTeamsApp(project.root)).toThrow(/x\.y\.z/);
    } finally {
      project.cleanup();
    }
  });
});
