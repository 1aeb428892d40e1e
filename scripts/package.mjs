// `npm run package` (after scripts/sync-version.mjs): checks the version numbers, builds and
// validates the Teams app package (SAMENBETER_TEAMS_WEBAPP_ID, when set, goes into its
// webApplicationInfo.id: see the admin guide), runs a ship build of the SPFx solution (zero warnings:
// gulp fails on any) and the .sppkg with the Teams app embedded for "Sync to Teams", writes
// the Teams app zip next to it, verifies the .sppkg's contents against the sources and lists
// the artifacts with their sizes, and checks the bundles' weight budgets (first load, gzip:
// scripts/packaging/budgets.mjs). Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkBudgets, describeAssets, measureAssets } from './packaging/budgets.mjs';
import { EMBEDDED_TEAMS_APP, SPPKG, expectedPackage, verifySppkg } from './packaging/sppkg.mjs';
import { TEAMS_APP_ZIP, WEB_APPLICATION_ID_ENV, buildTeamsApp } from './packaging/teams-app.mjs';
import { SCHEMA_PACKAGE, schemaFiles, validateTeamsApp } from './packaging/teams-schema.mjs';
import { checkVersions } from './packaging/versions.mjs';
import { writeZip } from './packaging/zip.mjs';

const root = process.cwd();

class Failure extends Error {}

function fail(message, details = []) {
  throw new Failure([message, ...details.map((d) => `  - ${d}`)].join('\n'));
}

function gulp(args) {
  const started = Date.now();
  const result = spawnSync('gulp', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) fail(`gulp ${args.join(' ')} failed (exit ${result.status})`);
  console.log(`gulp ${args.join(' ')}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// SharePoint's "Sync to Teams" deploys teams/TeamsSPFxApp.zip from the .sppkg when present;
// package-solution copies everything in ./teams into the package. The folder only exists
// while package-solution runs.
function packageSolutionWithTeamsApp(teamsZip) {
  const teamsDir = path.join(root, 'teams');
  const created = !existsSync(teamsDir);
  const staged = path.join(teamsDir, path.basename(EMBEDDED_TEAMS_APP));
  mkdirSync(teamsDir, { recursive: true });
  writeFileSync(staged, teamsZip);
  try {
    gulp(['package-solution', '--ship']);
  } finally {
    rmSync(staged, { force: true });
    if (created && readdirSync(teamsDir).length === 0) rmdirSync(teamsDir);
  }
}

function main() {
  const versions = checkVersions(root);
  if (versions.problems.length) fail('version numbers disagree (npm run version:sync fixes the SharePoint ones)', versions.problems);
  const version = versions.version;

  const app = buildTeamsApp(root, { webApplicationId: process.env[WEB_APPLICATION_ID_ENV] });
  for (const note of app.notes) console.log(`teams app: ${note}`);
  const schemaProblems = validateTeamsApp(root, app);
  const schema = schemaFiles(root, app.manifest.manifestVersion);
  if (schemaProblems.length) fail(`the Teams app does not validate against ${SCHEMA_PACKAGE}@${schema.packageVersion} v${app.manifest.manifestVersion}`, schemaProblems);
  console.log(
    `teams app ${version}: manifest v${app.manifest.manifestVersion} valid (${SCHEMA_PACKAGE}@${schema.packageVersion}); ` +
      `${app.tabs.personal.length} personal tab(s), ${app.tabs.configurable.length} channel tab(s), ` +
      `${app.activityTypes.length} activity type(s), webApplicationInfo ${app.manifest.webApplicationInfo?.id ?? 'none'}`
  );
  const teamsZip = writeZip(app.files);

  gulp(['clean']);
  gulp(['bundle', '--ship']);
  packageSolutionWithTeamsApp(teamsZip);

  mkdirSync(path.dirname(path.join(root, TEAMS_APP_ZIP)), { recursive: true });
  writeFileSync(path.join(root, TEAMS_APP_ZIP), teamsZip);

  if (!existsSync(path.join(root, SPPKG))) fail(`missing ${SPPKG}`);
  const problems = verifySppkg(readFileSync(path.join(root, SPPKG)), expectedPackage(root), { teamsAppZip: teamsZip });
  if (problems.length) fail(`${SPPKG} does not match the sources`, problems);
  console.log(`${SPPKG}: every component of config/config.json, the client-side assets, version ${version}.0 and the Teams app are in it`);

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`\nArtifacts (version ${version}):`);
  console.log(`  ${SPPKG}  ${kb(statSync(path.join(root, SPPKG)).size)}`);
  console.log(`  ${TEAMS_APP_ZIP}  ${kb(teamsZip.length)} (${app.files.map((f) => f.name).join(', ')})`);
  // Weight budgets (scripts/packaging/budgets.mjs): the first load of each entry bundle, gzip.
  const assets = measureAssets(path.join(root, 'release', 'assets'));
  for (const line of describeAssets(assets)) console.log(`  ${line}`);
  const overBudget = checkBudgets(assets);
  if (overBudget.length) fail('a bundle is above its weight budget', overBudget);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Failure ? error.message : error);
  process.exit(1);
}
