// One version number: package.json `version` (x.y.z) is the source. The SharePoint package
// (config/package-solution.json: solution.version and every feature's version) carries
// x.y.z.0; the Teams manifest gets x.y.z when it is generated; CHANGELOG.md has an entry.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readJson, parseJsonc } from './components.mjs';

export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const PACKAGE_SOLUTION = 'config/package-solution.json';

/** package.json's version, checked to be x.y.z (no pre-release: SharePoint needs numbers). */
export function sourceVersion(root) {
  const version = String(readJson(root, 'package.json').version);
  if (!SEMVER.test(version)) {
    throw new Error(`package.json: version "${version}" must be x.y.z (no pre-release or build tags: SharePoint needs four numbers)`);
  }
  const parts = version.split('.').map(Number);
  if (parts.some((n) => n > 65535)) throw new Error(`package.json: version "${version}" has a part above 65535`);
  return version;
}

/** x.y.z -> x.y.z.0, the four-part form SharePoint uses. */
export function toSharePointVersion(version) {
  return `${version}.0`;
}

/** Every place the version lives, with the value found there and the value it should have. */
export function versionPlaces(root) {
  const version = sourceVersion(root);
  const sp = toSharePointVersion(version);
  const ps = readJson(root, PACKAGE_SOLUTION);
  const places = [{ where: `${PACKAGE_SOLUTION} solution.version`, found: ps.solution?.version, expected: sp }];
  (ps.solution?.features ?? []).forEach((f, i) => {
    places.push({ where: `${PACKAGE_SOLUTION} solution.features[${i}].version (${f.title ?? f.id})`, found: f.version, expected: sp });
  });
  const template = readJson(root, 'teams-manifest/manifest.template.json');
  places.push({
    where: 'teams-manifest/manifest.template.json version',
    found: template.version === '{{version}}' ? version : template.version,
    expected: version
  });
  return { version, places };
}

/** Problems with the versions; empty when everything is in step with package.json. */
export function checkVersions(root) {
  const { version, places } = versionPlaces(root);
  const problems = places
    .filter((p) => p.found !== p.expected)
    .map((p) => `${p.where} is "${p.found}", expected "${p.expected}" (from package.json ${version}); run npm run version:sync`);
  const changelog = path.join(root, 'CHANGELOG.md');
  if (!existsSync(changelog)) problems.push('CHANGELOG.md is missing');
  else {
    const escaped = version.replace(/\./g, '\\.');
    if (!new RegExp(`^## \\[${escaped}\\]`, 'm').test(readFileSync(changelog, 'utf8'))) {
      problems.push(`CHANGELOG.md has no "## [${version}]" entry`);
    }
  }
  return { version, problems };
}

/**
 * Writes package.json's version into config/package-solution.json (solution and features)
 * as x.y.z.0. Returns what changed; touches the file only when something did.
 */
export function syncVersions(root) {
  const version = sourceVersion(root);
  const sp = toSharePointVersion(version);
  const file = path.join(root, PACKAGE_SOLUTION);
  const text = readFileSync(file, 'utf8');
  const ps = parseJsonc(text, PACKAGE_SOLUTION);
  const changed = [];
  if (ps.solution.version !== sp) {
    changed.push(`solution.version ${ps.solution.version} -> ${sp}`);
    ps.solution.version = sp;
  }
  (ps.solution.features ?? []).forEach((f, i) => {
    if (f.version !== sp) {
      changed.push(`solution.features[${i}].version ${f.version} -> ${sp}`);
      f.version = sp;
    }
  });
  if (changed.length) writeFileSync(file, `${JSON.stringify(ps, null, 2)}\n`);
  return { version, changed };
}
