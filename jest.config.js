/** Jest: TypeScript through ts-jest, transpiled only (tsconfig's isolatedModules; `npm run typecheck` checks types once). */
module.exports = {
  testEnvironment: 'node',
  // Pane tests type through user-event; on a busy 2-core machine one can pass 5 s without being wrong.
  testTimeout: 30000,
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
