import { XMLParser } from 'fast-xml-parser'
import { expect, test } from '@playwright/test'
import { ar, en, fr } from './support/dictionaries'
import { ARCHIVE_AUTHOR, readerFixtures } from './support/fixtures'

const xml = new XMLParser({ ignoreAttributes: false })
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

test('a reader goes home → article → section → author → tag → search → feed', async ({ page, request }) => {
  await page.goto('/fr')
  const main = page.getByRole('main')
  await main.getByRole('region', { name: fr.site.leadStory }).getByRole('heading').getByRole('link').click()
  const story = page.getByRole('article').first()
  const headline = await story.getByRole('heading', { level: 1 }).innerText()

  // The Recent Posts rail: other articles, each with a byline and a relative time over an exact <time datetime>.
  const rail = page.getByRole('complementary', { name: fr.site.recentPosts })
  await expect(rail.getByRole('listitem').first()).toBeVisible()
  await expect(rail.getByRole('link', { name: headline, exact: true })).toHaveCount(0)
  await expect(rail.getByText(/^Par : /).first()).toBeVisible()
  await expect(rail.getByRole('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/)
  await expect(rail.getByRole('time').first()).toHaveText(/maintenant|il y a|hier|avant-hier/)
  // One comments section, one heading, one #comments anchor.
  await expect(page.getByRole('region', { name: new RegExp(`^${fr.comments.heading}`) })).toHaveCount(1)
  await expect(page.getByRole('heading', { name: new RegExp(`^${fr.comments.heading}`) })).toHaveCount(1)
  await expect(page.locator('#comments')).toHaveCount(1)
  await expect(page.locator('#comments-heading')).toHaveCount(1)

  const sectionLink = story.getByRole('link').first()
  const section = await sectionLink.innerText()
  await sectionLink.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(section, 'i'))

  await page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').click()
  const author = page.getByRole('article').first().getByRole('link', { name: /./ }).and(page.locator('[rel="author"]'))
  const authorName = await author.innerText()
  await author.click()
  await expect(page.getByRole('heading', { level: 1, name: authorName })).toBeVisible()

  await page.goto(readerFixtures().publishedPath)
  const tag = page.getByRole('navigation', { name: fr.site.tags }).getByRole('link').first()
  const tagName = await tag.innerText()
  await tag.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.site.tagTitle.replace('{name}', tagName))

  await page.getByRole('navigation', { name: fr.common.mainNavigation }).getByRole('link', { name: fr.site.search }).click()
  await page.getByRole('searchbox', { name: fr.site.searchLabel }).fill('chomage')
  await page.getByRole('button', { name: fr.site.searchButton }).click()
  await expect(page).toHaveURL(/\/fr\/recherche\?q=chomage/)
  await expect(page.getByRole('main').locator('mark').first()).toHaveText(/chômage/i) // accent-insensitive, highlighted

  const feed = await request.get('/fr/feed.xml')
  expect(feed.headers()['content-type']).toContain('application/rss+xml')
  const channel = xml.parse(await feed.text()).rss.channel
  expect(channel.item.length).toBeGreaterThan(3)
  expect(channel.item[0].link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/fr\//)
})

test('unknown pages answer 404 in the page’s language, on the very first request', async ({ page }) => {
  const cases = [
    ['/fr/economie/article-inconnu-e2e', fr],
    ['/en/economie/unknown-story-e2e', en],
    ['/ar/rubrique-inconnue', ar],
    ['/fr/tag/mot-cle-inconnu', fr],
    ['/en/author/nobody-e2e', en],
    ['/fr/economie/page/99', fr],
    ['/fr/economie/page/1', fr],
    ['/fr/recherche?q=chomage&page=99', fr],
    ['/en/search?q=school&page=0', en],
    ['/fr/%00', fr], // a NUL would reach the database as an error
    ['/fr/economie/%00', fr],
    [`/ar/economie/${'b'.repeat(3000)}`, ar],
  ] as const
  for (const [path, words] of cases) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.errors.notFoundTitle)
    await expect(page.getByRole('link', { name: words.errors.backHome })).toBeVisible()
  }
  // …also when the client router asks for them (an RSC request, which renders without the proxy's existence check).
  expect((await page.request.get('/fr/economie/%00', { headers: { rsc: '1' } })).status()).toBe(404)
})

