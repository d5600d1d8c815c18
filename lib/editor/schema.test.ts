// @vitest-environment happy-dom
// Opening an article in the editor and saving it must give back what was stored: every element the sanitiser
// allows goes through the editor's schema (headlessly, with the browser editor's extensions) and comes out unchanged.
import { generateJSON, getSchema } from '@tiptap/core'
import { Node } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { embedFromUrl, embedHtml } from '@/lib/embeds'
import { sanitizeArticleHtml } from '@/lib/html'
import { articleHtml } from './article-html'
import { articleExtensions, embedAttributes } from './schema'

const extensions = articleExtensions()
const schema = getSchema(extensions)

/** What autosave stores after the editor opened `stored`: parse, serialise, sanitise (as the save does). */
const reopenAndSave = (stored: string) => sanitizeArticleHtml(articleHtml(Node.fromJSON(schema, generateJSON(stored, extensions))))

// One of each allowed element, written the way the sanitiser writes it.
const EVERYTHING = [
  '<h2>Intertitre</h2><h3>Sous-intertitre</h3><h4>Encadré</h4>',
  '<p><strong>gras</strong> <em>italique</em> <u>souligné</u> <s>barré</s> <code>code</code> H<sub>2</sub>O m<sup>2</sup><br />ligne</p>',
  '<p><a href="https://example.org/a" title="Titre" rel="noopener noreferrer" target="_blank">externe</a> <a href="/fr/politique/b">interne</a> <a href="mailto:redaction@example.org">courriel</a></p>',
  '<blockquote><p>Une citation.</p></blockquote>',
  '<ul><li><p>un</p></li><li><p>deux</p></li></ul><ol><li><p>premier</p></li></ol>',
  '<hr /><pre><code>const a = 1</code></pre>',
  '<figure><img src="/media/2024/05/abc/original.jpg" alt="La mairie" width="800" height="533" loading="lazy" srcset="/media/2024/05/abc/w320.webp 320w" sizes="100vw" /><figcaption>La mairie, <em>dimanche</em>.</figcaption></figure>',
  '<figure><a href="https://example.org/grand" rel="noopener noreferrer" target="_blank"><img src="https://example.org/petit.jpg" alt="Lien" /></a><figcaption>Légende</figcaption></figure>',
  '<figure><img src="https://example.org/a.jpg" alt="A" loading="lazy" /><img src="https://example.org/b.jpg" alt="B" loading="lazy" /></figure>',
  '<p><img src="https://example.org/seule.jpg" alt="Seule" /></p>',
  '<figure data-embed="youtube"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube" loading="lazy" allowfullscreen="allowfullscreen"></iframe></figure>',
  '<figure data-embed="vimeo"><iframe src="https://player.vimeo.com/video/76979871" title="Vimeo" allow="autoplay; fullscreen" loading="lazy"></iframe><figcaption>Le reportage</figcaption></figure>',
  '<figure data-embed="x"><a href="https://x.com/kiosque/status/1234567890" rel="noopener noreferrer" target="_blank">x.com/kiosque/status/1234567890</a></figure>',
  '<table><thead><tr><th scope="col">Commune</th><th scope="col">Voix</th></tr></thead><tbody><tr><td>Saint-Étienne</td><td rowspan="2">12 034</td></tr><tr><td colspan="1"><strong>Firminy</strong></td></tr><tr><td colspan="2"><p>Deux</p><p>paragraphes</p></td></tr></tbody></table>',
  '<figure><table><tbody><tr><td>Tableau légendé</td></tr></tbody></table><figcaption>Source : préfecture</figcaption></figure>',
].join('')

