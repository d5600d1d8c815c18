import path from 'node:path'
import { defineConfig } from 'vitest/config'

// Two projects: `unit` (pure logic, *.test.ts) and `db` (*.db.test.ts, against the configured driver).
// scripts/test.sh runs `db` twice: on in-memory PGlite, then on a fresh PostgreSQL database.
// Tests sign preview links and scheduler calls like the app does: with a secret of their own, never a public one.
const env = { AUTH_SECRET: 'vitest-only-secret-that-is-long-enough-0123456789' }
const alias = {
  '@': path.resolve(import.meta.dirname),
  'server-only': path.resolve(import.meta.dirname, 'test/empty-module.ts'),
  'next/cache': path.resolve(import.meta.dirname, 'test/next-cache-stub.ts'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', env, include: ['**/*.test.ts'], exclude: ['**/*.db.test.ts', 'node_modules/**', 'e2e/**', '.next/**'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'db',
          env,
          include: ['**/*.db.test.ts'],
          exclude: ['node_modules/**', '.next/**'],
          environment: 'node',
          globalSetup: ['test/db-global-setup.ts'],
          setupFiles: ['test/db-setup.ts'],
          // One database per run, shared by every file: PGlite starts once (about 2 s) instead of once per file.
          isolate: false,
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
