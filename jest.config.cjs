/**
 * Jest through ts-jest in transpile-only mode (tsconfig `isolatedModules`): fast, pure JavaScript,
 * no native binaries. `npm run typecheck` does the type checking.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
  },
  testTimeout: 120000,
};
