// Validates a Teams manifest and its localization files against the official JSON schemas
// that ship in the npm package @microsoft/app-manifest (build/json-schemas/teams/v<x.y>/),
// using the project's ajv 6.
//
// The schemas declare draft-04 but use `const` (draft-06; ajv 6 knows it) and put keywords
// next to `$ref` (e.g. "name.short": { maxLength: 30, $ref: nonEmptyString }). Draft-04 says
// such siblings are ignored; Microsoft's own validator (ajv 8 in @microsoft/app-manifest)
// applies them, so we do too (`extendRefs: true`) and stay as strict as Teams.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const SCHEMA_PACKAGE = '@microsoft/app-manifest';

function schemaDir(root) {
  const require = createRequire(path.join(root, 'package.json'));
  const pkgJson = require.resolve(`${SCHEMA_PACKAGE}/package.json`);
  return { require, dir: path.join(path.dirname(pkgJson), 'build', 'json-schemas', 'teams'), version: require(pkgJson).version };
}

/** Teams manifest schema versions bundled in the package, oldest first (no devPreview). */
export function bundledSchemaVersions(root) {
  const { dir } = schemaDir(root);
  return readdirSync(dir)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1))
    .sort((a, b) => {
      const [a1, a2] = a.split('.').map(Number);
      const [b1, b2] = b.split('.').map(Number);
      return a1 - b1 || a2 - b2;
    });
}

/** Paths of the manifest and localization schema for `manifestVersion`, and the package version. */
export function schemaFiles(root, manifestVersion) {
  const { dir, version } = schemaDir(root);
  const base = path.join(dir, `v${manifestVersion}`);
  const manifest = path.join(base, 'MicrosoftTeams.schema.json');
  const localization = path.join(base, 'MicrosoftTeams.Localization.schema.json');
  if (!existsSync(manifest)) {
    throw new Error(`${SCHEMA_PACKAGE}@${version} has no schema for manifestVersion ${manifestVersion}`);
  }
  return { manifest, localization, packageVersion: version };
}

/** An ajv 6 validator for one of the Teams JSON schema files. */
export function compileSchema(root, schemaFile) {
  const { require } = schemaDir(root);
  const Ajv = require('ajv');
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, extendRefs: true, logger: false });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  const validate = ajv.compile(require(schemaFile));
  return (data) => {
    const ok = validate(data);
    return ok ? [] : (validate.errors ?? []).map((e) => `${e.dataPath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
  };
}

/**
 * Validates `app` (from buildTeamsApp) against the schemas for its manifestVersion.
 * Returns a list of problems, each prefixed by the file name; empty when valid.
 */
export function validateTeamsApp(root, app) {
  const files = schemaFiles(root, app.manifest.manifestVersion);
  const problems = compileSchema(root, files.manifest)(app.manifest).map((p) => `manifest.json: ${p}`);
  const validateLocalization = compileSchema(root, files.localization);
  for (const [name, content] of Object.entries(app.languageFiles)) {
    problems.push(...validateLocalization(content).map((p) => `${name}: ${p}`));
  }
  return problems;
}
