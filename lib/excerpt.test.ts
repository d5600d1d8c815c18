import { describe, expect, it } from 'vitest'
import { articleExcerpt, cardExcerpt, cutExcerpt } from './excerpt'

describe('cutExcerpt', () => {
  it('keeps a text that fits, collapsing its spaces', () => {
    expect(cutExcerpt('  Le   maire  démissionne ', 40)).toBe('Le maire démissionne')
  })

  it('cuts on the last word boundary and ends with an ellipsis', () => {
    expect(cutExcerpt('Le conseil municipal a voté le budget ce soir', 20)).toBe('Le conseil…')
  })

  it('never exceeds the limit, ellipsis included', () => {
    const text = 'Une phrase assez longue pour devoir être coupée quelque part au milieu'
    for (const max of [10, 15, 23, 40, 60]) expect(cutExcerpt(text, max).length).toBeLessThanOrEqual(max)
  })

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(cutExcerpt('Inflation, chômage, croissance : le point', 21)).toBe('Inflation, chômage…')
  })

  it('cuts a single over-long word where it must', () => {
    expect(cutExcerpt('Anticonstitutionnellement', 10)).toBe('Anticonst…')
  })

  it('handles Arabic text on word boundaries', () => {
    expect(cutExcerpt('افتتاح مهرجان الموسيقى في المدينة القديمة', 23)).toBe('افتتاح مهرجان الموسيقى…')
  })
})

describe('articleExcerpt', () => {
  it('prefers the stored excerpt', () => {
    expect(articleExcerpt({ excerpt: 'Résumé', bodyHtml: '<p>Corps</p>' }, 50)).toBe('Résumé')
  })

  it('falls back to the body as plain text', () => {
    expect(articleExcerpt({ excerpt: ' ', bodyHtml: '<p>Premier <strong>paragraphe</strong> du texte</p>' }, 21)).toBe('Premier paragraphe…')
  })

  it('reads the body as text: characters rather than entities, a space between blocks', () => {
    expect(articleExcerpt({ excerpt: '', bodyHtml: '<p>Tom &amp; Jerry</p><p>&lt;3 l’été</p>' }, 50)).toBe('Tom & Jerry <3 l’été')
  })
})

describe('cardExcerpt', () => {
  it('falls back to the opening of the body a card carries, cut on a word boundary', () => {
    expect(cardExcerpt({ excerpt: '', bodyLead: '<p>Le marché couvert rouvre ses portes samedi</p>' }, 30)).toBe('Le marché couvert rouvre ses…')
    expect(cardExcerpt({ excerpt: '', bodyLead: null }, 30)).toBe('')
  })
})
