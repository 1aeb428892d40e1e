// The preview's stand-in for SPFx's localizedResources: the same loc files, chosen by
// the page language (?lang=en switches to English).
/* eslint-disable @typescript-eslint/no-var-requires */
const nl = require('../../src/loc/nl-nl.js');
const en = require('../../src/loc/en-us.js');

const lang = typeof document !== 'undefined' ? document.documentElement.lang : 'nl-NL';
module.exports = lang.toLowerCase().indexOf('en') === 0 ? en : nl;
