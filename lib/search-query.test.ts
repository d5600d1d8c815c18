import { describe, expect, it } from 'vitest'
import { MARK_END, MARK_START, MAX_QUERY_LENGTH, parseSearchQuery, splitHighlights } from './search-query'

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

describe('splitHighlights', () => {
  it('turns markers into highlighted runs and keeps markup as text', () => {
    expect(splitHighlights(`Les ${MARK_START}écoles${MARK_END} &amp; <b>collèges</b>`)).toEqual([
      { text: 'Les ', hit: false },
      { text: 'écoles', hit: true },
      { text: ' & <b>collèges</b>', hit: false },
    ])
  })
})
