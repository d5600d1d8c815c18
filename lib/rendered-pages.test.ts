import { beforeEach, describe, expect, it } from 'vitest'
import { tags } from './cache-tags'
import { readingPages, servedFromCache, renderedPagesExpire, searchPages } from './rendered-pages'

const page = (bytes: number) => ({ body: new Uint8Array(bytes), headers: [['content-type', 'text/html; charset=utf-8']] as [string, string][] })
const keep = (store: typeof searchPages, key: string, bytes: number) => store.keep(key, page(bytes), store.generation())

beforeEach(() => renderedPagesExpire([tags.articles]))

describe('search pages kept in memory', () => {
  it('answers a kept page until article lists or section names expire', () => {
    keep(searchPages, '/fr/recherche?q=port', 20_000)
    expect(searchPages.read('/fr/recherche?q=port')?.body.byteLength).toBe(20_000)
    renderedPagesExpire([tags.comments('a'), tags.commentSettings, tags.redirects]) // no result changes with these
    expect(searchPages.read('/fr/recherche?q=port')).toBeDefined()
    renderedPagesExpire([tags.article('a'), tags.articles])
    expect(searchPages.read('/fr/recherche?q=port')).toBeUndefined()
    keep(searchPages, '/fr/recherche?q=port', 20_000)
    renderedPagesExpire([tags.categories])
    expect(searchPages.read('/fr/recherche?q=port')).toBeUndefined()
  })

  it('stays within its memory budget under a flood of different queries, oldest out first', () => {
    for (let i = 0; i < 2_000; i++) keep(searchPages, `/fr/recherche?q=word${i}`, 25_000)
    expect(searchPages.held().bytes).toBeLessThanOrEqual(16 * 1024 * 1024)
    expect(searchPages.read('/fr/recherche?q=word1999')).toBeDefined()
    expect(searchPages.read('/fr/recherche?q=word0')).toBeUndefined()
  })

  it('renders four results pages at once, and the rest in the order they came, a failed render passing its turn on', async () => {
    let running = 0
    let most = 0
    const order: number[] = []
    const render = (i: number) => async () => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running--
      order.push(i)
      if (i === 2) throw new Error('render failed')
      return i
    }
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => searchPages.fill(render(i))))
    expect(most).toBe(4)
    expect(order.slice(4)).toEqual([4, 5, 6, 7, 8, 9])
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(1)
    expect(await searchPages.fill(async () => 'free again')).toBe('free again')
  })

  it('does not keep an outsized page', () => {
    keep(searchPages, '/fr/recherche?q=huge', 600_000)
    expect(searchPages.read('/fr/recherche?q=huge')).toBeUndefined()
  })
})

describe('reading pages kept in memory', () => {
  it('forgets every page when anything a page shows expires: a comment approved on any article, a setting', () => {
    for (const tag of [tags.comments('a'), tags.commentSettings, tags.tag('port'), tags.author('zoe')]) {
      keep(readingPages, '/fr/economie/le-port', 270_000)
      keep(readingPages, '/fr', 80_000)
      renderedPagesExpire([tag])
      expect(readingPages.read('/fr/economie/le-port')).toBeUndefined()
      expect(readingPages.read('/fr')).toBeUndefined()
    }
  })

  it('keeps them when only old addresses change (the proxy asks for those before any page)', () => {
    keep(readingPages, '/fr', 80_000)
    renderedPagesExpire([tags.redirects])
    expect(readingPages.read('/fr')).toBeDefined()
  })

  it('does not keep a page fetched before an expiry: it may show what just changed', () => {
    const since = readingPages.generation()
    renderedPagesExpire([tags.comments('a')]) // the comment is approved while the page is on its way
    readingPages.keep('/fr/economie/le-port', page(270_000), since)
    expect(readingPages.read('/fr/economie/le-port')).toBeUndefined()
  })

  it("keeps only what Next served from its cache or rendered for it, never a stale page", () => {
    expect(servedFromCache('HIT')).toBe(true)
    expect(servedFromCache('MISS')).toBe(true)
    expect(servedFromCache('STALE')).toBe(false)
    expect(servedFromCache(null)).toBe(false) // rendered per request: not shared between readers
  })
})
