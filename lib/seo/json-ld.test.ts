import { describe, expect, it } from 'vitest'
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from './json-ld'

describe('JSON-LD', () => {
  it('escapes "<" so a headline cannot close the script element', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' })
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' })
  })

  it('describes a news article with dates, author, publisher and image', () => {
    const published = new Date('2026-11-20T08:00:00Z')
    const data = newsArticleJsonLd({
      url: 'https://news.test/fr/sport/match',
      headline: 'Le match',
      description: 'Résumé',
      language: 'fr',
      publishedAt: published,
      modifiedAt: null,
      authorName: 'Claire Dubois',
      authorUrl: 'https://news.test/fr/auteur/claire-dubois',
      section: 'Sport',
      imageUrl: null,
      publisherName: 'Kiosque',
      publisherLogo: { url: 'https://news.test/logo.png', width: 512, height: 512 },
      siteUrl: 'https://news.test',
      keywords: ['Football'],
    })
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Le match',
      datePublished: '2026-11-20T08:00:00.000Z',
      dateModified: '2026-11-20T08:00:00.000Z',
      author: [{ name: 'Claire Dubois' }],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'Kiosque',
        logo: { '@type': 'ImageObject', url: 'https://news.test/logo.png', width: 512, height: 512 },
      },
      keywords: 'Football',
    })
    expect(data.image).toBeUndefined()
  })

  it('numbers breadcrumb items from 1', () => {
    const data = breadcrumbJsonLd([{ name: 'Accueil', url: 'https://news.test/fr' }, { name: 'Sport', url: 'https://news.test/fr/sport' }])
    expect(data.itemListElement.map((item) => item.position)).toEqual([1, 2])
  })
})
