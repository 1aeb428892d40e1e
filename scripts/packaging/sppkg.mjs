// Checks a built .sppkg against the source: every component of config/config.json present
// (web parts as WebPart_<id>.xml) with its supportedHosts and version, the client-side assets
// (one script per bundle, one per localized resource and locale), the solution and feature
// versions x.y.z.0, the API permission requests of package-solution.json (what the admin
// approves under "API access") and, when given, the embedded Teams app package.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadBundleConfig, loadComponents, readJson } from './components.mjs';
import { sourceVersion, toSharePointVersion } from './versions.mjs';
import { readZip } from './zip.mjs';

export const SPPKG = 'sharepoint/solution/samenbeter-m365.sppkg';
/** Where SharePoint's "Sync to Teams" looks for a developer-provided Teams app package. */
export const EMBEDDED_TEAMS_APP = 'ClientSideAssets/TeamsSPFxApp.zip';

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function localesOf(root, pattern) {
  // "lib/loc/{locale}.js" is compiled from "src/loc/{locale}.js".
  const source = pattern.replace(/^(\.\/)?lib\//, 'src/');
  const dir = path.resolve(root, path.dirname(source));
  if (!source.includes('{locale}') || !existsSync(dir)) return [];
  const fileRe = new RegExp(`^${escapeRegExp(path.basename(source)).replace('\\{locale\\}', '([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)')}$`);
  return readdirSync(dir)
    .map((f) => fileRe.exec(f)?.[1])
    .filter(Boolean)
    .map((l) => l.toLowerCase())
    .sort();
}

/** What the .sppkg built from the sources in `root` must contain. */
export function expectedPackage(root) {
  const version = sourceVersion(root);
  const solution = readJson(root, 'config/package-solution.json').solution;
  const { bundles, localizedResources } = loadBundleConfig(root);
  return {
    version,
    sharePointVersion: toSharePointVersion(version),
    solutionId: solution.id,
    features: (solution.features ?? []).map((f) => ({ id: f.id, title: f.title })),
    components: loadComponents(root).map((c) => ({
      id: c.id,
      alias: c.alias,
      componentType: c.componentType,
      // SPFx replaces a component version of "*" with package.json's version.
      version: c.version === '*' ? version : c.version,
      supportedHosts: c.supportedHosts
    })),
    bundles,
    localizedResources: localizedResources.map((r) => ({ name: r.name, locales: localesOf(root, r.pattern) })),
    // package-solution writes each as <WebApiPermissionRequest ResourceId="…" Scope="…"/> in
    // AppManifest.xml (spfx-heft-plugins, createSolutionXml.js).
    webApiPermissionRequests: (solution.webApiPermissionRequests ?? []).map((r) => ({ resource: r.resource, scope: r.scope }))
  };
}

function decodeXml(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The value of `attribute` on the first `<element …>` of `xml`, decoded; undefined if absent. */
export function xmlAttribute(xml, element, attribute) {
  const tag = new RegExp(`<${element}\\b([^>]*)>`).exec(xml);
  if (!tag) return undefined;
  const value = new RegExp(`\\s${attribute}="([^"]*)"`).exec(tag[1]);
  return value ? decodeXml(value[1]) : undefined;
}

/** The decoded attributes of every `<element …>` of `xml`, in order. */
export function xmlElements(xml, element) {
  const out = [];
  for (const tag of xml.matchAll(new RegExp(`<${element}\\b([^>]*?)/?>`, 'g'))) {
    const attributes = {};
    for (const a of tag[1].matchAll(/\s([\w:.-]+)="([^"]*)"/g)) attributes[a[1]] = decodeXml(a[2]);
    out.push(attributes);
  }
  return out;
}

const sameList = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const permissionKey = (resource, scope) => `${resource} ${scope}`;

/**
 * Verifies the bytes of an .sppkg against `expected` (from expectedPackage). With
 * `options.teamsAppZip`, the package must embed exactly that Teams app package.
 * Returns a list of problems; empty when the package is right.
 */
export function verifySppkg(sppkg, expected, options = {}) {
  let entries;
  try {
    entries = readZip(sppkg);
  } catch (error) {
    return [`the .sppkg cannot be read: ${error.message}`];
  }
  const problems = [];
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const text = (name) => byName.get(name.toLowerCase())?.data.toString('utf8');

  const app = text('AppManifest.xml');
  if (!app) problems.push('AppManifest.xml is missing');
  else {
    const version = xmlAttribute(app, 'App', 'Version');
    if (version !== expected.sharePointVersion) {
      problems.push(`AppManifest.xml has Version "${version}", expected "${expected.sharePointVersion}"`);
    }
    const productId = xmlAttribute(app, 'App', 'ProductID');
    if (String(productId).toLowerCase() !== String(expected.solutionId).toLowerCase()) {
      problems.push(`AppManifest.xml has ProductID "${productId}", expected the solution id "${expected.solutionId}"`);
    }
    const requested = xmlElements(app, 'WebApiPermissionRequest').map((r) => permissionKey(r.ResourceId, r.Scope)).sort();
    const wanted = (expected.webApiPermissionRequests ?? []).map((r) => permissionKey(r.resource, r.scope)).sort();
    if (!sameList(requested, wanted)) {
      problems.push(`AppManifest.xml requests the API permissions ${JSON.stringify(requested)}, expected ${JSON.stringify(wanted)} (config/package-solution.json)`);
    }
  }

  for (const feature of expected.features) {
    const xml = text(`feature_${feature.id}.xml`);
    if (!xml) problems.push(`feature_${feature.id}.xml (${feature.title}) is missing`);
    else {
      const version = xmlAttribute(xml, 'Feature', 'Version');
      if (version !== expected.sharePointVersion) {
        problems.push(`feature_${feature.id}.xml has Version "${version}", expected "${expected.sharePointVersion}"`);
      }
    }
  }

  const webPartFiles = entries.filter((e) => /(^|\/)WebPart_[^/]+\.xml$/i.test(e.name));
  const xmlText = entries.filter((e) => e.name.toLowerCase().endsWith('.xml')).map((e) => e.data.toString('utf8').toLowerCase());
  for (const component of expected.components) {
    const label = `${component.alias} (${component.id})`;
    if (component.componentType !== 'WebPart') {
      if (!xmlText.some((x) => x.includes(component.id.toLowerCase()))) problems.push(`component ${label} is not in the package`);
      continue;
    }
    const file = webPartFiles.find((e) => e.name.toLowerCase().endsWith(`webpart_${component.id.toLowerCase()}.xml`));
    if (!file) {
      problems.push(`web part ${label}: WebPart_${component.id}.xml is missing`);
      continue;
    }
    const raw = xmlAttribute(file.data.toString('utf8'), 'ClientSideComponent', 'ComponentManifest');
    let manifest;
    try {
      manifest = JSON.parse(raw ?? '');
    } catch {
      problems.push(`${file.name}: no readable ComponentManifest`);
      continue;
    }
    if (String(manifest.id).toLowerCase() !== component.id.toLowerCase()) {
      problems.push(`${file.name}: ComponentManifest id is "${manifest.id}"`);
    }
    if (!sameList(manifest.supportedHosts ?? [], component.supportedHosts)) {
      problems.push(
        `web part ${label}: supportedHosts in the package ${JSON.stringify(manifest.supportedHosts)} differ from the source ${JSON.stringify(component.supportedHosts)}`
      );
    }
    if (manifest.version !== component.version) {
      problems.push(`web part ${label}: version in the package "${manifest.version}", expected "${component.version}"`);
    }
  }
  const known = new Set(expected.components.map((c) => c.id.toLowerCase()));
  for (const file of webPartFiles) {
    const id = /WebPart_([^/]+)\.xml$/i.exec(file.name)[1].toLowerCase();
    if (!known.has(id)) problems.push(`${file.name} is in the package but not in config/config.json (stale build?)`);
  }

  if (!byName.has('clientsideassets.xml')) problems.push('ClientSideAssets.xml is missing (includeClientSideAssets)');
  const assets = entries.map((e) => e.name).filter((n) => /^ClientSideAssets\//i.test(n));
  for (const bundle of expected.bundles) {
    const re = new RegExp(`^ClientSideAssets/${escapeRegExp(bundle)}_[A-Za-z0-9]+\\.js$`, 'i');
    if (!assets.some((n) => re.test(n))) problems.push(`ClientSideAssets/${bundle}_<hash>.js (bundle "${bundle}") is missing`);
  }
  for (const resource of expected.localizedResources) {
    const locales = resource.locales.length ? resource.locales : [''];
    for (const locale of locales) {
      const prefix = `clientsideassets/${resource.name}_${locale ? `${locale}_` : ''}`.toLowerCase();
      if (!assets.some((n) => n.toLowerCase().startsWith(prefix) && n.endsWith('.js'))) {
        problems.push(`ClientSideAssets/${resource.name}_${locale ? `${locale}_` : ''}<hash>.js (localized resource) is missing`);
      }
    }
  }

  if (options.teamsAppZip) {
    const embedded = byName.get(EMBEDDED_TEAMS_APP.toLowerCase());
    if (!embedded) problems.push(`${EMBEDDED_TEAMS_APP} (the Teams app for "Sync to Teams") is missing`);
    else if (!embedded.data.equals(options.teamsAppZip)) problems.push(`${EMBEDDED_TEAMS_APP} differs from the Teams app package built now`);
  }
  return problems;
}
