'use strict';
// Browser tests: Playwright (playwright-core) drives Debian's Chromium against the
// preview server, which each test file starts over a fresh temporary data directory.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  testTimeout: 120000
};
