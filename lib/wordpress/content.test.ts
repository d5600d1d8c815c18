import { describe, expect, it } from 'vitest'
import { autop } from './autop'
import { commentToPlainText, convertContent, decodeEntities, excerptToText } from './content'
import { captionToFigure, embedFor, parseShortcodeAttributes } from './shortcodes'

const images = new Map([['12', { url: 'https://old.example.org/wp-content/uploads/a.jpg', alt: 'Le port', caption: '' }]])
const convert = (html: string) => convertContent(html, (id) => images.get(id))

describe('wpautop', () => {
  it.each([
    ['Un.\n\nDeux.', '<p>Un.</p>\n<p>Deux.</p>'],
    ['Ligne 1\nLigne 2', '<p>Ligne 1<br />\nLigne 2</p>'],
    ['Texte<br /><br />Suite', '<p>Texte</p>\n<p>Suite</p>'],
    ['<h2>Titre</h2>\nTexte', '<h2>Titre</h2>\n<p>Texte</p>'],
    ['<ul>\n<li>a</li>\n</ul>\n\nFin', '<ul>\n<li>a</li>\n</ul>\n<p>Fin</p>'],
    ['<pre>a\n\nb</pre>\n\nc', '<pre>a\n\nb</pre>\n<p>c</p>'],
    ['   \n\n  ', ''],
  ])('%j → %j', (input, output) => {
    expect(autop(input)).toBe(output)
  })
})

describe('content conversion', () => {
  it('restores paragraphs and strips inline styles, classes, spans and scripts', () => {
    const { html } = convert('<span style="color:red" class="x">Rouge</span> et <strong style="font-size:2em">gras</strong>.\n\n<script>alert(1)</script><div onclick="x()">Fin</div>')
    expect(html).toBe('<p>Rouge et <strong>gras</strong>.</p>\nFin')
  })

  it('removes Gutenberg block comments and keeps their HTML as it is (no wpautop)', () => {
    const { html } = convert('<!-- wp:paragraph {"dropCap":true} -->\n<p>Un</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:separator --><hr class="wp-block-separator"/><!-- /wp:separator -->')
    expect(html).toBe('\n<p>Un</p>\n\n\n<hr />')
  })

  it('turns [caption] into figure and figcaption, with the image link kept, or the caption attribute of old exports', () => {
    expect(convert('[caption id="attachment_5" width="300"]<a href="https://old.example.org/a.jpg"><img src="https://old.example.org/a.jpg" alt="A" /></a> Le port, à l’aube.[/caption]').html).toBe(
      '<figure><a href="https://old.example.org/a.jpg" rel="noopener noreferrer" target="_blank"><img src="https://old.example.org/a.jpg" alt="A" /></a><figcaption>Le port, à l’aube.</figcaption></figure>',
    )
    expect(captionToFigure(' caption="Ancienne légende"', '<img src="x.jpg" />')).toBe('<figure><img src="x.jpg" /><figcaption>Ancienne légende</figcaption></figure>')
  })

  it.each([
    ['[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['Avant\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nAprès', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['[youtube https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=10]', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://vimeo.com/76979871\n</div></figure>', 'https://player.vimeo.com/video/76979871'],
  ])('makes %j our embed', (input, src) => {
    const { html } = convert(input)
    expect(html).toContain(`<figure data-embed="${src.includes('vimeo') ? 'vimeo' : 'youtube'}"><iframe src="${src}"`)
  })

  it('makes a post on X a static link card (no third-party script), an address off the allow-list a link, and a URL inside a sentence text', () => {
    expect(convert('[embed]https://twitter.com/a/status/1[/embed]').html).toBe('<figure data-embed="x"><a href="https://x.com/a/status/1" rel="noopener noreferrer" target="_blank">x.com/a/status/1</a></figure>')
    expect(convert('[embed]https://podcasts.example.org/episode/1[/embed]').html).toBe('<p><a href="https://podcasts.example.org/episode/1" rel="noopener noreferrer" target="_blank">https://podcasts.example.org/episode/1</a></p>')
    expect(convert('Voir https://youtu.be/dQw4w9WgXcQ ici.').html).toBe('<p>Voir https://youtu.be/dQw4w9WgXcQ ici.</p>')
  })

  it('renders a gallery from known attachments and reports the ids it cannot find', () => {
    const result = convert('[gallery ids="12,404" columns="2"]')
    expect(result.html).toBe('<figure><img src="https://old.example.org/wp-content/uploads/a.jpg" alt="Le port" loading="lazy" /></figure>')
    expect(result.missingAttachments).toEqual(['404'])
  })

  it('keeps unknown shortcodes as text and counts each one', () => {
    const result = convert('[contact-form-7 id="1"]\n\n[poll id=3] et encore [poll id=4]. [1] n’est pas un shortcode.')
    expect(result.unknownShortcodes).toEqual(['contact-form-7', 'poll', 'poll'])
    expect(result.html).toContain('[contact-form-7 id="1"]')
  })

  it('drops what the sanitiser forbids: javascript links, iframes from other hosts, event handlers', () => {
    const { html } = convert('<a href="javascript:alert(1)">x</a> <iframe src="https://evil.example/embed"></iframe> <img src="https://a.example/i.jpg" onerror="x()">')
    expect(html).not.toMatch(/javascript|evil|onerror/)
  })
})

describe('plain text', () => {
  it('decodes numeric and common named entities, and leaves unknown ones alone', () => {
    expect(decodeEntities('l&#8217;été &amp; &eacute;t&#xE9; &nbsp;&foo;')).toBe('l’été & été \u00a0&foo;')
  })

  it('turns a comment into plain text with its line breaks', () => {
    expect(commentToPlainText('<p>Bonjour</p><p>Merci <strong>beaucoup</strong>&nbsp;!<br />Jean</p>')).toBe('Bonjour\n\nMerci beaucoup\u00a0!\nJean')
  })

  it('flattens an excerpt to one line', () => {
    expect(excerptToText('<p>Un  <em>court</em>\nrésumé &amp; plus</p>')).toBe('Un court résumé & plus')
  })
})

describe('shortcode helpers', () => {
  it('reads double-quoted, single-quoted and bare attributes', () => {
    expect(parseShortcodeAttributes(` id="attachment_12" align='left' WIDTH=300`)).toEqual({ id: 'attachment_12', align: 'left', width: '300' })
  })

  it.each([
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', true],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', true],
    ['https://vimeo.com/channels/staffpicks/76979871', true],
    ['https://example.com/watch?v=dQw4w9WgXcQ', false],
    ['pas une URL', false],
  ])('embedFor(%s) is an embed: %s', (url, expected) => {
    expect(embedFor(url) !== null).toBe(expected)
  })
})
