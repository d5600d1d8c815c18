import { describe, expect, it, vi } from 'vitest'

// A dictionary with words of its own proves the title comes from it rather than from a string in the page.
vi.mock('@/lib/i18n/dictionaries', () => ({
  getDictionary: () => ({ common: { siteName: 'Le Site' }, errors: { notFoundTitle: 'Introuvable ici', notFoundText: '…', backHome: 'Accueil' } }),
}))

describe('global not-found page', () => {
  it('takes its title from the dictionary', async () => {
    const { metadata } = await import('./global-not-found')
    expect(metadata.title).toBe('Introuvable ici — Le Site')
    expect(metadata.robots).toEqual({ index: false })
  })
})
