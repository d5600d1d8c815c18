// A page in one language speaks that language: author pages list the author's articles in it and show the bio
// written in it, tag names are translated (titles, headings, an article's tag list), and the newsroom edits a
// tag's three names.
import { expect, test } from '@playwright/test'
import { ARABIC_STORIES } from '../db/seed-content'
import { storageState } from './support/accounts'
import { ar, en, fr } from './support/dictionaries'
import { ARCHIVE_AUTHOR } from './support/fixtures'

const x = fr.newsroom.taxonomy
const nameIn = (language: 'fr' | 'en' | 'ar') => x.nameIn.replace('{language}', fr.common.languageNames[language])
const slugOf = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`

test('an author page in Arabic lists only the author’s Arabic articles, with the Arabic bio', async ({ page }) => {
  await page.goto('/ar/author/sarah-haddad')
  await expect(page.getByRole('heading', { level: 1, name: 'Sarah Haddad' })).toBeVisible()
  await expect(page.getByText('صحفية ثقافة ومجتمع، تكتب بالفرنسية والعربية.')).toBeVisible()
  const titles = page.getByRole('main').getByRole('article').getByRole('heading')
  await expect(titles).toHaveCount(ARABIC_STORIES.length)
  for (const link of await page.getByRole('main').getByRole('article').getByRole('heading').getByRole('link').all()) {
    expect(await link.getAttribute('href')).toMatch(/^\/ar\//)
  }
  await expect(page.getByRole('navigation', { name: ar.site.pagination })).toHaveCount(0)

  // In French, her French articles only: not one Arabic title.
  await page.goto('/fr/auteur/sarah-haddad')
  await expect(page.getByText('Journaliste culture et société, bilingue français-arabe.')).toBeVisible()
  for (const link of await page.getByRole('main').getByRole('article').getByRole('heading').getByRole('link').all()) {
    expect(await link.getAttribute('href')).toMatch(/^\/fr\//)
  }
  await expect(page.getByRole('main').getByText(ARABIC_STORIES[0]!.title)).toHaveCount(0)
})

test('pages of an author page count the page’s language only', async ({ page, request }) => {
  // Thirteen French articles and one Arabic: two pages in French, one in Arabic, and no Arabic page 2.
  await page.goto(`/ar/author/${ARCHIVE_AUTHOR.slug}`)
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(ARCHIVE_AUTHOR.arabic)
  await expect(page.getByRole('navigation', { name: ar.site.pagination })).toHaveCount(0)
  expect((await request.get(`/ar/author/${ARCHIVE_AUTHOR.slug}/page/2`)).status()).toBe(404)
  expect((await request.get(`/fr/auteur/${ARCHIVE_AUTHOR.slug}/page/2`)).status()).toBe(200)
})

test('an untranslated bio shows in its original language, marked as such', async ({ page }) => {
  await page.goto('/ar/author/julien-moreau') // bio in French and English only
  const bio = page.getByText('Spécialiste des nouvelles technologies et des données.')
  await expect(bio).toHaveAttribute('lang', 'fr')
  await expect(bio).toHaveAttribute('dir', 'ltr')
  await expect(page.getByText(ar.site.emptyListing)).toBeVisible() // he writes in French and English only
})

test('a tag page in English shows the English name, and an English article lists its tags in English', async ({ page }) => {
  await page.goto('/en/tag/emploi')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.site.tagTitle.replace('{name}', 'Jobs'))
  await expect(page).toHaveTitle(new RegExp(`^${en.site.tagTitle.replace('{name}', 'Jobs')}`))
  await page.getByRole('main').getByRole('article').getByRole('heading').getByRole('link').first().click()
  await expect(page.getByRole('navigation', { name: en.site.tags }).getByRole('link', { name: 'Jobs' })).toBeVisible()

  await page.goto('/ar/tag/emploi')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.site.tagTitle.replace('{name}', 'التوظيف'))
})

test.describe('the newsroom', () => {
  test.use({ storageState: storageState('admin'), extraHTTPHeaders: { 'accept-language': 'fr' } })

  test('an editor gives a tag its three names, and each language’s tag page shows its own', async ({ page }) => {
    const slug = slugOf('mot')
    await page.goto('/dashboard/categories')
    const create = page.locator('form').filter({ has: page.getByRole('heading', { name: x.newTag }) })
    await create.getByLabel(x.slug).fill(slug)
    await create.getByLabel(nameIn('fr')).fill('Logement')
    await create.getByRole('button', { name: x.create }).click()
    await expect(create.getByRole('status')).toHaveText(x.created)

    await page.reload()
    const item = page.locator('form').filter({ has: page.getByRole('button', { name: `${x.save} : ${slug}` }) })
    await expect(item.getByLabel(nameIn('en'))).toHaveValue('')
    // The French name is required: spaces only are refused beside the field, and what was typed stays.
    await item.getByLabel(nameIn('fr')).fill('   ')
    await item.getByLabel(nameIn('en')).fill('Housing')
    await item.getByRole('button', { name: `${x.save} : ${slug}` }).click()
    await expect(item.getByLabel(nameIn('fr'))).toHaveAttribute('aria-invalid', 'true')
    await expect(item.getByLabel(nameIn('fr'))).toHaveAccessibleDescription(x.errors.nameRequired)
    await expect(item.getByLabel(nameIn('en'))).toHaveValue('Housing')

    await item.getByLabel(nameIn('fr')).fill('Logement')
    await item.getByLabel(nameIn('ar')).fill('السكن')
    await item.getByRole('button', { name: `${x.save} : ${slug}` }).click()
    await expect(item.getByRole('status')).toHaveText(x.saved)

    await page.goto(`/en/tag/${slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.site.tagTitle.replace('{name}', 'Housing'))
    await page.goto(`/ar/tag/${slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.site.tagTitle.replace('{name}', 'السكن'))
    await page.goto(`/fr/tag/${slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.site.tagTitle.replace('{name}', 'Logement'))
  })
})
