// Builds the Teams app package (manifest.json, localization files, icons) from
// teams-manifest/manifest.template.json, the component manifests listed in
// config/config.json, config/package-solution.json and package.json. The tabs are derived
// from each component's `supportedHosts`:
//   TeamsPersonalApp -> a static tab of the personal app (one per component, config order);
//   TeamsTab         -> the configurable channel tab (Teams allows one per app: the component
//                       named in the template's `_generator.configurableTab`, else the first).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GUID, loadComponents, localized, readJson } from './components.mjs';

export const TEMPLATE = 'teams-manifest/manifest.template.json';
export const TEAMS_APP_ZIP = 'sharepoint/solution/samenbeter-teams-app.zip';

/** SharePoint's "Sync to Teams" resource: the app id of SharePoint Online itself. */
export const SHAREPOINT_ONLINE_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

// The SPFx tab URLs from "Deployment options for SharePoint Framework solutions for Microsoft
// Teams" (learn.microsoft.com/sharepoint/dev/spfx/deployment-spfx-teams-solutions). Teams
// fills in {teamSiteDomain}, {teamSitePath} and {locale}; the component id is ours to set.
export function personalTabUrl(componentId) {
  return (
    'https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx' +
    `%3Fteams%26personal%26componentId=${componentId}%26forceLocale={locale}`
  );
}

