import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { storageState, uniqueIp } from './support/accounts'
import { ar, en, fr } from './support/dictionaries'
import { AUTOSAVE_TIMEOUT, createDraft, savedNote, signedIn, typeBody, unique } from './support/newsroom'

test.describe.configure({ timeout: 90_000 })

const noAxeViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), page.url()).toEqual([])
}

test('a journalist switches the dashboard to English, then to Arabic (right to left), and it has no axe violations', async ({ browser }) => {
  // A demo journalist of their own: the shared role sessions must stay in French for the other specs.
  const context = await browser.newContext({ extraHTTPHeaders: { 'accept-language': 'fr', 'x-forwarded-for': uniqueIp() } })
  const page = await context.newPage()
  await page.goto('/sign-in')
  await page.getByLabel(fr.auth.email).fill('julien.moreau@kiosque.test')
  await page.getByLabel(fr.auth.password).fill('kiosque-demo')
  await page.getByRole('button', { name: fr.auth.submit }).click()
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 })
  await expect(page).toHaveTitle(`${fr.dashboard.pageTitles.home} · Kiosque — ${fr.dashboard.newsroom}`)

  await page.getByLabel(fr.dashboard.language.label).selectOption('en')
  await page.getByRole('button', { name: fr.dashboard.language.apply }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Julien Moreau' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(page.getByRole('navigation', { name: en.dashboard.navigation })).toBeVisible()

  await page.getByLabel(en.dashboard.language.label).selectOption('ar')
  await page.getByRole('button', { name: en.dashboard.language.apply }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(page.getByRole('heading', { level: 1, name: 'مرحبًا، Julien Moreau' })).toBeVisible()
  await page.reload() // saved on the account, not only in this page
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page).toHaveTitle(`${ar.dashboard.pageTitles.home} · ${ar.common.siteName} — ${ar.dashboard.newsroom}`)
  await noAxeViolations(page)

  await page.getByRole('navigation', { name: ar.dashboard.navigation }).getByRole('link', { name: ar.dashboard.nav.articles }).click()
  await expect(page.getByRole('heading', { level: 1, name: ar.newsroom.list.title })).toBeVisible()
  await expect(page).toHaveTitle(new RegExp(`^${ar.dashboard.pageTitles.articles} · `))
  // Mirrored: the navigation starts on the right.
  const nav = await page.getByRole('navigation', { name: ar.dashboard.navigation }).getByRole('link').first().boundingBox()
  expect(nav!.x).toBeGreaterThan((page.viewportSize()?.width ?? 1280) / 2)
  await noAxeViolations(page)

  await page.getByLabel(ar.dashboard.language.label).selectOption('fr') // leave the demo account as it was
  await page.getByRole('button', { name: ar.dashboard.language.apply }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await context.close()
})

