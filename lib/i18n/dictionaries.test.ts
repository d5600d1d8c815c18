import { describe, expect, it } from 'vitest'
import { intlLocale, locales } from './config'
import { getDictionary, interpolate, translate } from './dictionaries'
import { isPluralMessage, type PluralMessage } from './plural'

type Leaf = string | PluralMessage

function leaves(node: unknown, prefix = ''): [string, Leaf][] {
  if (typeof node === 'string' || isPluralMessage(node)) return [[prefix, node]]
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key))
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()
const forms = (leaf: Leaf) => (typeof leaf === 'string' ? [leaf] : Object.entries(leaf).filter(([k]) => k !== 'locale').map(([, v]) => v as string))
const other = (leaf: Leaf) => (typeof leaf === 'string' ? leaf : leaf.other)

describe('dictionaries', () => {
  const reference = leaves(getDictionary('fr'))

  it.each(locales)('%s has every key, each with words', (locale) => {
    const entries = leaves(getDictionary(locale))
    expect(entries.map(([key]) => key)).toEqual(reference.map(([key]) => key))
    for (const [key, value] of entries) for (const form of forms(value)) expect(form.trim(), key).not.toBe('')
  })

  it.each(locales)('%s keeps the same placeholders as French', (locale) => {
    const translated = new Map(leaves(getDictionary(locale)))
    for (const [key, french] of reference) {
      const leaf = translated.get(key) ?? ''
      expect(placeholders(other(leaf)), key).toEqual(placeholders(other(french)))
      // Other plural forms may spell the number out ("تعليقان"), never add a placeholder.
      for (const form of forms(leaf)) expect(placeholders(other(leaf)), key).toEqual(expect.arrayContaining(placeholders(form)))
    }
  })

  it.each(locales)('%s counted messages have every plural form its language uses, and say which language they are', (locale) => {
    const categories = new Intl.PluralRules(intlLocale(locale)).resolvedOptions().pluralCategories
    const counted = leaves(getDictionary(locale)).filter((entry): entry is [string, PluralMessage] => isPluralMessage(entry[1]))
    expect(counted.length).toBeGreaterThan(5)
    for (const [key, message] of counted) {
      expect(message.locale, key).toBe(locale)
      for (const category of categories) expect(message[category], `${key}.${category}`).toBeTruthy()
    }
  })

  it.each(locales)('%s has no "(s)"-style plural left', (locale) => {
    for (const [key, value] of leaves(getDictionary(locale))) for (const form of forms(value)) expect(form, key).not.toMatch(/\((?:s|es|ات)\)/)
  })

  // The site publishes in all three: a tagline naming two of them misdescribes it (home title, feeds, metadata).
  it.each([
    ['fr', ['français', 'anglais', 'arabe']],
    ['en', ['French', 'English', 'Arabic']],
    ['ar', ['الفرنسية', 'الإنجليزية', 'العربية']],
  ] as const)('%s tagline names every language the site publishes in', (locale, names) => {
    for (const name of names) expect(getDictionary(locale).common.tagline).toContain(name)
  })

  // {name} may be anyone: "Claire Dubois en sera averti" reads wrong. Sentences about a person avoid agreeing with them.
  it('French sentences about a named person use no gendered participle', () => {
    const gendered = /\b(?:averti|prévenu|informé|notifié|connecté|déconnecté|invité|bloqué|banni)e?s?\b/i
    for (const [key, value] of reference) for (const form of forms(value)) if (form.includes('{name}')) expect(form, key).not.toMatch(gendered)
  })

  it('translates keys and fills placeholders', () => {
    expect(translate(getDictionary('en'), 'errors.tooManyAttempts', { seconds: 30 })).toBe('Too many attempts. Try again in 30 s.')
    expect(interpolate('Bonjour {name}', {})).toBe('Bonjour {name}')
  })

  it('translates a counted error into the form for its count', () => {
    expect(translate(getDictionary('fr'), 'newsroom.taxonomy.errors.categoryInUse', { count: 1 })).toBe('Cette rubrique contient 1 article : déplacez-le d’abord.')
    expect(translate(getDictionary('en'), 'newsroom.taxonomy.errors.categoryInUse', { count: 4 })).toBe('This section holds 4 articles: move them first.')
  })
})
