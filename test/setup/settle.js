'use strict';
// React's act() flushes pending effects on a later turn (setImmediate). Under load the last test
// of a file can finish first, and jsdom is torn down before that flush runs, which crashes the
// whole run ("The `document` global was defined when React was initialized…"). Let those turns
// pass while jsdom is still there.
afterAll(async () => {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
});
