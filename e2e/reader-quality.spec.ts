import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { locales } from '../lib/i18n/config'
import { paths } from '../lib/paths'
import { readerFixtures } from './support/fixtures'

// Every public page type in every language: 0 axe violations, and screenshots at phone and desktop widths.
const CONSENT = { name: 'kiosque-consent', value: 'declined', domain: '127.0.0.1', path: '/' }

async function firstArticlePath(page: Page, lang: string) {
  await page.goto(`/${lang}`)
  return page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').getAttribute('href')
}

for (const lang of locales) {
  test(`${lang}: home, article, section, author, search and 404 have no axe violations`, async ({ page }) => {
    test.setTimeout(90_000) // six pages, each analysed in full
    const article = (await firstArticlePath(page, lang)) ?? readerFixtures().publishedPath
    const pages = [`/${lang}`, article, `/${lang}/economie`, paths.author(lang, 'sarah-haddad'), `${paths.search(lang)}?q=ecole`, `/${lang}/page-qui-nexiste-pas`]
    for (const path of pages) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeAttached()
      const { violations } = await new AxeBuilder({ page }).analyze()
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${path}`).toEqual([])
    }
  })

  test(`${lang}: screenshots of home and article at 375 and 1280 px`, async ({ browser }) => {
    mkdirSync('test-results/screenshots', { recursive: true })
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } })
      await context.addCookies([CONSENT])
      const page = await context.newPage()
      const article = (await firstArticlePath(page, lang)) ?? readerFixtures().publishedPath
      await page.goto(`/${lang}`)
      await page.screenshot({ path: `test-results/screenshots/home-${lang}-${width}.png`, fullPage: true })
      await page.goto(article)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      // Narrow screens put the rail after the article; wide ones beside it.
      const [body, rail] = await Promise.all([page.getByRole('article').first().boundingBox(), page.getByRole('complementary').boundingBox()])
      if (width === 375) expect(rail!.y).toBeGreaterThan(body!.y + body!.height - 1)
      else expect(Math.abs(rail!.y - body!.y)).toBeLessThan(50)
      await page.screenshot({ path: `test-results/screenshots/article-${lang}-${width}.png`, fullPage: true })
      await context.close()
    }
  })
}
