import { type APIRequestContext, expect, test } from '@playwright/test'
import { siteRefreshToken } from '@/lib/site-refresh'

// scripts/e2e.sh imports lib/wordpress/fixtures/e2e-legacy-urls.xml before the build: these are that site's old URLs.
const ARTICLE = '/fr/economie/le-port-rouvre'

/** Every hop of a redirect chain as [status, path], ending with the final status. */
async function hops(request: APIRequestContext, start: string): Promise<[number, string][]> {
  const chain: [number, string][] = []
  let url = start
  for (let i = 0; i < 5; i++) {
    const response = await request.get(url, { maxRedirects: 0 })
    const location = response.headers().location
    if (!location) return [...chain, [response.status(), '']]
    const next = new URL(location, 'http://kiosque.invalid')
    url = next.pathname + next.search
    chain.push([response.status(), url])
  }
  return chain
}

test.describe('old WordPress addresses', () => {
  for (const legacy of ['/2019/05/12/le-port-rouvre', '/?p=4242']) {
    test(`${legacy} answers 301 to the article`, async ({ request }) => {
      expect(await hops(request, legacy)).toEqual([[301, ARTICLE], [200, '']])
    })
  }

  for (const legacy of ['/category/economie', '/?cat=31']) {
    test(`${legacy} answers 301 to the section page`, async ({ request }) => {
      expect((await hops(request, legacy))[0]).toEqual([301, '/fr/economie'])
    })
  }

  for (const legacy of ['/tag/transport-maritime', '/?tag=transport-maritime', '/tag/transport-maritime/page/3']) {
    test(`${legacy} answers 301 to the tag page`, async ({ request }) => {
      expect(await hops(request, legacy)).toEqual([[301, '/fr/tag/transport-maritime'], [200, '']])
    })
  }

  test('a tag archive with its trailing slash loses it, then answers 301', async ({ request }) => {
    expect(await hops(request, '/tag/transport-maritime/')).toEqual([
      [308, '/tag/transport-maritime'],
      [301, '/fr/tag/transport-maritime'],
      [200, ''],
    ])
  })

  for (const [legacy, target] of [
    ['/author/cdubois', '/fr/auteur/claire-dubois'],
    ['/?author=2', '/fr/auteur/claire-dubois'],
    ['/category/economie/page/2', '/fr/economie'],
    ['/feed', '/fr/feed.xml'],
  ] as const) {
    test(`${legacy} answers 301 to ${target}`, async ({ request }) => {
      expect(await hops(request, legacy)).toEqual([[301, target], [200, '']])
    })
  }

  test('a permalink with its trailing slash loses it (Next’s 308), then answers 301', async ({ request }) => {
    expect(await hops(request, '/2019/05/12/le-port-rouvre/')).toEqual([
      [308, '/2019/05/12/le-port-rouvre'],
      [301, ARTICLE],
      [200, ''],
    ])
  })

  test('a reader following an old link lands on the imported article', async ({ page }) => {
    await page.goto('/2019/05/12/le-port-rouvre/')
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le port de commerce rouvre après deux ans de travaux')
    await expect(page.getByText('Les dockers saluent la fin du chantier.')).toBeVisible()
  })

  test('an unknown old address is still a 404, not a redirect', async ({ request }) => {
    expect(await hops(request, '/2019/05/12/jamais-publie')).toEqual([[404, '']])
  })
})

test.describe('refreshing the site after an import (npm run import:wordpress)', () => {
  const SECRET = 'e2e-only-secret-that-is-long-enough-0123456789' // the server's AUTH_SECRET, in playwright.config.ts

  test('refuses a caller without the token derived from the site secret', async ({ request }) => {
    expect((await request.post('/api/site-refresh', { data: { tags: [] } })).status()).toBe(403)
    const forged = await request.post('/api/site-refresh', { headers: { authorization: `Bearer ${siteRefreshToken('guessed-secret-0123456789-0123456789-01')}` }, data: { tags: [] } })
    expect(forged.status()).toBe(403)
  })

  test('refreshes old addresses and lists for the import command, which keep answering', async ({ request }) => {
    const response = await request.post('/api/site-refresh', { headers: { authorization: `Bearer ${siteRefreshToken(SECRET)}` }, data: { tags: ['tag:transport-maritime'] } })
    expect(response.status()).toBe(200)
    expect(await response.json()).toEqual({ refreshed: 4 })
    expect(await hops(request, '/?p=4242')).toEqual([[301, ARTICLE], [200, '']])
  })
})
