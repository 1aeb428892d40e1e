// `node scripts/bundle-report.mjs [--build] [--top N] [--json out.json]`: what makes the bundles heavy.
//
// --build first runs a ship build (`gulp bundle --ship`, through npx so Node 22 is used) with
// SAMENBETER_BUNDLE_STATS=1: gulpfile.js then writes webpack's stats to temp/bundle-stats.json and
// hidden source maps next to the bundles in dist/ (release/ gets none). Without --build the
// report reads the last such build.
//
// For every chunk it prints the raw and gzip size and its biggest packages (node_modules/<pkg>)
// and own source files, by minified bytes attributed through the source map. The gzip column of
// a package is an estimate: its share of the chunk's minified bytes times the chunk's gzip size
// (gzip compresses repetitive Fluent/Griffel code better than average, so treat it as rough).
// "First load" of a bundle is its entry chunk plus the chunks webpack lists for the entry point;
// lazy chunks (import()) load on first use and are listed separately, with the bundles that can
// load them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.cwd();
const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 15;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

if (args.includes('--build')) {
  const result = spawnSync('npx', ['gulp', 'bundle', '--ship'], {
    stdio: 'inherit',
    env: { ...process.env, SAMENBETER_BUNDLE_STATS: '1' }
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const statsFile = path.join(root, 'temp', 'bundle-stats.json');
if (!existsSync(statsFile)) {
  console.error('No temp/bundle-stats.json: run `node scripts/bundle-report.mjs --build` (a ship build with SAMENBETER_BUNDLE_STATS=1).');
  process.exit(1);
}
const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
const dist = path.join(root, 'dist');

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** Decodes the source map's mappings into, per generated line, [column, sourceIndex] segments. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    if (line) {
      for (const segment of line.split(',')) {
        const fields = [];
        let value = 0;
        let shift = 0;
        for (const c of segment) {
          const digit = B64_VALUE.get(c);
          value += (digit & 31) << shift;
          if (digit & 32) {
            shift += 5;
          } else {
            fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        column += fields[0];
        if (fields.length > 1) source += fields[1];
        segments.push([column, fields.length > 1 ? source : -1]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** Minified bytes per source file of one emitted file (unmapped bytes count as "(unmapped)"). */
function bytesPerSource(code, map) {
  const sizes = new Map();
  const add = (name, n) => sizes.set(name, (sizes.get(name) ?? 0) + n);
  const codeLines = code.split('\n');
  const mapped = decodeMappings(map.mappings);
  codeLines.forEach((text, i) => {
    const segments = mapped[i] ?? [];
    const length = Buffer.byteLength(text) + (i < codeLines.length - 1 ? 1 : 0);
    if (!segments.length) return add('(unmapped)', length);
    // Columns count UTF-16 units; bundles are ASCII but for string literals, so close enough.
    add('(unmapped)', segments[0][0]);
    segments.forEach(([column, source], s) => {
      const end = s + 1 < segments.length ? segments[s + 1][0] : text.length + 1;
      add(source >= 0 ? map.sources[source] : '(unmapped)', end - column);
    });
  });
  return sizes;
}

/** node_modules/<pkg> (scoped too) for a dependency; the project's own path otherwise. */
function groupOf(source) {
  const s = source.replace(/^webpack:\/\/\//, '');
  const nm = s.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = s.slice(nm + 'node_modules/'.length).split('/');
    return { pkg: rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0], file: s.slice(nm) };
  }
  if (s.includes('webpack/runtime') || s.includes('external ')) return { pkg: '(webpack runtime, externals)', file: s };
  const own = s.replace(/^(\.\.\/)+/, '').replace(/^(\.\/)/, '');
  return { pkg: '(own code)', file: own };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

const chunkById = new Map(stats.chunks.map((c) => [c.id, c]));
const report = { chunks: [], bundles: [] };

for (const chunk of stats.chunks) {
  const file = chunk.files.find((f) => f.endsWith('.js'));
  const code = readFileSync(path.join(dist, file));
  const gzip = gzipSync(code, { level: 9 }).length;
  const mapFile = path.join(dist, `${file}.map`);
  const entry = { id: chunk.id, name: chunk.names[0] ?? `chunk ${chunk.id}`, file, initial: chunk.initial, raw: code.length, gzip, parents: chunk.parents, packages: [], files: [] };
  if (existsSync(mapFile)) {
    const sizes = bytesPerSource(code.toString('utf8'), JSON.parse(readFileSync(mapFile, 'utf8')));
    const packages = new Map();
    const files = new Map();
    for (const [source, n] of sizes) {
      const { pkg, file: f } = source === '(unmapped)' ? { pkg: '(unmapped)', file: '(unmapped)' } : groupOf(source);
      packages.set(pkg, (packages.get(pkg) ?? 0) + n);
      files.set(f, (files.get(f) ?? 0) + n);
    }
    const share = (n) => ({ raw: n, gzip: Math.round((n / code.length) * gzip) });
    entry.packages = [...packages].sort((a, b) => b[1] - a[1]).map(([name, n]) => ({ name, ...share(n) }));
    entry.files = [...files].sort((a, b) => b[1] - a[1]).map(([name, n]) => ({ name, ...share(n) }));
  }
  report.chunks.push(entry);
}

for (const [name, ep] of Object.entries(stats.entrypoints)) {
  const first = ep.chunks.map((id) => report.chunks.find((c) => c.id === id));
  const lazy = report.chunks.filter((c) => !c.initial && c.parents.some((p) => ep.chunks.includes(p)));
  report.bundles.push({
    name,
    firstLoad: { raw: first.reduce((s, c) => s + c.raw, 0), gzip: first.reduce((s, c) => s + c.gzip, 0), chunks: first.map((c) => c.name) },
    lazy: lazy.map((c) => ({ name: c.name, raw: c.raw, gzip: c.gzip }))
  });
}

console.log('\nBundles (first load = entry chunk + chunks of the entry point; lazy chunks load on first use)');
for (const b of report.bundles) {
  console.log(`  ${pad(b.name, 26)} first load ${lpad(kb(b.firstLoad.raw), 9)} (gzip ${kb(b.firstLoad.gzip)})`);
  for (const l of b.lazy) console.log(`    lazy ${pad(l.name, 33)} ${lpad(kb(l.raw), 9)} (gzip ${kb(l.gzip)})`);
}

for (const c of report.chunks.sort((a, b) => b.raw - a.raw)) {
  const parents = c.parents.map((p) => chunkById.get(p)?.names[0] ?? p).join(', ');
  console.log(`\n${c.name} (${c.file}) ${kb(c.raw)}, gzip ${kb(c.gzip)}${c.initial ? ', entry' : `, lazy from ${parents}`}`);
  if (!c.packages.length) {
    console.log('  (no source map: build with --build)');
    continue;
  }
  console.log('  packages (minified, ~gzip):');
  for (const p of c.packages.slice(0, top)) console.log(`    ${lpad(kb(p.raw), 9)} ${lpad(kb(p.gzip), 8)}  ${p.name}`);
  console.log('  files:');
  for (const f of c.files.slice(0, top)) console.log(`    ${lpad(kb(f.raw), 9)} ${lpad(kb(f.gzip), 8)}  ${f.name}`);
}

if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
