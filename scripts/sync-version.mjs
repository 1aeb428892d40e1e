// `npm run version:sync` (and the first step of `npm run package`): package.json's version
// x.y.z is the one version number. Writes x.y.z.0 into config/package-solution.json
// (solution and features), then checks every place, CHANGELOG.md included.
// `--check` only checks (exit 1 when something disagrees).
import { checkVersions, syncVersions } from './packaging/versions.mjs';

const root = process.cwd();
const checkOnly = process.argv.includes('--check');
try {
  if (!checkOnly) {
    const { version, changed } = syncVersions(root);
    console.log(changed.length ? `version ${version}: config/package-solution.json ${changed.join(', ')}` : `version ${version}: in step`);
  }
  const { version, problems } = checkVersions(root);
  for (const problem of problems) console.error(`version: ${problem}`);
  if (checkOnly && !problems.length) console.log(`version ${version}: in step`);
  process.exit(problems.length ? 1 : 0);
} catch (error) {
  console.error(`version: ${error.message}`);
  process.exit(1);
}
