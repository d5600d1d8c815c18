import { describe, expect, it } from 'vitest'
import { tags } from './cache-tags'
import { keepSearchPage, readSearchPage, searchPagesExpire, searchPagesHeld } from './search-pages'

const page = (bytes: number) => ({ body: new Uint8Array(bytes), headers: [['content-type', 'text/html; charset=utf-8']] as [string, string][] })

describe('search pages kept in memory', () => {
  it('answers a kept page until article lists or section names expire', () => {
    keepSearchPage('/fr/recherche?q=port', page(20_000))
    expect(readSearchPage('/fr/recherche?q=port')?.body.byteLength).toBe(20_000)
    searchPagesExpire([tags.comments('a'), tags.commentSettings, tags.redirects]) // no result changes with these
    expect(readSearchPage('/fr/recherche?q=port')).toBeDefined()
    searchPagesExpire([tags.article('a'), tags.articles])
    expect(readSearchPage('/fr/recherche?q=port')).toBeUndefined()
    keepSearchPage('/fr/recherche?q=port', page(20_000))
    searchPagesExpire([tags.categories])
    expect(readSearchPage('/fr/recherche?q=port')).toBeUndefined()
  })

  it('stays within its memory budget under a flood of different queries, oldest out first', () => {
    for (let i = 0; i < 2_000; i++) keepSearchPage(`/fr/recherche?q=word${i}`, page(25_000))
    expect(searchPagesHeld().bytes).toBeLessThanOrEqual(16 * 1024 * 1024)
    expect(readSearchPage('/fr/recherche?q=word1999')).toBeDefined()
    expect(readSearchPage('/fr/recherche?q=word0')).toBeUndefined()
  })

  it('does not keep an outsized page', () => {
    keepSearchPage('/fr/recherche?q=huge', page(600_000))
    expect(readSearchPage('/fr/recherche?q=huge')).toBeUndefined()
  })
})
