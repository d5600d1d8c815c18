import { describe, expect, it } from 'vitest'
import { POST_STATUSES, authorNicename, checksum, commentStatus, importSlug, itemLanguage, legacyPath, mimeFromUrl, parseWpDate, wpDate } from './map'

describe('status tables (documented in docs/wordpress-import.md)', () => {
  it.each([
    ['publish', 'published'],
    ['future', 'scheduled'],
    ['draft', 'draft'],
    ['pending', 'in_review'],
    ['private', 'archived'],
  ])('post %s → %s', (wp, ours) => {
    expect(POST_STATUSES[wp]).toBe(ours)
  })

  it('imports no trashed or inherited post', () => {
    expect(POST_STATUSES.trash).toBeUndefined()
    expect(POST_STATUSES.inherit).toBeUndefined()
  })

  it.each([
    ['1', 'approved'],
    ['0', 'pending'],
    ['spam', 'spam'],
    ['trash', 'trash'],
    ['post-trashed', 'trash'],
    ['bogus', null],
  ])('comment %s → %s', (wp, ours) => {
    expect(commentStatus(wp)).toBe(ours)
  })
})

describe('dates', () => {
  it('reads WordPress dates as UTC and "0000-00-00" as no date', () => {
    expect(parseWpDate('2024-03-04 08:30:00')?.toISOString()).toBe('2024-03-04T08:30:00.000Z')
    expect(parseWpDate('0000-00-00 00:00:00')).toBeNull()
    expect(parseWpDate('hier')).toBeNull()
    expect(wpDate('0000-00-00 00:00:00', '2024-03-06 10:00:00')?.toISOString()).toBe('2024-03-06T10:00:00.000Z')
  })
})

describe('slugs', () => {
  it.each([
    ['municipales-second-tour', 'Titre', 'article-1', 'municipales-second-tour'],
    ['', 'Élections : le 2e tour', 'article-1', 'elections-le-2e-tour'],
    ['%d9%85%d9%87%d8%b1%d8%ac%d8%a7%d9%86', 'مهرجان', 'article-7', 'article-7'],
    ['tag', 'Tag', 'rubrique-3', 'tag-rubrique-3'],
    ['100%-bio', '', 'x', '100-bio'],
  ])('importSlug(%j, %j) → %j', (wp, title, fallback, expected) => {
    expect(importSlug(wp, title, fallback)).toBe(expected)
  })
})

describe('old URLs', () => {
  it.each([
    ['https://old.example.org/2024/03/04/slug/', '/2024/03/04/slug'],
    ['https://old.example.org/?p=101', '/?p=101'],
    ['https://old.example.org/2024/03/%d9%85/', '/2024/03/م'],
    ['https://elsewhere.example/2024/x/', null],
    ['https://old.example.org/', null],
    ['', null],
  ])('legacyPath(%s) → %s', (link, expected) => {
    expect(legacyPath(link, 'https://old.example.org')).toBe(expected)
  })
})

describe('other mappings', () => {
  it('takes the language from a Polylang term, else the default', () => {
    expect(itemLanguage([{ domain: 'language', slug: 'ar' }], 'fr')).toBe('ar')
    expect(itemLanguage([{ domain: 'category', slug: 'en' }], 'fr')).toBe('fr')
  })

  it('hashes the same fields the same way, and different ones differently', () => {
    expect(checksum({ a: 1 })).toBe(checksum({ a: 1 }))
    expect(checksum({ a: 1 })).not.toBe(checksum({ a: 2 }))
  })

  it('guesses the MIME type from the extension', () => {
    expect(mimeFromUrl('https://x/y/photo.JPG?ver=2')).toBe('image/jpeg')
    expect(mimeFromUrl('https://x/y/file')).toBe('application/octet-stream')
  })
})

describe('authorNicename', () => {
  it.each([
    ['hlefebvre', 'hlefebvre'],
    ['J.Dupont', 'j-dupont'],
    ['marie claire', 'marie-claire'],
    ['redac@journal.fr', 'redacjournal-fr'],
    ['يوسف', ''],
  ])('%s → %s, as WordPress writes its author archive URL', (login, nicename) => {
    expect(authorNicename(login)).toBe(nicename)
  })
})
