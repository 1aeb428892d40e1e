// Builds the Teams app package (manifest.json, localization files, icons) from
// teams-manifest/manifest.template.json, the component manifests listed in
// config/config.json, config/package-solution.json and package.json. The tabs are derived
// from each component's `supportedHosts`:
//   TeamsPersonalApp -> a static tab of the personal app (one per component, config order);
//   TeamsTab         -> the configurable channel tab (Teams allows one per app: the component
//                       named in the template's `_generator.configurableTab`, else the first).
// The activity feed types (`activities.activityTypes`) are written in the template in the
// default language, their other languages in teams-manifest/<lang>.template.json; a test keeps
// them in step with ACTIVITY_TYPES in src/core/notifications/activityTypes.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GUID, loadComponents, localized, readJson } from './components.mjs';

export const TEMPLATE = 'teams-manifest/manifest.template.json';
export const TEAMS_APP_ZIP = 'sharepoint/solution/samenbeter-teams-app.zip';

/** SharePoint's "Sync to Teams" resource: the app id of SharePoint Online itself. */
export const SHAREPOINT_ONLINE_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

/**
 * The environment variable `npm run package` reads to put another Entra app id in
 * `webApplicationInfo.id` (tenant-specific; see docs/research/teams-notifications.md and the
 * admin guide). Unset: SharePoint Online's id, as in every SPFx Teams app.
 */
export const WEB_APPLICATION_ID_ENV = 'SAMENBETER_TEAMS_WEBAPP_ID';

const ACTIVITY_KEY = /^activities\.activityTypes\[(\d+)\]\.(description|templateText)$/;

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
 * level), `tabs` (component ids per tab kind), `activityTypes` (the declared activity feed
 * types) and `notes` (things worth printing). `options.webApplicationId` replaces
 * `webApplicationInfo.id` (a GUID; the tenant's choice, never a default of ours).
 */
export function buildTeamsApp(root, options = {}) {
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

  if (options.webApplicationId !== undefined && options.webApplicationId !== '') {
    const id = String(options.webApplicationId).trim();
    if (!GUID.test(id)) throw new Error(`webApplicationInfo id "${id}" (${WEB_APPLICATION_ID_ENV}) is not a GUID`);
    if (!manifest.webApplicationInfo) throw new Error(`${TEMPLATE}: no webApplicationInfo to put the id ${id} in`);
    manifest.webApplicationInfo = { ...manifest.webApplicationInfo, id: id.toLowerCase() };
    if (id.toLowerCase() !== SHAREPOINT_ONLINE_APP_ID) {
      notes.push(`webApplicationInfo.id is ${id.toLowerCase()} (${WEB_APPLICATION_ID_ENV}) instead of SharePoint Online's ${SHAREPOINT_ONLINE_APP_ID}`);
    }
  }

  const activityTypes = manifest.activities?.activityTypes ?? [];
  const typeNames = activityTypes.map((a) => a.type);
  if (new Set(typeNames).size !== typeNames.length) throw new Error(`${TEMPLATE}: activities.activityTypes has a type twice`);
  if (typeNames.includes('systemDefault')) throw new Error(`${TEMPLATE}: "systemDefault" is reserved by Graph and may not be declared`);

  // Localization: the default language file repeats the manifest's own strings (Teams wants
  // them to agree); every other language has a template with the app strings, and the tab
  // names come from the component manifests.
  const localizationSchema = schemaUrl(manifest.manifestVersion, 'MicrosoftTeams.Localization');
  const tabNames = (languageTag) =>
    Object.fromEntries(personal.map((c, i) => [`staticTabs[${i}].name`, titleOf(c, languageTag)]));
  const activityStrings = Object.fromEntries(
    activityTypes.flatMap((a, i) => [
      [`activities.activityTypes[${i}].description`, a.description],
      [`activities.activityTypes[${i}].templateText`, a.templateText]
    ])
  );
  const languageFiles = {};
  const info = manifest.localizationInfo;
  if (info?.defaultLanguageFile) {
    languageFiles[info.defaultLanguageFile] = {
      $schema: localizationSchema,
      'name.short': manifest.name.short,
      ...(manifest.name.full ? { 'name.full': manifest.name.full } : {}),
      'description.short': manifest.description.short,
      'description.full': manifest.description.full,
      ...tabNames(info.defaultLanguageTag),
      ...activityStrings
    };
  }
  for (const { languageTag, file } of info?.additionalLanguages ?? []) {
    const source = `teams-manifest/${path.basename(file, '.json')}.template.json`;
    const strings = readJson(root, source);
    // Every activity type speaks every language (Teams would fall back to the default one),
    // and no key points past the declared types.
    for (const key of Object.keys(strings)) {
      const m = ACTIVITY_KEY.exec(key);
      if (m && Number(m[1]) >= activityTypes.length) throw new Error(`${source}: ${key} has no activity type (${activityTypes.length} declared)`);
    }
    activityTypes.forEach((a, i) => {
      if (!strings[`activities.activityTypes[${i}].templateText`]) {
        throw new Error(`${source}: activities.activityTypes[${i}].templateText (${a.type}) is missing`);
      }
    });
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
    activityTypes: typeNames,
    notes
  };
}
