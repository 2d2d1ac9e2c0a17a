import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['**/node_modules/**', 'dist/**', 'dist-electron/**', 'e2e/**', '.cache/**'],
    environment: 'node',
    testTimeout: 20_000,
    // Two cores here: one worker per core keeps the native SQLite and scrypt work from starving.
    maxWorkers: 2,
  },
});