test('an address outside the site’s languages answers the designed 404 in the reader’s language', async ({ browser }) => {
  // The browser's own language (Accept-Language follows it): English, Arabic, and German, which the site lacks.
  for (const [language, words, dir] of [['en-GB', en, 'ltr'], ['ar', ar, 'rtl'], ['de-DE', fr, 'ltr']] as const) {
    const context = await browser.newContext({ locale: language })
    const page = await context.newPage()
    for (const path of ['/xx/foo', '/foo', '/de', '/FR']) {
      const response = await page.goto(path)
      expect(response?.status(), `${path} ${language}`).toBe(404)
      expect(response?.headers()['vary'], path).toContain('Accept-Language')
      await expect(page.locator('html')).toHaveAttribute('lang', words === fr ? 'fr' : words === en ? 'en' : 'ar')
      await expect(page.locator('html')).toHaveAttribute('dir', dir)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.errors.notFoundTitle)
      await expect(page.getByRole('link', { name: words.errors.backHome })).toBeVisible()
      await expect(page.getByText('This page could not be found')).toHaveCount(0)
    }
    await context.close()
  }
})

test('a client-side navigation outside the site’s languages shows the designed 404, in the language being read', async ({ page }) => {
  // The browser speaks French (playwright.config.ts): a reader of the English or Arabic site still gets their words.
  for (const [home, words, lang, dir] of [['/en', en, 'en', 'ltr'], ['/ar', ar, 'ar', 'rtl'], ['/fr', fr, 'fr', 'ltr']] as const) {
    await page.goto(home)
    const router = () => (window as unknown as { next?: { router?: { push: (href: string) => void } } }).next?.router
    await page.waitForFunction(router) // the page's scripts have started the client router
    const document = page.waitForResponse((response) => new URL(response.url()).pathname === '/xx/foo' && response.request().resourceType() === 'document')
    // What a Link click does: no link of the site leads there, so the test asks the client router itself.
    await page.evaluate(() => (window as unknown as { next: { router: { push: (href: string) => void } } }).next.router.push('/xx/foo'))
    await expect(page).toHaveURL(/\/xx\/foo$/)
    expect((await document).status(), home).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.locator('html')).toHaveAttribute('dir', dir)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.errors.notFoundTitle)
    await expect(page.getByText('This page could not be found')).toHaveCount(0)
    await page.getByRole('link', { name: words.errors.backHome }).click()
    await expect(page).toHaveURL(new RegExp(`${home}$`))
  }
})

test('the Arabic site and its feed say it publishes in French, English and Arabic', async ({ page, request }) => {
  const channel = xml.parse(await (await request.get('/ar/feed.xml')).text()).rss.channel
  expect(channel.description).toBe(ar.common.tagline)
  expect(channel.description).toContain('العربية')
  await page.goto('/ar')
  await expect(page.getByRole('heading', { level: 1, name: `${ar.common.siteName} — ${ar.common.tagline}` })).toBeAttached()
})

