/** @jest-config-loader ts-node */
/** @jest-config-loader-options {"transpileOnly": true} */
import type { Config } from 'jest';
import { readFileSync } from 'node:fs';

const tsconfig = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8'));
const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));

/** Maps the workspace libraries (@konzeptwerk/*) to their sources. */
const moduleNameMapper = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths as Record<string, string[]>).map(([alias, [target]]) => [
    `^${alias}$`,
    `<rootDir>/${target}`,
  ]),
);

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleNameMapper,
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
  // sanitize-html's parser (htmlparser2 and its dom*/entities dependencies) ships as ES modules only.
  transformIgnorePatterns: [
    '/node_modules/(?!(htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities)/)',
  ],
};

const config: Config = {
  // Browser journeys take longer than Jest's default of 5 s; everything else finishes far below this.
  testTimeout: 120_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/', '<rootDir>/apps/web-e2e/'],
    },
    {
      ...common,
      displayName: 'web',
      testMatch: ['<rootDir>/apps/web/**/*.spec.{ts,tsx}'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.integration-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/global-setup.mjs',
      globalTeardown: '<rootDir>/libs/testing/global-teardown.mjs',
      testTimeout: 60_000,
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/web-e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/apps/web-e2e/global-setup.mjs',
      globalTeardown: '<rootDir>/apps/web-e2e/global-teardown.mjs',
      testTimeout: 120_000,
    },
  ],
};

export default config;
