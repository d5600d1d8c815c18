import { describe, expect, it } from 'vitest'
import { getDictionary } from './dictionaries'
import { formatCount, plural, pluralCategory } from './plural'

describe('formatCount with Intl.PluralRules', () => {
  const fr = getDictionary('fr')
  const en = getDictionary('en')
  const ar = getDictionary('ar')

  it.each([
    [0, '0 résultat pour « école »'], // French counts zero as singular
    [1, '1 résultat pour « école »'],
    [2, '2 résultats pour « école »'],
    [1_500, '1 500 résultats pour « école »'], // digits grouped the French way (narrow no-break space)
    [1_000_000, '1 000 000 de résultats pour « école »'],
  ])('fr: %i → %s', (count, expected) => {
    expect(formatCount(fr.site.searchResults, count, { query: 'école' }).replace(/[\u202f\u00a0]/g, ' ')).toBe(expected)
  })

  it.each([
    [0, '0 results for “school”'],
    [1, '1 result for “school”'],
    [2, '2 results for “school”'],
    [1_500, '1,500 results for “school”'],
  ])('en: %i → %s', (count, expected) => {
    expect(formatCount(en.site.searchResults, count, { query: 'school' })).toBe(expected)
  })

  it.each([
    [0, 'zero', 'لا تعليقات'],
    [1, 'one', 'تعليق واحد'],
    [2, 'two', 'تعليقان'],
    [3, 'few', '3 تعليقات'],
    [11, 'many', '11 تعليقًا'],
    [100, 'other', '100 تعليق'],
  ] as const)('ar: %i is "%s" → %s', (count, category, expected) => {
    expect(pluralCategory(count, 'ar')).toBe(category)
    // ar-MA writes Western digits, as Moroccan readers expect.
    expect(formatCount(ar.comments.count, count)).toBe(expected)
  })

  it('falls back to "other" when a language has no sentence for a form', () => {
    const message = plural('fr', { other: '{count} fois' })
    expect(formatCount(message, 1)).toBe('1 fois')
  })

  it('moderation counts agree with their number', () => {
    expect(formatCount(fr.moderation.done, 1)).toBe('1 commentaire mis à jour.')
    expect(formatCount(fr.moderation.done, 3)).toBe('3 commentaires mis à jour.')
    expect(formatCount(en.moderation.emptied, 1)).toBe('1 comment deleted permanently.')
    expect(formatCount(ar.moderation.done, 2)).toBe('تم تحديث تعليقين.')
  })
})