test('the site has an icon: linked from every page, served with caching, and no 404 for /favicon.ico', async ({ page, request }) => {
  const missing: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`)
  })
  for (const path of ['/fr', '/ar', '/sign-in', '/xx/foo']) {
    await page.goto(path)
    const icon = page.locator('head link[rel="icon"]').first()
    await expect(icon, path).toHaveAttribute('href', /\/(?:icon\.svg|favicon\.ico)/)
  }
  expect(missing.filter((line) => !line.endsWith('/xx/foo'))).toEqual([])
  for (const [path, type] of [['/favicon.ico', 'image/x-icon'], ['/icon.svg', 'image/svg+xml']] as const) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type'], path).toContain(type)
    expect(response.headers()['cache-control'], path).toMatch(/max-age=[1-9]/)
  }
})

test('unpublished articles are nowhere: pages, feeds, sitemaps, search, rail', async ({ page, request }) => {
  const { hidden } = readerFixtures()
  const feed = await (await request.get('/fr/feed.xml')).text()
  const sitemap = await (await request.get('/sitemap-articles/1.xml')).text()
  const news = await (await request.get('/sitemap-news.xml')).text()
  for (const article of hidden) {
    expect((await request.get(article.path)).status(), article.path).toBe(404)
    for (const text of [feed, sitemap, news]) expect(text).not.toContain(article.slug)
    await page.goto(`/fr/recherche?q=${encodeURIComponent(`"${article.title}"`)}`)
    await expect(page.getByRole('main').locator(`a[href="${article.path}"]`)).toHaveCount(0)
  }
  await page.goto(readerFixtures().publishedPath)
  const railLinks = await page.getByRole('complementary').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  for (const article of hidden) expect(railLinks).not.toContain(article.path)
})

test('the Recent Posts rail shows the opening of the body when an article has no excerpt', async ({ page }) => {
  const { publishedPath, bare } = readerFixtures()
  await page.goto(publishedPath)
  const rail = page.getByRole('complementary', { name: fr.site.recentPosts })
  const item = rail.getByRole('listitem').filter({ has: page.getByRole('link', { name: bare.title, exact: true }) })
  await expect(item.locator('p').first()).toHaveText(new RegExp(`^${escapeRegExp(bare.bodyStart)}.*…$`))
  // Every landmark names itself after a heading that exists.
  const dangling = await page.locator('[aria-labelledby]').evaluateAll((nodes) =>
    nodes.flatMap((node) => node.getAttribute('aria-labelledby')!.split(' ').filter((id) => !document.getElementById(id))),
  )
  expect(dangling).toEqual([])
})

test('redirects rows answer with their HTTP status, under a language and for legacy URLs', async ({ request }) => {
  const { movedFrom, legacyFrom, publishedPath } = readerFixtures()
  const moved = await request.get(movedFrom, { maxRedirects: 0 })
  expect(moved.status()).toBe(301)
  expect(new URL(moved.headers().location ?? '', 'http://x').pathname).toBe(publishedPath)
  const legacy = await request.get(legacyFrom, { maxRedirects: 0 })
  expect(legacy.status()).toBe(308)
  expect(new URL(legacy.headers().location ?? '', 'http://x').pathname).toBe(publishedPath)
})

test('translations link to each other and switch the interface language', async ({ page }) => {
  await page.goto(readerFixtures().publishedPath)
  const french = await page.getByRole('heading', { level: 1 }).innerText()
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1)
  await page.getByRole('link', { name: en.site.readInThisLanguage }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(french)
  await expect(page.getByText(/^By /).first()).toBeVisible()
  await page.getByRole('link', { name: fr.site.readInThisLanguage }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(french)
  // The header switch goes to the other languages' front pages.
  await page.getByRole('navigation', { name: fr.common.languageSwitcher }).getByRole('link', { name: 'العربية' }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
})

test('English and Arabic addresses name author and search pages in their own words; the French words redirect', async ({ page, request }) => {
  await page.goto('/en')
  await page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').click()
  const author = page.getByRole('article').first().getByRole('link', { name: /./ }).and(page.locator('[rel="author"]'))
  const authorName = await author.innerText()
  await author.click() // a client-side navigation through the proxy's rewrite
  await expect(page).toHaveURL(/\/en\/author\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1, name: authorName })).toBeVisible()

  await page.getByRole('navigation', { name: en.common.mainNavigation }).getByRole('link', { name: en.site.search }).click()
  await page.getByRole('searchbox', { name: en.site.searchLabel }).fill('school')
  await page.getByRole('button', { name: en.site.searchButton }).click()
  await expect(page).toHaveURL(/\/en\/search\?q=school$/)
  await expect(page.getByRole('searchbox', { name: en.site.searchLabel })).toHaveValue('school')

  await page.goto('/ar/author/sarah-haddad')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Links written before the words were translated, or by hand, still arrive, at the page's own address.
  for (const [from, to] of [['/en/auteur/sarah-haddad', '/en/author/sarah-haddad'], ['/ar/recherche?q=x', '/ar/search?q=x'], ['/fr/author/sarah-haddad', '/fr/auteur/sarah-haddad']]) {
    const response = await request.get(from!, { maxRedirects: 0 })
    expect(response.status(), from).toBe(308)
    const location = new URL(response.headers().location!, 'http://kiosque.invalid')
    expect(location.pathname + location.search).toBe(to)
  }
})

test('an article carries canonical, Open Graph, Twitter and JSON-LD metadata', async ({ page }) => {
  const path = readerFixtures().publishedPath
  await page.goto(path)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`))
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/)
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  const types = blocks.map((block) => (JSON.parse(block) as { '@type': string })['@type'])
  expect(types).toEqual(expect.arrayContaining(['NewsArticle', 'BreadcrumbList']))
  const article = blocks.map((block) => JSON.parse(block) as Record<string, unknown>).find((data) => data['@type'] === 'NewsArticle')
  expect(article).toMatchObject({ headline: await page.getByRole('heading', { level: 1 }).innerText(), publisher: { name: fr.common.siteName } })
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`${path}$`))
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'fr_FR')
  const logo = (article as { publisher: { logo: { url: string } } }).publisher.logo.url
  const served = await page.request.get(logo)
  expect(served.status()).toBe(200)
  expect(served.headers()['content-type']).toBe('image/png')
})

