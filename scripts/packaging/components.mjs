// The SPFx components of the solution, read from config/config.json and each component's
// manifest: the single source for the Teams tabs and for the .sppkg check. Nothing here
// names a web part.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** JSON.parse that also accepts // and /* *\/ comments (SPFx manifests may carry them). */
export function parseJsonc(text, file = 'JSON') {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else out += ch;
  }
  try {
    return JSON.parse(out.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${file}: ${error.message}`);
  }
}

export function readJson(root, file) {
  const full = path.resolve(root, file);
  return parseJsonc(readFileSync(full, 'utf8'), file);
}

/** Case-insensitive lookup of a localized SPFx string (`{ default, "nl-NL": … }`). */
export function localized(value, languageTag) {
  if (value == null || typeof value === 'string') return value ?? undefined;
  const wanted = String(languageTag).toLowerCase();
  const key = Object.keys(value).find((k) => k.toLowerCase() === wanted);
  return key ? value[key] : value.default;
}

/**
 * Every component listed in config/config.json, in bundle order, with the fields the
 * packaging needs. Throws when a manifest file is missing or unreadable.
 */
export function loadComponents(root) {
  const config = readJson(root, 'config/config.json');
  const components = [];
  for (const [bundle, { components: list = [] }] of Object.entries(config.bundles ?? {})) {
    for (const entry of list) {
      const manifestPath = entry.manifest;
      if (!existsSync(path.resolve(root, manifestPath))) {
        throw new Error(`config/config.json (bundle "${bundle}"): manifest ${manifestPath} does not exist`);
      }
      const manifest = readJson(root, manifestPath);
      const first = (manifest.preconfiguredEntries ?? [])[0] ?? {};
      components.push({
        bundle,
        manifestPath,
        id: String(manifest.id ?? ''),
        alias: manifest.alias,
        componentType: manifest.componentType,
        version: manifest.version,
        supportedHosts: Array.isArray(manifest.supportedHosts) ? manifest.supportedHosts : [],
        title: first.title,
        description: first.description
      });
    }
  }
  return components;
}

/** Bundle names and localized resources from config/config.json. */
export function loadBundleConfig(root) {
  const config = readJson(root, 'config/config.json');
  return {
    bundles: Object.keys(config.bundles ?? {}),
    localizedResources: Object.entries(config.localizedResources ?? {}).map(([name, pattern]) => ({ name, pattern }))
  };
}
