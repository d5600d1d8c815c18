import { describe, expect, it } from 'vitest'
import { pageCount, pageHref, parsePageSegment } from './pagination'

describe('pagination', () => {
  it.each([
    ['2', 2],
    ['37', 37],
    ['1', null],
    ['0', null],
    ['02', null],
    ['-3', null],
    ['2.5', null],
    ['abc', null],
    ['9999999', null],
  ] as const)('page segment %s → %s', (raw, expected) => {
    expect(parsePageSegment(raw)).toBe(expected)
  })

  it('counts pages, with at least one for an empty listing', () => {
    expect([pageCount(0, 12), pageCount(12, 12), pageCount(13, 12)]).toEqual([1, 1, 2])
  })

  it('links page 1 to the listing itself', () => {
    expect(pageHref('/fr/sport', 1)).toBe('/fr/sport')
    expect(pageHref('/fr/sport', 3)).toBe('/fr/sport/page/3')
  })
})
