// The editor never loses what it cannot create itself (imported tables, embeds, captions), and journalists can add
// embeds from an address and images from the media library.
import { expect, test, type Page } from '@playwright/test'
import sharp from 'sharp'
import { storageState } from './support/accounts'
import { fr } from './support/dictionaries'
import { readerFixtures } from './support/fixtures'
import { body, createDraft, savedNote, AUTOSAVE_TIMEOUT, typeBody, unique } from './support/newsroom'

const e = fr.newsroom.editor
test.describe.configure({ timeout: 90_000 })
test.use({ storageState: storageState('editor'), extraHTTPHeaders: { 'accept-language': 'fr' } })

const expectRichContent = async (page: Page) => {
  await expect(body(page).locator('figure[data-embed="youtube"] iframe[src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]')).toBeAttached()
  await expect(body(page).getByRole('table')).toBeVisible()
  await expect(body(page).getByRole('columnheader', { name: 'Participation' })).toBeVisible()
  await expect(body(page).getByRole('cell', { name: '61,2 %' })).toBeVisible()
  await expect(body(page).locator('figure figcaption')).toHaveText('La mairie de Saint-Étienne, dimanche.')
}

test('an imported article with an embed, a table and a caption keeps them through typing, autosave and reload', async ({ page }) => {
  await page.goto(`/dashboard/articles/${readerFixtures().richDraftId}`)
  await expectRichContent(page)
  await body(page).getByText('Analyse à suivre.').click()
  await page.keyboard.press('End')
  await page.keyboard.type(' Mise à jour.')
  await expect(savedNote(page)).toBeVisible({ timeout: AUTOSAVE_TIMEOUT })
  await page.reload()
  await expect(body(page)).toContainText('Analyse à suivre. Mise à jour.')
  await expectRichContent(page)
  // And readers get the same: the preview renders the stored HTML.
  await page.goto(`/dashboard/articles/${readerFixtures().richDraftId}/preview`)
  await expect(page.getByRole('main').locator('thead th[scope="col"]').first()).toHaveText('Commune')
  await expect(page.getByRole('main').locator('iframe[title="YouTube"]')).toBeAttached()
})

test('the Embed button takes YouTube and X addresses, and refuses a lookalike host with a specific message', async ({ page }) => {
  await createDraft(page, unique('Intégrations'))
  await typeBody(page, 'La séance en vidéo.')
  await page.getByRole('button', { name: e.embed, exact: true }).click()
  const address = page.getByLabel(e.embedUrl)
  await address.fill('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ')
  await page.getByRole('button', { name: e.embedInsert }).click()
  await expect(page.getByRole('alert').filter({ hasText: e.embedUnsupported })).toBeVisible()
  await address.fill('javascript:alert(1)')
  await page.getByRole('button', { name: e.embedInsert }).click()
  await expect(page.getByRole('alert').filter({ hasText: e.embedNotUrl })).toBeVisible()
  await address.fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ')
  await page.getByRole('button', { name: e.embedInsert }).click()
  await expect(body(page).locator('iframe[src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]')).toBeAttached()

  await page.getByRole('button', { name: e.embed, exact: true }).click()
  await page.getByLabel(e.embedUrl).fill('https://twitter.com/kiosque/status/1234567890')
  await page.getByRole('button', { name: e.embedInsert }).click()
  await expect(body(page).getByRole('link', { name: 'x.com/kiosque/status/1234567890' })).toHaveAttribute('href', 'https://x.com/kiosque/status/1234567890')
  await expect(body(page).locator('iframe[src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]')).toBeAttached() // not replaced
  await expect(savedNote(page)).toBeVisible({ timeout: AUTOSAVE_TIMEOUT })
  await page.reload()
  await expect(body(page).locator('iframe[src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]')).toBeAttached()
  await expect(body(page).getByRole('link', { name: 'x.com/kiosque/status/1234567890' })).toBeVisible()
})

