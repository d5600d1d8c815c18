// Screenshots the docs show (README, docs/*.md) are taken by the journeys themselves. A test run writes them under
// test-results/ so it leaves the working tree as it found it; `UPDATE_SCREENSHOTS=1 npm run test:e2e -- <spec>`
// refreshes the committed ones in docs/screenshots.
import path from 'node:path'

export const screenshotPath = (name: string) =>
  path.join(process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/playwright/screenshots', name)
