import { expect, test } from '@playwright/test'
import { account, storageState, uniqueIp } from './support/accounts'
import { en, formatCount, fr, interpolate } from './support/dictionaries'
import { readerFixtures } from './support/fixtures'
import { screenshotPath } from './support/screenshots'
import { body, createDraft, savedNote, AUTOSAVE_TIMEOUT, signedIn, typeBody, unique } from './support/newsroom'

const e = fr.newsroom.editor
// Journeys with two people and several saves: generous on a shared two-core machine.
test.describe.configure({ timeout: 90_000 })

test('a journalist writes with a link, autosaves and submits; an editor schedules; the scheduler publishes it on the home page', async ({ browser }) => {
  const title = unique('Le budget régional adopté')
  const journalist = await signedIn(browser, 'journalist')
  const url = await createDraft(journalist.page, title)
  await expect(journalist.page.getByLabel(e.slug)).toHaveValue(/^le-budget-regional-adopte-/)

  await typeBody(journalist.page, 'Le conseil a voté le budget. Lire le rapport')
  await journalist.page.keyboard.press('Shift+ControlOrMeta+ArrowLeft') // selects "rapport"
  await journalist.page.getByRole('button', { name: e.link, exact: true }).click()
  await journalist.page.getByLabel(e.linkUrl).fill('https://example.org/rapport')
  await journalist.page.getByRole('button', { name: e.linkApply }).click()
  await expect(body(journalist.page).getByRole('link', { name: 'rapport' })).toHaveAttribute('href', 'https://example.org/rapport')
  await expect(savedNote(journalist.page)).toBeVisible({ timeout: AUTOSAVE_TIMEOUT }) // autosaved, no button pressed
  await journalist.page.screenshot({ path: screenshotPath('editor.png'), fullPage: true })

  await journalist.page.getByRole('button', { name: fr.newsroom.transitions.submit }).click()
  await expect(journalist.page.getByText(fr.newsroom.transitionDone.submit)).toBeVisible()
  await expect(journalist.page.getByText(/Vous ne pouvez plus modifier cet article|Statut : En relecture/).first()).toBeVisible()
  // Only what she may do: take it back to draft. Sending it back to the author is the desk's button, not hers.
  const workflow = journalist.page.getByRole('region', { name: e.workflow })
  await expect(workflow.getByRole('button', { name: fr.newsroom.transitions.withdraw })).toHaveCount(0)
  await expect(workflow.getByRole('button')).toHaveText([fr.newsroom.transitions.recall])
  await expect(body(journalist.page)).toHaveAttribute('contenteditable', 'false')
  // She takes it back: the text is hers again at once, no reload, and the confirmation stays.
  await workflow.getByRole('button', { name: fr.newsroom.transitions.recall }).click()
  await expect(journalist.page.getByText(fr.newsroom.transitionDone.recall)).toBeVisible()
  await expect(journalist.page.getByText(new RegExp(`^Statut : ${fr.newsroom.statuses.draft}`))).toBeVisible()
  await expect(body(journalist.page)).toHaveAttribute('contenteditable', 'true')
  await expect(journalist.page.getByRole('textbox', { name: e.title, exact: true })).toBeEditable()
  await expect(journalist.page.getByText(/Vous ne pouvez plus modifier/)).toHaveCount(0)
  await expect(journalist.page.getByRole('button', { name: e.reload })).toHaveCount(0)
  await body(journalist.page).click()
  await journalist.page.keyboard.press('ControlOrMeta+End')
  await journalist.page.keyboard.type(' Chiffres corrigés.')
  await expect(savedNote(journalist.page)).toBeVisible({ timeout: AUTOSAVE_TIMEOUT }) // autosaved, no button pressed
  await expect(journalist.page.getByText(fr.newsroom.transitionDone.recall)).toBeVisible()
  // She sends it again.
  await workflow.getByRole('button', { name: fr.newsroom.transitions.submit }).click()
  await expect(journalist.page.getByText(fr.newsroom.transitionDone.submit)).toBeVisible()

  const editor = await signedIn(browser, 'editor')
  await editor.page.goto('/dashboard')
  await expect(editor.page.getByRole('region', { name: fr.newsroom.home.inReview }).getByRole('link', { name: title })).toBeVisible()
  await editor.page.goto(url)
  await expect(body(editor.page)).toContainText('Chiffres corrigés.') // what she typed after taking it back
  await expect(editor.page.getByRole('region', { name: e.workflow }).getByRole('button', { name: fr.newsroom.transitions.withdraw })).toBeVisible()
  const due = new Date(Date.now() + 10 * 60_000)
  const local = new Date(due.getTime() - due.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
  await editor.page.getByLabel(e.scheduleAt).fill(local)
  await editor.page.getByRole('button', { name: fr.newsroom.transitions.schedule }).click()
  await expect(editor.page.getByText(fr.newsroom.transitionDone.schedule)).toBeVisible()

  await editor.page.goto('/fr')
  await expect(editor.page.getByRole('link', { name: title })).toHaveCount(0)
  const search = `/fr/recherche?q=${encodeURIComponent(`"${title}"`)}` // kept in memory once rendered…
  await editor.page.goto(search)
  await expect(editor.page.getByRole('main').getByRole('link', { name: title })).toHaveCount(0)
  // The test clock: run the scheduler as if it were one minute after the scheduled time.
  const tick = await editor.page.request.post(`/api/scheduler/tick?now=${new Date(due.getTime() + 60_000).toISOString()}`)
  expect(tick.ok()).toBe(true)
  await expect(async () => {
    await editor.page.goto('/fr')
    await expect(editor.page.getByRole('link', { name: title }).first()).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 15_000 })
  await editor.page.goto(search) // …and forgotten when the scheduler publishes
  await expect(editor.page.getByRole('main').getByRole('link', { name: title })).toBeVisible()
  await editor.page.goto('/fr')
  await editor.page.getByRole('link', { name: title }).first().click()
  await expect(editor.page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(editor.page.getByRole('main').getByRole('link', { name: 'rapport' })).toHaveAttribute('href', 'https://example.org/rapport')
  // …and wherever else a reader meets new stories: the Recent Posts rail of another article, and the feed.
  // (A cached page that was not asked for since the publish may be answered once from before it, then fresh.)
  await expect(async () => {
    await editor.page.goto(readerFixtures().closedPath)
    await expect(editor.page.getByRole('complementary', { name: fr.site.recentPosts }).getByRole('link', { name: title })).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 15_000 })
  const feed = await editor.page.request.get('/fr/feed.xml')
  expect(await feed.text()).toContain(title)
  await journalist.context.close()
  await editor.context.close()
})

test('two tabs on one article: the stale save gets the conflict view with both texts, and nothing is lost', async ({ browser }) => {
  const first = await signedIn(browser, 'journalist')
  const url = await createDraft(first.page, unique('Conflit'))
  const second = await signedIn(browser, 'journalist')
  await second.page.goto(url)
  await expect(body(second.page)).toBeVisible()

  await typeBody(first.page, 'Version de l’onglet A.')
  await expect(savedNote(first.page)).toBeVisible({ timeout: AUTOSAVE_TIMEOUT })
  await typeBody(second.page, 'Version de l’onglet B.')
  const conflict = second.page.getByRole('alertdialog', { name: fr.newsroom.conflict.title })
  await expect(conflict).toBeVisible()
  await expect(conflict).toBeFocused() // keyboard and screen-reader users meet the question at once
  await expect(conflict.getByRole('region', { name: fr.newsroom.conflict.mine })).toContainText('Version de l’onglet B.')
  await expect(conflict.getByText('Version de l’onglet A.')).toBeVisible()
  await second.page.screenshot({ path: screenshotPath('conflict.png'), fullPage: true })

  await conflict.getByRole('button', { name: fr.newsroom.conflict.keepMine }).click()
  await expect(savedNote(second.page)).toBeVisible({ timeout: AUTOSAVE_TIMEOUT })
  await first.page.reload()
  await expect(body(first.page)).toContainText('Version de l’onglet B.')
  // The text not chosen is kept as a revision.
  await first.page.goto(`${url}/revisions`)
  await expect(first.page.getByRole('cell', { name: fr.newsroom.reasons.conflict }).first()).toBeVisible()
  await first.context.close()
  await second.context.close()
})

test('an editor takes over a journalist’s article; the journalist is told at the next save and their text is kept', async ({ browser }) => {
  const journalist = await signedIn(browser, 'journalist')
  const url = await createDraft(journalist.page, unique('Reprise'))
  const editor = await signedIn(browser, 'editor')
  await editor.page.goto(url)
  await expect(editor.page.getByText(`${account('journalist').name} modifie cet article depuis`)).toBeVisible()
  await expect(editor.page.getByText(interpolate(e.lockedHelp, { name: account('journalist').name }))).toBeVisible() // no "averti"
  await expect(body(editor.page)).toHaveAttribute('contenteditable', 'false')
  await editor.page.getByRole('button', { name: e.takeOver }).click()
  await expect(body(editor.page)).toHaveAttribute('contenteditable', 'true')

  await typeBody(journalist.page, 'Texte du journaliste après la reprise.')
  await expect(journalist.page.getByText(`${account('editor').name} a repris la main sur cet article`)).toBeVisible()
  await expect(body(journalist.page)).toHaveAttribute('contenteditable', 'false')
  await editor.page.goto(`${url}/revisions`)
  await expect(editor.page.getByRole('cell', { name: fr.newsroom.reasons.takeover })).toBeVisible()
  await journalist.context.close()
  await editor.context.close()
})

test('revisions: a readable diff between two saves, and restoring the older one', async ({ browser }) => {
  const { page, context } = await signedIn(browser, 'journalist')
  const url = await createDraft(page, unique('Révisions'))
  await typeBody(page, 'Premier jet du texte.')
  await page.getByRole('button', { name: e.save, exact: true }).click()
  await expect(savedNote(page)).toBeVisible({ timeout: AUTOSAVE_TIMEOUT })
  await body(page).click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('Second jet du texte.')
  await page.getByRole('button', { name: e.save, exact: true }).click()
  await expect(savedNote(page)).toBeVisible({ timeout: AUTOSAVE_TIMEOUT })
  await expect(page.getByRole('status').filter({ hasText: e.unsaved })).toHaveCount(0)

  await page.goto(`${url}/revisions`)
  const diff = page.getByRole('region', { name: /Différences entre la version/ })
  await expect(diff.locator('del')).toContainText('Premier')
  await expect(diff.locator('ins')).toContainText('Second')
  await page.getByRole('button', { name: new RegExp(fr.newsroom.revisions.restore) }).click()
  await expect(page.getByText(fr.newsroom.revisions.restored)).toBeVisible()
  await page.goto(url)
  await expect(body(page)).toContainText('Premier jet du texte.')
  await context.close()
})

test('a journalist who opens her submission while the desk has it takes it back and writes at once, without a reload', async ({ browser }) => {
  const { page, context } = await signedIn(browser, 'journalist')
  const url = await createDraft(page, unique('Repris en brouillon'))
  await typeBody(page, 'Premier jet.')
  await expect(savedNote(page)).toBeVisible({ timeout: AUTOSAVE_TIMEOUT })
  await page.getByRole('button', { name: fr.newsroom.transitions.submit }).click()
  await expect(page.getByText(fr.newsroom.transitionDone.submit)).toBeVisible()
  // Opened again later (from her dashboard, another tab…): it is with the desk, so the editor opens read-only.
  await page.goto(url)
  await expect(page.getByText(new RegExp(`^Statut : ${fr.newsroom.statuses.in_review}`))).toBeVisible()
  await expect(body(page)).toHaveAttribute('contenteditable', 'false')
  await expect(page.getByRole('textbox', { name: e.title, exact: true })).toBeDisabled()

  await page.getByRole('region', { name: e.workflow }).getByRole('button', { name: fr.newsroom.transitions.recall }).click()
  await expect(page.getByText(fr.newsroom.transitionDone.recall)).toBeVisible()
  await expect(page.getByText(new RegExp(`^Statut : ${fr.newsroom.statuses.draft}`))).toBeVisible()
  await expect(body(page)).toHaveAttribute('contenteditable', 'true')
  await expect(page.getByRole('textbox', { name: e.title, exact: true })).toBeEditable()
  await expect(page.getByText(/Vous ne pouvez plus modifier/)).toHaveCount(0)
  await expect(page.getByRole('button', { name: e.reload })).toHaveCount(0)
  await body(page).click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.type(' Second jet.')
  await page.getByRole('textbox', { name: e.title, exact: true }).fill('Repris puis corrigé')
  await expect(savedNote(page)).toBeVisible({ timeout: AUTOSAVE_TIMEOUT }) // autosaved, no button pressed
  await expect(page.getByText(fr.newsroom.transitionDone.recall)).toBeVisible()
  await page.reload() // what the server has
  await expect(body(page)).toContainText('Premier jet. Second jet.')
  await expect(page.getByRole('textbox', { name: e.title, exact: true })).toHaveValue('Repris puis corrigé')
  await context.close()
})

test('a forged "publish" from a journalist returns the forbidden result through the real server action', async ({ browser }) => {
  const { page, context } = await signedIn(browser, 'journalist')
  const url = await createDraft(page, unique('Interdit'))
  await expect(page.getByRole('button', { name: fr.newsroom.transitions.publish })).toHaveCount(0)
  // Rewrite the journalist's own "submit" request into "publish", as a hand-crafted POST would.
  await page.route(`**${url}`, async (route) => {
    const request = route.request()
    const data = request.postData()
    if (request.method() === 'POST' && data?.includes('submit')) {
      return route.continue({ postData: data.replace(/(name="[^"]*transition"\r\n\r\n)submit/, '$1publish') })
    }
    return route.continue()
  })
  await page.getByRole('button', { name: fr.newsroom.transitions.submit }).click()
  await expect(page.getByRole('alert').filter({ hasText: fr.errors.forbidden })).toBeVisible()
  await page.unroute(`**${url}`)
  await page.reload()
  await expect(page.getByText(`Statut : ${fr.newsroom.statuses.draft}`)).toBeVisible()
  await context.close()
})

test.describe('a moderator', () => {
  test.use({ storageState: storageState('moderator'), extraHTTPHeaders: { 'accept-language': 'fr' } })
  test('has no article screens', async ({ page }) => {
    const response = await page.goto('/dashboard/articles/new')
    expect(response?.status()).toBe(403)
    await expect(page.getByRole('heading', { name: fr.errors.forbiddenTitle })).toBeVisible()
  })
})

test.describe('a journalist', () => {
  test.use({ storageState: storageState('journalist'), extraHTTPHeaders: { 'accept-language': 'fr' } })
  test('cannot open someone else’s article: a real 403 on the editor, its preview and its revisions', async ({ page, browser }) => {
    const editor = await signedIn(browser, 'editor')
    const url = await createDraft(editor.page, unique('Article de l’éditeur'))
    await editor.context.close()
    for (const screen of [url, `${url}/preview`, `${url}/revisions`]) {
      const response = await page.goto(screen)
      expect(response?.status(), screen).toBe(403)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.errors.forbiddenTitle)
      await expect(page.getByRole('textbox', { name: e.body })).toHaveCount(0)
    }
    // The page is live (its scripts ran under the forwarded nonce): the dashboard link navigates client-side.
    await page.getByRole('link', { name: fr.errors.backToDashboard }).click()
    await expect(page).toHaveURL(/\/dashboard$/)
    // An article that does not exist (or was trashed) is a 404, in the dashboard's design.
    const missing = await page.goto('/dashboard/articles/00000000-0000-4000-8000-000000000000')
    expect(missing?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.errors.notFoundTitle)
  })

  test('her own article opens with 200', async ({ page }) => {
    const url = await createDraft(page, unique('Mon article'))
    const response = await page.goto(url)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('textbox', { name: e.body })).toBeVisible()
  })
})

test('the 403 page of a colleague’s article speaks the dashboard language of the person refused', async ({ browser }) => {
  const editor = await signedIn(browser, 'editor')
  const url = await createDraft(editor.page, unique('Article de l’éditeur'))
  await editor.context.close()
  // A demo journalist of his own (the shared role sessions stay in French), who reads the dashboard in English.
  const context = await browser.newContext({ extraHTTPHeaders: { 'accept-language': 'fr', 'x-forwarded-for': uniqueIp() } })
  const page = await context.newPage()
  await page.goto('/sign-in')
  await page.getByLabel(fr.auth.email).fill('thomas.martin@kiosque.test')
  await page.getByLabel(fr.auth.password).fill('kiosque-demo')
  await page.getByRole('button', { name: fr.auth.submit }).click()
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 })
  await page.getByLabel(fr.dashboard.language.label).selectOption('en')
  await page.getByRole('button', { name: fr.dashboard.language.apply }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  try {
    const response = await page.goto(url)
    expect(response?.status()).toBe(403)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.errors.forbiddenTitle)
    await expect(page.getByRole('link', { name: en.errors.backToDashboard })).toBeVisible()
  } finally {
    await page.goto('/dashboard') // leave the demo account as it was
    await page.getByLabel(en.dashboard.language.label).selectOption('fr')
    await page.getByRole('button', { name: en.dashboard.language.apply }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await context.close()
  }
})

test('the article list filters by status and title, and editors bulk-trash then restore', async ({ browser }) => {
  const { page, context } = await signedIn(browser, 'editor')
  const title = unique('Liste')
  await createDraft(page, title)
  await page.goto('/dashboard/articles')
  await page.getByLabel(fr.newsroom.list.search).fill(title)
  await page.getByLabel(fr.newsroom.list.status).selectOption('draft')
  await page.getByRole('button', { name: fr.newsroom.list.apply }).click()
  await expect(page.getByRole('link', { name: title })).toBeVisible()
  await page.getByRole('checkbox', { name: `Sélectionner « ${title} »` }).check()
  await page.getByRole('button', { name: fr.newsroom.list.bulkTrash }).click()
  await expect(page.getByText(formatCount(fr.newsroom.list.bulkDone, 1))).toBeVisible()
  await page.goto('/dashboard/articles?trash=1')
  await page.getByRole('button', { name: `${fr.newsroom.list.restore} ${title}` }).click()
  await expect(page.getByRole('button', { name: `${fr.newsroom.list.restore} ${title}` })).toHaveCount(0)
  await page.goto(`/dashboard/articles?q=${encodeURIComponent(title)}`)
  await expect(page.getByRole('link', { name: title })).toBeVisible()
  await context.close()
})