test('an image from the media library goes in with its alt text and an edited caption, and readers see both', async ({ page }) => {
  const alt = unique('Le marché couvert au petit matin')
  const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#a62' } }).png().toBuffer()
  await page.goto('/dashboard/media')
  const upload = page.getByRole('form', { name: fr.newsroom.media.upload })
  await upload.getByLabel(fr.newsroom.media.file).setInputFiles({ name: 'marche-couvert.png', mimeType: 'image/png', buffer: png })
  await upload.getByLabel(fr.newsroom.media.alt).fill(alt)
  await upload.getByRole('button', { name: fr.newsroom.media.send, exact: true }).click()
  await expect(page.getByText(fr.newsroom.media.uploaded)).toBeVisible()

  const title = unique('Le marché rouvre')
  await createDraft(page, title)
  await typeBody(page, 'Les commerçants sont de retour.')
  const imageButton = page.getByRole('button', { name: e.image, exact: true })
  await imageButton.click()
  const picker = page.getByRole('dialog', { name: e.pickerTitle })
  await expect(picker).toBeVisible()
  await expect(picker.getByRole('searchbox', { name: e.pickerSearch })).toBeFocused() // focus moved in
  await page.keyboard.press('Escape')
  await expect(picker).toBeHidden()
  await expect(imageButton).toBeFocused() // and came back

  await imageButton.click()
  await picker.getByRole('searchbox', { name: e.pickerSearch }).fill(alt)
  await picker.getByRole('button', { name: e.pickerSearchButton }).click()
  await picker.getByRole('button', { name: e.pickerChoose.replace('{alt}', alt) }).click()
  await expect(picker.getByLabel(e.imageAlt)).toHaveValue(alt) // prefilled from the library
  await picker.getByLabel(e.imageCaption).fill('Les étals du marché couvert')
  await picker.getByRole('button', { name: e.imageInsert }).click()
  await expect(picker).toBeHidden()
  await expect(body(page).getByRole('img', { name: alt })).toBeVisible()
  await expect(body(page).locator('figcaption')).toHaveText('Les étals du marché couvert')
  await body(page).locator('figcaption').click()
  await page.keyboard.press('End')
  await page.keyboard.type(', samedi')
  await expect(savedNote(page)).toBeVisible({ timeout: AUTOSAVE_TIMEOUT })

  // Search results pages are answered from memory once rendered: one asked before the publish must not outlive it.
  const reader = await page.context().newPage()
  const search = `/fr/recherche?q=${encodeURIComponent(`"${title}"`)}`
  await reader.goto(search)
  await expect(reader.getByText(fr.site.searchNone.split(' «')[0]!)).toBeVisible()
  await page.getByRole('button', { name: fr.newsroom.transitions.publish }).click()
  await expect(page.getByText(fr.newsroom.transitionDone.publish)).toBeVisible()
  await reader.goto(search)
  await expect(reader.getByRole('main').getByRole('link', { name: title })).toBeVisible()
  await reader.close()
  await expect(async () => {
    await page.goto('/fr')
    await page.getByRole('link', { name: title }).first().click({ timeout: 1000 })
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 20_000 })
  const figure = page.getByRole('main').locator('figure').filter({ has: page.getByRole('img', { name: alt }) })
  await expect(figure.locator('figcaption')).toHaveText('Les étals du marché couvert, samedi')
})

test('a copy left on this device is offered back in a prompt that takes focus', async ({ page }) => {
  const url = await createDraft(page, unique('Copie locale'))
  const id = url.split('/').pop()!
  await page.evaluate((articleId) => {
    const draft = { version: 1, fields: {}, bodyHtml: '<p>Texte resté sur l’appareil.</p>', savedAt: new Date().toISOString() }
    localStorage.setItem(`kiosque:draft:${articleId}`, JSON.stringify(draft))
  }, id)
  await page.reload()
  await expect(page.getByRole('alertdialog')).toBeFocused()
})
