import { describe, expect, it } from 'vitest'
import { MARK_END, MARK_START, MAX_QUERY_LENGTH, parseSearchQuery, searchQueryFromSegment, searchResultsPath, splitHighlights } from './search-query'

describe('parseSearchQuery', () => {
  it.each([
    [undefined, { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['  école\n  rurale ', { kind: 'ok', query: 'école rurale' }],
    [['un', 'deux'], { kind: 'ok', query: 'un' }],
    ['x'.repeat(MAX_QUERY_LENGTH + 1), { kind: 'tooLong' }],
  ] as const)('%j → %j', (raw, expected) => {
    expect(parseSearchQuery(raw as string | string[] | undefined)).toEqual(expected)
  })
})

describe('searchResultsPath', () => {
  it('gives one address per normalised query and page, and reads the query back whole', () => {
    const path = searchResultsPath('fr', '  été\n à  Rabat/Salé 100% ?&# ', 2)
    expect(path).toBe(searchResultsPath('fr', 'été à Rabat/Salé 100% ?&#', 2))
    expect(path).toMatch(/^\/fr\/recherche\/[\w-]+\/2$/)
    expect(searchQueryFromSegment(path!.split('/')[3]!)).toEqual({ kind: 'ok', query: 'été à Rabat/Salé 100% ?&#' })
    expect(searchQueryFromSegment(searchResultsPath('ar', 'الانتخابات البلدية', 1)!.split('/')[3]!)).toEqual({ kind: 'ok', query: 'الانتخابات البلدية' })
  })

  it('sends every query over the limit to one address, and nothing for an empty one', () => {
    const long = searchResultsPath('en', 'a'.repeat(MAX_QUERY_LENGTH + 1), 1)
    expect(long).toBe(searchResultsPath('en', 'b'.repeat(MAX_QUERY_LENGTH * 10), 1))
    expect(searchQueryFromSegment(long!.split('/')[3]!)).toEqual({ kind: 'tooLong' })
    expect(searchResultsPath('fr', '   ', 1)).toBeNull()
    expect(searchResultsPath('fr', null, 1)).toBeNull()
  })

  it('reads a hand-made or damaged address as no query', () => {
    expect(searchQueryFromSegment('%3Cscript%3E')).toEqual({ kind: 'empty' })
    expect(searchQueryFromSegment('')).toEqual({ kind: 'empty' })
  })
})

describe('splitHighlights', () => {
  it('turns markers into highlighted runs and keeps markup as text', () => {
    expect(splitHighlights(`Les ${MARK_START}écoles${MARK_END} &amp; <b>collèges</b>`)).toEqual([
      { text: 'Les ', hit: false },
      { text: 'écoles', hit: true },
      { text: ' & <b>collèges</b>', hit: false },
    ])
  })
})
