import { expect, test as setup } from '@playwright/test'
import { account, storageState, uniqueIp, type DemoRole } from './support/accounts'
import { fr } from './support/dictionaries'

// Sign in once per role; specs reuse the saved session with test.use({ storageState: storageState(role) }).
for (const role of ['admin', 'editor', 'journalist', 'moderator'] as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR', extraHTTPHeaders: { 'x-forwarded-for': uniqueIp() } })
    const page = await context.newPage()
    const { email, password } = account(role)
    await page.goto('/sign-in')
    await page.getByLabel(fr.auth.email).fill(email)
    await page.getByLabel(fr.auth.password).fill(password)
    await page.getByRole('button', { name: fr.auth.submit }).click()
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 }) // bcrypt at cost 12 is slow on a busy 2-core box
    await context.storageState({ path: storageState(role) })
    await context.close()
  })
}
