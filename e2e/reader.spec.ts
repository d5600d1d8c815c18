import { expect, test } from '@playwright/test'
import { account, uniqueIp } from './support/accounts'
import { fr } from './support/dictionaries'
import { screenshotPath } from './support/screenshots'

test('the home page lists the latest published stories and opens one', async ({ page }) => {
  await page.goto('/fr')
  const main = page.getByRole('main')
  const firstStory = main.getByRole('article').first().getByRole('heading').getByRole('link')
  const title = await firstStory.innerText()
  await firstStory.click()
  const story = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 1, name: title }) })
  await expect(story).toBeVisible()
  await expect(story.getByText(/^Par /)).toBeVisible()
  await expect(story.getByRole('time').first()).toHaveAttribute('datetime', /\d{4}-\d{2}-\d{2}T/)
})

test('an article shows its section, byline, source credit and body', async ({ page }) => {
  // Seeded: the first published French story carries an agency credit.
  await page.goto('/fr/economie/le-chomage-recule-pour-le-troisieme-trimestre-consecutif')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le chômage recule pour le troisième trimestre consécutif')
  await expect(page.getByRole('main').getByRole('link', { name: 'Économie' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Karim Benali|Amélie Laurent|Claire Dubois|Thomas Martin|Sarah Haddad|Julien Moreau/ }).first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Ce qu’il faut retenir' })).toBeVisible()
})

test('an unknown article is a 404 page in the site design', async ({ page }) => {
  await page.goto('/fr/economie/article-qui-nexiste-pas')
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible()
})

test('the root address sends readers to their language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'accept-language': 'en-GB,en;q=0.9' } })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/en$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await context.close()
})

test('Arabic pages are right-to-left', async ({ page }) => {
  await page.goto('/ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
})

test('anonymous visitors are sent from the dashboard to sign-in, and back after', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': uniqueIp() } })
  const page = await context.newPage()
  await page.goto('/dashboard/users')
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard%2Fusers/)
  const { email, password } = account('admin')
  await page.getByLabel(fr.auth.email).fill(email)
  await page.getByLabel(fr.auth.password).fill(password)
  await page.getByRole('button', { name: fr.auth.submit }).click()
  await expect(page).toHaveURL(/\/dashboard\/users$/)
  await expect(page.getByRole('heading', { name: fr.dashboard.users.title })).toBeVisible()
  await context.close()
})

// The README's picture (see e2e/support/screenshots.ts).
test('the article page at desktop width, for the README', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/fr/economie/le-chomage-recule-pour-le-troisieme-trimestre-consecutif')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.screenshot({ path: screenshotPath('article-fr.png'), fullPage: false })
})
