// `npm run package`: a ship build of the SPFx solution (zero warnings: gulp fails on any)
// and the .sppkg, then a list of the artifacts with their sizes.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';

function run(args) {
  const started = Date.now();
  const result = spawnSync('gulp', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`gulp ${args.join(' ')} failed (exit ${result.status})`);
    process.exit(result.status || 1);
  }
  console.log(`gulp ${args.join(' ')}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

run(['clean']);
run(['bundle', '--ship']);
run(['package-solution', '--ship']);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nArtifacts:');
const sppkg = path.join('sharepoint', 'solution', 'samenbeter-m365.sppkg');
if (!existsSync(sppkg)) {
  console.error(`missing ${sppkg}`);
  process.exit(1);
}
console.log(`  ${sppkg}  ${kb(statSync(sppkg).size)}`);
const dist = path.join('release', 'assets');
if (existsSync(dist)) {
  for (const file of readdirSync(dist).filter((f) => f.endsWith('.js')).sort()) {
    const bytes = readFileSync(path.join(dist, file));
    console.log(`  bundle ${file}  ${kb(bytes.length)} (gzip ${kb(gzipSync(bytes).length)})`);
  }
}
