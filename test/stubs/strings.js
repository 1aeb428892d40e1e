'use strict';
// Jest's stand-in for SPFx's localizedResources: evaluates the AMD loc file of the
// locale in SB_TEST_LOCALE (default nl-nl), the same file SPFx ships.
const fs = require('fs');
const path = require('path');

const locale = (process.env.SB_TEST_LOCALE || 'nl-nl').toLowerCase();
const source = fs.readFileSync(path.join(__dirname, '../../src/loc', `${locale}.js`), 'utf8');
let strings;
// eslint-disable-next-line no-new-func
new Function('define', source)((deps, factory) => {
  strings = factory();
});
module.exports = strings;
