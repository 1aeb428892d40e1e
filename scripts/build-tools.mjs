// Bundles the non-SPFx parts with esbuild: the emulator CLI, the preview server (Node 22)
// and the preview's browser bundle, which mounts the very same src/ui entries the SPFx
// web parts mount. Output goes to build/ (ignored by git).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// SPFx loc files are AMD modules (define([], fn)); turn them into CommonJS for esbuild.
const amdLocPlugin = {
  name: 'amd-loc',
  setup(b) {
    b.onResolve({ filter: /^SamenBeterStrings$/ }, () => ({ path: path.join(root, 'preview/client/strings.ts') }));
    b.onLoad({ filter: /[\\/]src[\\/]loc[\\/][a-z-]+\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return {
        contents: `var __loc; function define(deps, factory) { __loc = factory(); }\n${source}\nmodule.exports = __loc;`,
        loader: 'js'
      };
    });
  }
};

const started = Date.now();
await Promise.all([
  build({
    entryPoints: {
      emulator: path.join(root, 'emulator/main.ts'),
      preview: path.join(root, 'preview/server.ts'),
      bench: path.join(root, 'bench/bench.ts')
    },
    outdir: path.join(root, 'build/tools'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    sourcemap: true,
    plugins: [amdLocPlugin],
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning'
  }),
  build({
    entryPoints: { preview: path.join(root, 'preview/client/main.tsx') },
    outdir: path.join(root, 'build/preview/assets'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2019',
    minify: true,
    sourcemap: true,
    jsx: 'transform',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [amdLocPlugin],
    logLevel: 'warning'
  })
]);
console.log(`build-tools: emulator, preview server, bench and preview bundle built in ${Date.now() - started} ms`);
