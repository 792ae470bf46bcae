// ESM-mode jest: run through `npm test` so NODE_OPTIONS carries --experimental-vm-modules
// and `node` is the Node 24 from the `node` devDependency.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }]
  },
  testTimeout: 60000,
  // The e2e suites spawn the bundle and loopback servers; two workers keep the shared box calm.
  maxWorkers: 2
};