export function configurableTabUrl(componentId) {
  return (
    'https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx' +
    `%3FopenPropertyPane=true%26teams%26componentId=${componentId}%26forceLocale={locale}`
  );
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

function substitute(value, vars, where = '') {
  if (typeof value === 'string') {
    const whole = /^\{\{([\w.]+)\}\}$/.exec(value);
    if (whole) {
      if (!(whole[1] in vars)) throw new Error(`${TEMPLATE}: unknown placeholder ${value} at ${where || '/'}`);
      return vars[whole[1]];
    }
    return value.replace(/\{\{([\w.]+)\}\}/g, (match, key) => {
      if (!(key in vars)) throw new Error(`${TEMPLATE}: unknown placeholder ${match} at ${where || '/'}`);
      return String(vars[key]);
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => substitute(v, vars, `${where}/${i}`));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const s = substitute(v, vars, `${where}/${k}`);
      if (s !== undefined) out[k] = s;
    }
    return out;
  }
  return value;
}

function titleOf(component, languageTag) {
  const title = localized(component.title, languageTag);
  if (!title) throw new Error(`${component.manifestPath}: preconfiguredEntries[0].title is needed for its Teams tab name`);
  return title;
}

/** The schema URL of a Teams manifest file for `manifestVersion` ("MicrosoftTeams" or "MicrosoftTeams.Localization"). */
export function schemaUrl(manifestVersion, kind = 'MicrosoftTeams') {
  return `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/${kind}.schema.json`;
}

/**
 * The Teams app package of the solution in `root`: `manifest` (the final manifest.json),
 * `languageFiles` (file name -> localization JSON), `files` (what goes into the zip, root
 * level), `tabs` (component ids per tab kind) and `notes` (things worth printing).
 */
export function buildTeamsApp(root) {
  const pkg = readJson(root, 'package.json');
  if (!SEMVER.test(String(pkg.version))) {
    throw new Error(`package.json: version "${pkg.version}" must be x.y.z (SharePoint and Teams need plain numbers)`);
  }
  const solution = readJson(root, 'config/package-solution.json').solution;
  const developer = solution.developer ?? {};
  const template = readJson(root, TEMPLATE);
  const { _generator: generator = {}, ...manifestTemplate } = template;
  const components = loadComponents(root);
  const notes = [];

  const personal = components.filter((c) => c.supportedHosts.includes('TeamsPersonalApp'));
  const tabCapable = components.filter((c) => c.supportedHosts.includes('TeamsTab'));
  if (personal.length > 16) throw new Error(`Teams allows 16 static tabs; ${personal.length} components support TeamsPersonalApp`);
  let channel = tabCapable[0];
  if (generator.configurableTab) {
    const wanted = String(generator.configurableTab).toLowerCase();
    channel = tabCapable.find((c) => c.id.toLowerCase() === wanted || String(c.alias).toLowerCase() === wanted);
    if (!channel) {
      throw new Error(`${TEMPLATE}: _generator.configurableTab "${generator.configurableTab}" is not a component that supports TeamsTab`);
    }
  } else if (tabCapable.length > 1) {
    notes.push(
      `${tabCapable.length} components support TeamsTab but Teams allows one configurable tab per app; ` +
        `the channel tab is ${channel.alias} (set _generator.configurableTab in ${TEMPLATE} to choose)`
    );
  }
  if (personal.length === 0 && !channel) throw new Error('no component supports TeamsPersonalApp or TeamsTab: nothing to put in Teams');

  const defaultLanguage = manifestTemplate.localizationInfo?.defaultLanguageTag ?? 'en-us';
  const staticTabs = personal.map((c) => ({
    entityId: c.id,
    name: titleOf(c, defaultLanguage),
    contentUrl: personalTabUrl(c.id),
    scopes: ['personal']
  }));
  const configurableTabs = channel
    ? [{ configurationUrl: configurableTabUrl(channel.id), canUpdateConfiguration: true, scopes: ['team'] }]
    : [];

  const manifest = substitute(manifestTemplate, {
    solutionId: solution.id,
    version: pkg.version,
    'developer.name': developer.name,
    'developer.websiteUrl': developer.websiteUrl,
    'developer.privacyUrl': developer.privacyUrl,
    'developer.termsOfUseUrl': developer.termsOfUseUrl,
    staticTabs: staticTabs.length ? staticTabs : undefined,
    configurableTabs: configurableTabs.length ? configurableTabs : undefined
  });
  if (!GUID.test(manifest.id)) throw new Error(`Teams app id "${manifest.id}" is not a GUID`);

  // Localization: the default language file repeats the manifest's own strings (Teams wants
  // them to agree); every other language has a template with the app strings, and the tab
  // names come from the component manifests.
  const localizationSchema = schemaUrl(manifest.manifestVersion, 'MicrosoftTeams.Localization');
  const tabNames = (languageTag) =>
    Object.fromEntries(personal.map((c, i) => [`staticTabs[${i}].name`, titleOf(c, languageTag)]));
  const languageFiles = {};
  const info = manifest.localizationInfo;
  if (info?.defaultLanguageFile) {
    languageFiles[info.defaultLanguageFile] = {
      $schema: localizationSchema,
      'name.short': manifest.name.short,
      ...(manifest.name.full ? { 'name.full': manifest.name.full } : {}),
      'description.short': manifest.description.short,
      'description.full': manifest.description.full,
      ...tabNames(info.defaultLanguageTag)
    };
  }
  for (const { languageTag, file } of info?.additionalLanguages ?? []) {
    const source = `teams-manifest/${path.basename(file, '.json')}.template.json`;
    const strings = readJson(root, source);
    languageFiles[file] = { $schema: localizationSchema, ...strings, ...tabNames(languageTag) };
  }

  const json = (value) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  const files = [{ name: 'manifest.json', data: json(manifest) }];
  for (const [name, value] of Object.entries(languageFiles)) files.push({ name, data: json(value) });
  for (const icon of Object.values(manifest.icons ?? {})) {
    files.push({ name: icon, data: readFileSync(path.resolve(root, 'teams-manifest', icon)) });
  }

  const leftover = JSON.stringify([manifest, languageFiles]).match(/\{\{[^}]*\}\}/);
  if (leftover) throw new Error(`${TEMPLATE}: unresolved placeholder ${leftover[0]}`);

  return {
    manifest,
    languageFiles,
    files,
    tabs: { personal: personal.map((c) => c.id), configurable: channel ? [channel.id] : [] },
    notes
  };
}