test('sitemaps and robots.txt are valid and point at each other', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
  const index = xml.parse(await (await request.get('/sitemap.xml')).text())
  const locs = [index.sitemapindex.sitemap].flat().map((entry: { loc: string }) => entry.loc)
  expect(locs.some((loc: string) => loc.endsWith('/sitemap-articles/1.xml'))).toBe(true)
  const articles = xml.parse(await (await request.get('/sitemap-articles/1.xml')).text())
  expect(articles.urlset.url.length).toBeGreaterThan(10)
  const news = await request.get('/sitemap-news.xml')
  expect(xml.parse(await news.text()).urlset.url.length).toBeGreaterThan(0)
  const sectionFeed = xml.parse(await (await request.get('/en/economie/feed.xml')).text())
  expect(sectionFeed.rss['@_version']).toBe('2.0')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the language links lead to the same section, tag or author page in the other language', async ({ page }) => {
    const languages = (p: typeof page) => p.getByRole('navigation', { name: fr.common.languageSwitcher })
    for (const [from, english] of [['/fr/economie', '/en/economie'], ['/fr/auteur/sarah-haddad', '/en/author/sarah-haddad']]) {
      await page.goto(from!)
      await expect(languages(page).getByRole('link', { name: fr.common.languageNames.en })).toHaveAttribute('href', english!)
    }
    await page.goto(readerFixtures().publishedPath) // an article: its translations are listed in it; the switcher goes home
    await expect(languages(page).getByRole('link', { name: fr.common.languageNames.en })).toHaveAttribute('href', '/en')
  })

  test('listings page through plain links', async ({ page }) => {
    await page.goto(`/fr/auteur/${ARCHIVE_AUTHOR.slug}`)
    await page.getByRole('navigation', { name: fr.site.pagination }).getByRole('link', { name: fr.site.nextPage }).click()
    await expect(page).toHaveURL(new RegExp(`/fr/auteur/${ARCHIVE_AUTHOR.slug}/page/2$`))
    await expect(page.getByText('Page 2 sur 2')).toBeVisible()
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
  })

  test('the cookie choice is a form post that sets the cookie and hides the notice on return', async ({ page, context }) => {
    await page.goto('/fr/economie')
    const notice = page.getByRole('region', { name: fr.site.cookieTitle })
    await expect(notice).toBeVisible()
    await notice.getByRole('button', { name: fr.site.cookieDecline }).click()
    await expect(page).toHaveURL(/\/fr\/economie#cookie-choice-saved$/)
    await expect(notice).toBeHidden()
    expect((await context.cookies()).find((c) => c.name === 'kiosque-consent')?.value).toBe('declined')
    // Later cached pages know the choice too, through the per-reader stylesheet (app/consent.css).
    await page.goto('/fr')
    await expect(page.getByRole('main')).toBeVisible()
    await expect(notice).toBeHidden()
    await page.goto(readerFixtures().publishedPath)
    await expect(notice).toBeHidden()
  })

  test('the cookie choice returns to the page also when the site is reached at another address than SITE_URL', async ({ page, baseURL }) => {
    const other = baseURL!.replace('127.0.0.1', 'localhost') // SITE_URL names 127.0.0.1
    await page.goto(`${other}/fr/economie`)
    await page.getByRole('region', { name: fr.site.cookieTitle }).getByRole('button', { name: fr.site.cookieAccept }).click()
    await expect(page).toHaveURL(`${other}/fr/economie#cookie-choice-saved`)
  })

  test('a reader who has not chosen keeps seeing the notice from page to page', async ({ page }) => {
    await page.goto('/fr')
    await expect(page.getByRole('region', { name: fr.site.cookieTitle })).toBeVisible()
    await page.goto(readerFixtures().publishedPath)
    await expect(page.getByRole('region', { name: fr.site.cookieTitle })).toBeVisible()
  })
})

test('the cookie notice is keyboard-operable, remembered, and never shifts the page', async ({ page, context }) => {
  await page.goto('/en')
  const notice = page.getByRole('region', { name: en.site.cookieTitle })
  await expect(notice).toBeVisible()
  const before = await page.getByRole('main').boundingBox()
  await notice.getByRole('button', { name: en.site.cookieAccept }).focus()
  await page.keyboard.press('Enter')
  await expect(notice).toBeHidden()
  expect(await page.getByRole('main').boundingBox()).toEqual(before)
  expect((await context.cookies()).find((c) => c.name === 'kiosque-consent')?.value).toBe('accepted')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-consent', '')
  await expect(notice).toBeHidden()
})
