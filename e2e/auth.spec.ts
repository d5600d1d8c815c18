import { expect, test } from '@playwright/test'
import { account, storageState, uniqueIp, type DemoRole } from './support/accounts'
import { fr } from './support/dictionaries'


test.describe('signing in', () => {
  for (const role of ['admin', 'editor', 'journalist', 'moderator'] as DemoRole[]) {
    test(`a ${role} signs in, sees their role, and signs out`, async ({ browser }) => {
      const context = await browser.newContext({ locale: 'fr-FR', extraHTTPHeaders: { 'x-forwarded-for': uniqueIp() } })
      const page = await context.newPage()
      const person = account(role)
      await page.goto('/dashboard')
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/)
      await page.getByLabel(fr.auth.email).fill(person.email)
      await page.getByLabel(fr.auth.password).fill(person.password)
      await page.getByRole('button', { name: fr.auth.submit }).click()
      await expect(page.getByRole('heading', { name: `Bonjour, ${person.name}` })).toBeVisible()
      await expect(page.getByText(`Votre rôle : ${fr.dashboard.roles[role]}`)).toBeVisible()
      await page.getByRole('button', { name: fr.auth.signOut }).click()
      await expect(page).toHaveURL(/\/sign-in/)
      await page.goto('/dashboard')
      await expect(page).toHaveURL(/\/sign-in/)
      await context.close()
    })
  }

  test('a wrong password gets a clear message and keeps the email typed', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR', extraHTTPHeaders: { 'x-forwarded-for': uniqueIp() } })
    const page = await context.newPage()
    await page.goto('/sign-in')
    await page.getByLabel(fr.auth.email).fill('journalist@kiosque.test')
    await page.getByLabel(fr.auth.password).fill('not-the-password')
    await page.getByRole('button', { name: fr.auth.submit }).click()
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(fr.errors.invalidCredentials)
    await expect(page.getByLabel(fr.auth.email)).toHaveValue('journalist@kiosque.test')
    await context.close()
  })

  test('repeated failures from one address are throttled with a wait time', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR', extraHTTPHeaders: { 'x-forwarded-for': uniqueIp() } })
    const page = await context.newPage()
    await page.goto('/sign-in')
    const email = `nobody-${Date.now()}@kiosque.test`
    // Five failures are free, the sixth starts a 30 s wait, the seventh is refused without checking the password.
    for (let attempt = 1; attempt <= 7; attempt++) {
      await page.getByLabel(fr.auth.email).fill(email)
      await page.getByLabel(fr.auth.password).fill(`wrong-password-${attempt}`)
      await Promise.all([
        page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/sign-in')),
        page.getByRole('button', { name: fr.auth.submit }).click(),
      ])
      await expect(page.getByRole('main').getByRole('alert')).toBeVisible()
      // React resets the form once the action settles; typing before that would be wiped out.
      await expect(page.getByLabel(fr.auth.password)).toHaveValue('')
    }
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(/Trop de tentatives\. Réessayez dans \d+ s\./)
    await context.close()
  })

  test('a short password is refused before any check, with the rule stated', async ({ page }) => {
    await page.goto('/sign-in')
    await page.getByLabel(fr.auth.email).fill('journalist@kiosque.test')
    await page.getByLabel(fr.auth.password).fill('short')
    await page.getByRole('button', { name: fr.auth.submit }).click()
    await expect(page.getByText(fr.auth.passwordTooShort)).toBeVisible()
  })
})

test.describe('roles', () => {
  test.use({ storageState: storageState('journalist') })

  test('a journalist opening an admin-only screen gets the 403 page, not a crash', async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const response = await page.goto('/dashboard/users')
    expect(response?.status()).toBe(403)
    await expect(page.getByRole('heading', { name: fr.errors.forbiddenTitle })).toBeVisible()
    await expect(page.getByRole('table')).toHaveCount(0)
    await expect(page.getByRole('navigation', { name: fr.dashboard.navigation }).getByRole('link', { name: fr.dashboard.nav.users })).toHaveCount(0)
    // The page is live (its scripts ran under the forwarded nonce): the dashboard link navigates client-side.
    await page.getByRole('link', { name: fr.errors.backToDashboard }).click()
    await expect(page).toHaveURL(/\/dashboard$/)
    expect(errors).toEqual([])
  })
})

test.describe('admin', () => {
  test.use({ storageState: storageState('admin') })

  test('an administrator sees the staff list', async ({ page }) => {
    await page.goto('/dashboard/users')
    await expect(page.getByRole('heading', { name: fr.dashboard.users.title })).toBeVisible()
    await expect(page.getByRole('row', { name: /Claire Dubois/ })).toContainText(fr.dashboard.roles.journalist)
  })
})
