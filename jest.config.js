/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  collectCoverageFrom: ['src/**/*.ts', '!src/**/index.ts'],
  coverageProvider: 'v8',
  coverageReporters: ['text-summary', 'lcov'],
  testTimeout: 30000,
  clearMocks: true
}