test.describe('refused forms', () => {
  test.use({ storageState: storageState('admin'), extraHTTPHeaders: { 'accept-language': 'fr' } })
  const x = fr.newsroom.taxonomy

  test('an invalid section slug is explained beside the field, and what was typed stays', async ({ page }) => {
    await page.goto('/dashboard/categories')
    const create = page.locator('form').filter({ has: page.getByRole('heading', { name: x.newCategory }) })
    const name = unique('Sport régional')
    await create.getByLabel(x.slug).fill('Sport Été !')
    await create.getByLabel(fr.newsroom.taxonomy.nameIn.replace('{language}', fr.common.languageNames.fr)).fill(name)
    await create.getByRole('button', { name: x.create }).click()

    const slug = create.getByLabel(x.slug)
    await expect(slug).toHaveAttribute('aria-invalid', 'true')
    await expect(slug).toHaveAccessibleDescription(new RegExp(fr.newsroom.errors.slugInvalid.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    await expect(slug).toHaveValue('Sport Été !')
    await expect(create.getByLabel(fr.newsroom.taxonomy.nameIn.replace('{language}', fr.common.languageNames.fr))).toHaveValue(name)
    await expect(create.getByRole('alert')).toHaveText(fr.errors.fieldsToFix)

    await slug.fill(unique('sport').replace(' ', '-'))
    await create.getByRole('button', { name: x.create }).click()
    await expect(create.getByRole('status')).toHaveText(x.created)
    await expect(create.getByLabel(x.slug)).not.toHaveAttribute('aria-invalid', 'true')
  })

  test('an invitation to an address the server refuses says so beside the address, and keeps it', async ({ page }) => {
    const p = fr.newsroom.people
    await page.goto('/dashboard/users')
    const invite = page.getByRole('form', { name: p.invite })
    await invite.getByLabel(p.email).fill('lina@redaction') // the browser accepts it; the server wants a domain
    await invite.getByLabel(p.role).selectOption('editor')
    await invite.getByRole('button', { name: p.sendInvite }).click()
    const email = invite.getByLabel(p.email)
    await expect(email).toHaveAttribute('aria-invalid', 'true')
    await expect(email).toHaveAccessibleDescription(p.errors.emailInvalid)
    await expect(email).toHaveValue('lina@redaction')
    await expect(invite.getByLabel(p.role)).toHaveValue('editor')
  })
})

test('leaving the editor frees the lock: a colleague can edit at once', async ({ browser }) => {
  const journalist = await signedIn(browser, 'journalist')
  const url = await createDraft(journalist.page, unique('Verrou libéré'))
  await journalist.page.goto('/dashboard')
  const editor = await signedIn(browser, 'editor')
  await editor.page.goto(url)
  await expect(editor.page.getByRole('heading', { name: fr.newsroom.editor.heading })).toBeVisible()
  await expect(editor.page.getByRole('button', { name: fr.newsroom.editor.takeOver })).toHaveCount(0)
  await expect(editor.page.getByRole('textbox', { name: fr.newsroom.editor.title, exact: true })).toBeEditable()
  await journalist.context.close()
  await editor.context.close()
})

test('closing the tab just after an autosave frees the lock too', async ({ browser }) => {
  const journalist = await signedIn(browser, 'journalist')
  const url = await createDraft(journalist.page, unique('Onglet fermé'))
  await typeBody(journalist.page, 'Quelques mots, puis on ferme l’onglet.')
  await expect(savedNote(journalist.page)).toBeVisible({ timeout: AUTOSAVE_TIMEOUT }) // the save refreshed the lock
  // A beat or a save still on its way when the tab closes cannot take the lock back: the beacon names this page's
  // lock session (db/queries/edit-lock.db.test.ts covers that order of arrival).
  await journalist.page.close({ runBeforeUnload: true }) // pagehide: the beacon
  const editor = await signedIn(browser, 'editor')
  await expect(async () => {
    await editor.page.goto(url)
    await expect(editor.page.getByRole('button', { name: fr.newsroom.editor.takeOver })).toHaveCount(0, { timeout: 1_000 })
  }).toPass({ timeout: 10_000 }) // the beacon is sent as the tab closes, not waited for
  await expect(editor.page.getByRole('textbox', { name: fr.newsroom.editor.title, exact: true })).toBeEditable()
  await journalist.context.close()
  await editor.context.close()
})

test('a goodbye beacon without this page’s lock session, or from another site, frees nothing', async ({ browser }) => {
  const journalist = await signedIn(browser, 'journalist')
  const url = await createDraft(journalist.page, unique('Verrou gardé'))
  const beacon = (form?: Record<string, string>, headers?: Record<string, string>) => journalist.page.request.post(`${url}/lock`, { form, headers })
  expect((await beacon()).status()).toBe(400) // no session
  expect((await beacon({ lockSession: 'pas-un-identifiant' })).status()).toBe(400)
  expect((await beacon({ lockSession: '00000000-0000-4000-8000-000000000000' })).status()).toBe(204) // another page's: ignored
  expect((await beacon({ lockSession: '00000000-0000-4000-8000-000000000000' }, { origin: 'https://evil.example' })).status()).toBe(403)
  // The lock is still the journalist's: a colleague opening the article is told so.
  const editor = await signedIn(browser, 'editor')
  await editor.page.goto(url)
  await expect(editor.page.getByRole('button', { name: fr.newsroom.editor.takeOver })).toBeVisible()
  await journalist.context.close()
  await editor.context.close()
})

test('the audit log reads as sentences: a translated action, the article’s title, no codes or JSON', async ({ browser }) => {
  const title = unique('Audit lisible')
  const admin = await signedIn(browser, 'admin')
  await createDraft(admin.page, title)
  await admin.page.getByRole('button', { name: fr.newsroom.transitions.publish }).click()
  await expect(admin.page.getByText(fr.newsroom.transitionDone.publish)).toBeVisible()
  await admin.page.goto('/dashboard/users/audit')
  const row = admin.page.getByRole('row').filter({ hasText: title })
  await expect(row.getByRole('cell', { name: fr.newsroom.auditLog.actions.article.publish, exact: true })).toBeVisible()
  await expect(row.getByRole('cell', { name: `« ${title} »`, exact: true })).toBeVisible()
  const cells = await admin.page.getByRole('table').getByRole('cell').allTextContents()
  expect(cells.filter((text) => /^[a-z]+\.[a-zA-Z.]+$|^[a-z]+:|[{"]/.test(text.trim()))).toEqual([])
  await admin.context.close()
})
