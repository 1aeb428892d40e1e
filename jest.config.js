'use strict';
// Unit, repository and emulator contract tests. Browser tests have their own config
// (jest.browser.config.js) because they need Chromium and a running preview.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.test.json' }];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  transform: {
    '^.+\\.tsx?$': tsJest,
    '^.+\\.m?js$': tsJest
  },
  // PnPjs v4 ships ES modules only; so do d3's modules under @fluentui/react-charts (the Deelname charts).
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|d3-[a-z-]+|internmap)/)'],
  moduleNameMapper: {
    '^@msinternal/(.*)$': '<rootDir>/test/stubs/empty.js',
    // SPFx's CommonJS builds require their SCSS modules; jest needs no styles.
    '\\.(scss|css)$': '<rootDir>/test/stubs/empty.js',
    '^SamenBeterStrings$': '<rootDir>/test/stubs/strings.js'
  },
  setupFiles: ['<rootDir>/test/setup/dom.js'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/settle.js'],
  testTimeout: 60000
};
