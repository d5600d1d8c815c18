import { describe, expect, it } from 'vitest'
import { embedFromUrl, embedHtml } from './embeds'
import { sanitizeArticleHtml } from './html'

describe('embedFromUrl', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['http://m.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['  https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ  ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871'],
    ['https://vimeo.com/channels/staffpicks/76979871', 'https://player.vimeo.com/video/76979871'],
    ['https://vimeo.com/76979871/0a1b2c3d4e', 'https://player.vimeo.com/video/76979871?h=0a1b2c3d4e'],
    ['https://player.vimeo.com/video/76979871', 'https://player.vimeo.com/video/76979871'],
  ])('plays %s in a frame from %s', (url, src) => {
    const result = embedFromUrl(url)
    expect(result).toEqual({ ok: true, embed: expect.objectContaining({ src }) })
  })

  it.each([
    ['https://twitter.com/Kiosque_info/status/1234567890123', 'x', 'https://x.com/Kiosque_info/status/1234567890123'],
    ['https://x.com/kiosque/status/1234567890?s=20', 'x', 'https://x.com/kiosque/status/1234567890'],
    ['https://www.instagram.com/p/C1a2B3c4D5e/', 'instagram', 'https://www.instagram.com/p/C1a2B3c4D5e/'],
    ['https://instagram.com/reel/C1a2B3c4D5e?igsh=x', 'instagram', 'https://www.instagram.com/reel/C1a2B3c4D5e/'],
  ])('makes %s a static %s card linking to %s', (url, provider, href) => {
    expect(embedFromUrl(url)).toEqual({ ok: true, embed: expect.objectContaining({ provider, href }) })
  })

  it.each([
    ['javascript:alert(1)', 'embedNotUrl'],
    ['data:text/html,<script>alert(1)</script>', 'embedNotUrl'],
    ['ftp://youtube.com/watch?v=dQw4w9WgXcQ', 'embedNotUrl'],
    ['youtube.com/watch?v=dQw4w9WgXcQ', 'embedNotUrl'],
    ['', 'embedNotUrl'],
    ['https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ', 'embedUnsupported'],
    ['https://evilyoutube.com/watch?v=dQw4w9WgXcQ', 'embedUnsupported'],
    ['https://youtube.com@evil.example/watch?v=dQw4w9WgXcQ', 'embedUnsupported'],
    ['https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ', 'embedUnsupported'],
    ['https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ', 'embedUnsupported'],
    ['https://x.com.evil.example/a/status/1', 'embedUnsupported'],
    ['https://www.dailymotion.com/video/x8abc', 'embedUnsupported'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>', 'embedNotPost'],
    ['https://www.youtube.com/watch?v=short', 'embedNotPost'],
    ['https://www.youtube.com/channel/UC123', 'embedNotPost'],
    ['https://vimeo.com/about', 'embedNotPost'],
    ['https://x.com/kiosque', 'embedNotPost'],
    ['https://x.com/a/status/1/photo/1"onmouseover="x', 'embedNotPost'],
    ['https://www.instagram.com/kiosque/', 'embedNotPost'],
  ])('refuses %j: %s', (url, error) => {
    expect(embedFromUrl(url)).toEqual({ ok: false, error })
  })

  it('builds markup the sanitiser keeps unchanged', () => {
    for (const url of ['https://youtu.be/dQw4w9WgXcQ', 'https://vimeo.com/76979871/0a1b2c3d4e', 'https://x.com/a/status/1', 'https://www.instagram.com/p/C1a2B3c4D5e/']) {
      const result = embedFromUrl(url)
      if (!result.ok) throw new Error(url)
      const html = embedHtml(result.embed)
      // Only the rel/target the sanitiser adds to every external link differ.
      expect(sanitizeArticleHtml(html).replace(' rel="noopener noreferrer" target="_blank"', '')).toBe(html)
    }
  })
})
