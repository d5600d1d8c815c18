import { describe, expect, it } from 'vitest'
import { COUNT_CAP } from '@/db/queries/moderation'
import { formatCount, getDictionary } from '@/lib/i18n/dictionaries'
import { describeCappedCount } from './capped-count'

describe('a capped count in words', () => {
  it('says the exact count up to the cap, in the reader’s words', () => {
    const en = getDictionary('en').newsroom.home
    expect(describeCappedCount(1, 'en', en.commentsCountOver, (n) => formatCount(en.commentsCount, n))).toBe(formatCount(en.commentsCount, 1))
    expect(describeCappedCount(COUNT_CAP, 'en', en.commentsCountOver, String)).toBe(String(COUNT_CAP))
  })

  it('says "more than" the cap past it, with the cap in the reader’s digits and separators', () => {
    expect(describeCappedCount(COUNT_CAP + 1, 'en', getDictionary('en').newsroom.home.commentsCountOver, String)).toBe(
      'More than 10,000 comments waiting for moderation.',
    )
    expect(describeCappedCount(COUNT_CAP + 1, 'fr', getDictionary('fr').newsroom.home.commentsCountOver, String)).toMatch(/^Plus de 10\s000 commentaires/)
    expect(describeCappedCount(COUNT_CAP + 1, 'ar', getDictionary('ar').moderation.countOver, String)).toMatch(/^أكثر من /)
  })
})
