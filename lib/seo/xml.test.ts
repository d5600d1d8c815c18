import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { escapeXml, newsSitemapXml, sitemapIndexXml, urlsetXml } from './xml'

const parser = new XMLParser({ ignoreAttributes: false })

describe('sitemap XML', () => {
  it('escapes markup and drops forbidden control characters', () => {
    expect(escapeXml('A & B <c> "d" \u0001')).toBe('A &amp; B &lt;c&gt; &quot;d&quot; ')
  })

  it('writes a valid urlset with lastmod and hreflang alternates', () => {
    const xml = urlsetXml([
      { url: 'https://news.test/fr/a?x=1&y=2', lastModified: new Date('2026-11-20T10:00:00Z'), alternates: [{ language: 'en', url: 'https://news.test/en/a' }] },
      { url: 'https://news.test/fr' },
    ])
    expect(XMLValidator.validate(xml)).toBe(true)
    const urls = parser.parse(xml).urlset.url
    expect(urls[0].loc).toBe('https://news.test/fr/a?x=1&y=2')
    expect(urls[0].lastmod).toBe('2026-11-20T10:00:00.000Z')
    expect(urls[0]['xhtml:link']['@_hreflang']).toBe('en')
  })

  it('writes a valid sitemap index and Google News sitemap', () => {
    expect(XMLValidator.validate(sitemapIndexXml(['https://news.test/sitemap-pages.xml']))).toBe(true)
    const news = newsSitemapXml('Kiosque', [{ url: 'https://news.test/fr/a', title: 'Impôts & taxes <2026>', language: 'fr', publishedAt: new Date('2026-11-25T08:00:00Z') }])
    expect(XMLValidator.validate(news)).toBe(true)
    expect(parser.parse(news).urlset.url['news:news']['news:title']).toBe('Impôts & taxes <2026>')
  })
})
