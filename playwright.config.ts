import { defineConfig, devices } from '@playwright/test'
import { SERVER_ENV, SERVER_NODE_FLAGS } from './scripts/lib/server-command'

// The real production build on a fresh database of its own (scripts/e2e.sh migrates, seeds and builds it first).
const CI = !!process.env.CI
const PORT = Number(process.env.E2E_PORT ?? 3100)
export const E2E_PGLITE_DIR = '.data/e2e/pglite'

export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results/playwright', // Playwright empties this folder; the other runners' reports sit beside it
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'on-first-retry',
    locale: 'fr-FR', // the newsroom's default language; specs that test another one set their own
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'], testIgnore: /.*\.load\.spec\.ts/ },
    // Load tests saturate the server: they run alone, after every other journey has finished.
    { name: 'load', use: { ...devices['Desktop Chrome'] }, dependencies: ['chromium'], testMatch: /.*\.load\.spec\.ts/ },
  ],
  webServer: {
    command: `node ${SERVER_NODE_FLAGS.join(' ')} node_modules/next/dist/bin/next start -p ${PORT}`, // as npm start runs it
    url: `http://127.0.0.1:${PORT}/fr`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      ...SERVER_ENV,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PGLITE_DIR: E2E_PGLITE_DIR,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '', // empty: the embedded database above
      AUTH_SECRET: 'e2e-only-secret-that-is-long-enough-0123456789',
      // Tests simulate many readers and sign-in attempts from distinct addresses through X-Forwarded-For.
      TRUST_PROXY: 'true',
      SITE_URL: `http://127.0.0.1:${PORT}`,
      // POST /api/scheduler/tick?now=… runs the scheduler at a chosen time (scheduling journeys).
      KIOSQUE_TEST_CLOCK: '1',
    },
  },
})
