'use strict';
// React's act() flushes pending effects on a later turn (setImmediate). Under load the last test
// of a file can finish first, and jsdom is torn down before that flush runs, which crashes the
// whole run ("The `document` global was defined when React was initialized…"). Let those turns
// pass while jsdom is still there.
// The same queue react-dom/test-utils uses: Node's own setImmediate (jsdom environments have none).
const { setImmediate: nodeSetImmediate } = require('timers');

afterAll(async () => {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => nodeSetImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
});
