import { describe, expect, it } from 'vitest'
import { MARK_END, MARK_START, MAX_QUERY_LENGTH, parseSearchQuery, splitHighlights, withEllipses } from './search-query'

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

describe('withEllipses', () => {
  const opening = 'Ce que l’on sait ce soir du tramway'
  it('marks a fragment cut mid-sentence at both ends', () => {
    expect(withEllipses(`que l’on sait ce soir du ${MARK_START}tramway${MARK_END} de la ville`, opening)).toBe(
      `… que l’on sait ce soir du ${MARK_START}tramway${MARK_END} de la ville …`,
    )
  })
  it('leaves the start of the standfirst and the end of a sentence as they are', () => {
    expect(withEllipses(`Ce que l’on sait ce soir du ${MARK_START}tramway${MARK_END}.`, opening)).toBe(`Ce que l’on sait ce soir du ${MARK_START}tramway${MARK_END}.`)
  })
})
