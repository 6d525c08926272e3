/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    // Dynamic import() becomes require(): Jest's runtime has no native ESM loader here.
    module: { type: 'commonjs', ignoreDynamic: false },
  },
];

module.exports = {
  rootDir: '.',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/../shared/src'],
  testEnvironment: 'node',
  testMatch: ['**/*.spec.ts'],
  // Nest 12 ships ESM only: transform those packages to CommonJS as well. .mjs helpers load natively.
  transform: { '^.+\\.(t|j)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/)?(@nestjs|@as-integrations|@faker-js)[+/])'],
  moduleNameMapper: { '^@wholesail/shared$': '<rootDir>/../shared/src/index.ts' },
  globalSetup: '<rootDir>/test/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
  testTimeout: 30000,
  maxWorkers: process.env.JEST_WORKERS ?? '50%',
};
