import { describe, expect, it } from 'vitest'
import { isValidSlug, slugify } from './slug'

describe('slugify', () => {
  it.each([
    ['Élections : le 2e tour à Saint-Étienne', 'elections-le-2e-tour-a-saint-etienne'],
    ['Cœur de ville, l’œuvre d’une vie', 'coeur-de-ville-l-oeuvre-d-une-vie'],
    ['  --Déjà   vu!!  ', 'deja-vu'],
    ['Straße und Ærø', 'strasse-und-aero'],
    ['مهرجان', ''],
  ])('%s → %s', (input, output) => {
    expect(slugify(input)).toBe(output)
  })

  it('cuts long titles without a trailing hyphen', () => {
    const slug = slugify('mot '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
    expect(isValidSlug(slug)).toBe(true)
  })

  it('rejects what slugify would never produce', () => {
    expect(isValidSlug('Bad Slug')).toBe(false)
    expect(isValidSlug('a--b')).toBe(false)
    expect(isValidSlug('-a')).toBe(false)
  })
})