describe('the editor schema', () => {
  it('gives back every element the sanitiser allows, unchanged', () => {
    const stored = sanitizeArticleHtml(EVERYTHING)
    // Only normalisations that keep every word: colspan="1" is the default, an image alone in a paragraph is a block.
    const expected = stored.replace(' colspan="1"', '').replace('<p><img src="https://example.org/seule.jpg" alt="Seule" /></p>', '<img src="https://example.org/seule.jpg" alt="Seule" />')
    expect(reopenAndSave(stored)).toBe(expected)
  })

  it('is stable: saving twice changes nothing', () => {
    const once = reopenAndSave(sanitizeArticleHtml(EVERYTHING))
    expect(reopenAndSave(once)).toBe(once)
  })

  it('keeps the words of markup it normalises (WordPress b/i, a bare frame from an allowed host)', () => {
    expect(reopenAndSave('<p><b>gras</b> <i>italique</i></p>')).toBe('<p><strong>gras</strong> <em>italique</em></p>')
    expect(reopenAndSave('<p><iframe src="https://player.vimeo.com/video/76979871" title="Vimeo"></iframe></p>')).toBe(
      '<figure data-embed="vimeo"><iframe src="https://player.vimeo.com/video/76979871" title="Vimeo" loading="lazy" allowfullscreen="allowfullscreen"></iframe></figure>',
    )
  })

  it('keeps the words of a card whose link was lost, and of a caption written before its image', () => {
    expect(reopenAndSave('<figure data-embed="x">Publication de la préfecture<figcaption>Source</figcaption></figure>')).toBe(
      '<figure data-embed="x">Publication de la préfecture<figcaption>Source</figcaption></figure>',
    )
    expect(reopenAndSave('<figure><figcaption>Avant</figcaption><img src="https://example.org/a.jpg" alt="A" /></figure>')).toBe(
      '<figure><p>Avant</p><img src="https://example.org/a.jpg" alt="A" /></figure>',
    )
  })

  it('rebuilds pasted embed code from the allow-list, and leaves out frames from anywhere else', () => {
    const pasted = '<p>Avant</p><iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x" onload="alert(1)"></iframe><iframe src="https://evil.example/x"></iframe><p>Après</p>'
    expect(reopenAndSave(pasted)).toBe(
      '<p>Avant</p><figure data-embed="youtube"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube" loading="lazy" allowfullscreen="allowfullscreen"></iframe></figure><p>Après</p>',
    )
  })

  it('writes an embed inserted from a pasted address exactly as the import does', () => {
    for (const url of ['https://youtu.be/dQw4w9WgXcQ', 'https://vimeo.com/76979871', 'https://x.com/a/status/1', 'https://www.instagram.com/p/C1a2B3c4D5e/']) {
      const result = embedFromUrl(url)
      if (!result.ok) throw new Error(url)
      const doc = Node.fromJSON(schema, { type: 'doc', content: [{ type: 'embed', attrs: embedAttributes(result.embed) }] })
      expect(articleHtml(doc)).toBe(embedHtml(result.embed))
    }
  })
})

describe('pasting from word processors', () => {
  it('keeps the words and the structure of Word HTML, and drops its classes, styles and Office tags', () => {
    const word =
      '<p class="MsoNormal" style="margin-bottom:0cm;line-height:normal"><b><span style="font-size:14pt;font-family:Calibri">Le conseil</span></b>' +
      '<span style="mso-spacerun:yes"> </span>a voté<o:p></o:p></p>' +
      '<p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span style="font-family:Symbol">·</span>le budget<o:p></o:p></p>'
    expect(reopenAndSave(word)).toBe('<p><strong>Le conseil</strong> a voté</p><p>·le budget</p>')
  })

  it('does not make a whole Google Docs paste bold (its <b style="font-weight:normal"> wrapper)', () => {
    const docs =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-weight:700">Titre</span>' +
      '<span style="font-size:11pt;font-weight:400"> et texte</span></p><ul><li dir="ltr"><p dir="ltr"><span>point</span></p></li></ul></b>'
    const saved = reopenAndSave(docs)
    expect(saved).not.toMatch(/<strong>[^<]*et texte/)
    expect(saved).toContain('et texte')
    expect(saved).toContain('<ul><li><p>point</p></li></ul>')
    expect(saved).not.toMatch(/style=|class=|dir=|docs-internal/)
  })
})
