/** Jest in ESM mode with ts-jest (run through `npm test`, which sets --experimental-vm-modules). */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  globalSetup: '<rootDir>/test/global-setup.js', // a shared folder for first-run template databases
  globalTeardown: '<rootDir>/test/global-teardown.js',
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'], // removes the test file's temporary folders
  testSequencer: '<rootDir>/test/sequencer.js', // the package test first: the run's longest chain
  // jest's default is one worker less than the cores: one worker on 2 cores, which ran the files one
  // after another while the binary they start used the other core (the run took the sum of its files'
  // times: 1,189 s of 1,186). A worker per core keeps both busy. On a shared machine six e2e files took
  // 172 s with 2 workers and 127 s with 3 for the same CPU seconds, but with the machine's load at
  // 20–38 full runs with 3 workers timed out in dozens of tests: 2 leaves the binaries room.
  maxWorkers: '100%',
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
