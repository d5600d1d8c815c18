import { describe, expect, it } from 'vitest'
import { locales } from './config'
import { getDictionary, interpolate, translate } from './dictionaries'

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]]
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key))
}

describe('dictionaries', () => {
  const reference = leaves(getDictionary('fr'))

  it.each(locales)('%s has every key, each with words', (locale) => {
    const entries = leaves(getDictionary(locale))
    expect(entries.map(([key]) => key)).toEqual(reference.map(([key]) => key))
    for (const [key, value] of entries) expect(value.trim(), key).not.toBe('')
  })

  it.each(locales)('%s keeps the same placeholders as French', (locale) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const translated = new Map(leaves(getDictionary(locale)))
    for (const [key, french] of reference) expect(placeholders(translated.get(key) ?? ''), key).toEqual(placeholders(french))
  })

  it('translates keys and fills placeholders', () => {
    expect(translate(getDictionary('en'), 'errors.tooManyAttempts', { seconds: 30 })).toBe('Too many attempts. Try again in 30 s.')
    expect(interpolate('Bonjour {name}', {})).toBe('Bonjour {name}')
  })
})
