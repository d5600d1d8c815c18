// A WordPress post body (classic editor or Gutenberg) → clean HTML our renderer accepts, through the same sanitiser
// as the editor. What could not be converted is counted so the import summary can say so.
import { type SafeHtml, sanitizeArticleHtml } from '@/lib/html'
import { autop } from './autop'
import { type AttachmentImage, captionToFigure, embedOrLink, galleryToFigure } from './shortcodes'

export type ConvertedContent = {
  html: SafeHtml
  unknownShortcodes: string[] // names of shortcodes left as text, one entry per occurrence
  missingAttachments: string[] // gallery ids that were not in the export (or not yet read)
}

const BLOCK_COMMENT = /<!--\s*\/?wp:[\s\S]*?-->/g
// Gutenberg's embed block: the URL alone in a wrapper div, optionally with a caption.
const GUTENBERG_EMBED =
  /<figure\b[^>]*wp-block-embed[^>]*>\s*<div\b[^>]*wp-block-embed__wrapper[^>]*>\s*(\S+?)\s*<\/div>\s*(?:<figcaption\b[^>]*>[\s\S]*?<\/figcaption>\s*)?<\/figure>/gi
const ENCLOSING = (name: string) => new RegExp(`\\[${name}\\b([^\\]]*)\\]([\\s\\S]*?)\\[\\/${name}\\]`, 'gi')
// WordPress turns a URL alone on its line into an embed (oEmbed).
const LONE_URL = /^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gm
const ANY_SHORTCODE = /\[(\/?)([a-z][\w-]*)(?=[\s\]\/])[^\]]*\]/gi

export function convertContent(raw: string, resolveAttachment: (id: string) => AttachmentImage | undefined = () => undefined): ConvertedContent {
  const unknownShortcodes: string[] = []
  const missingAttachments: string[] = []
  // Gutenberg content already carries its paragraphs; WordPress itself skips wpautop for it.
  const isBlockContent = /<!--\s*wp:/.test(raw)
  // Scripts and styles would be dropped by the sanitiser anyway; removing them first leaves no empty paragraph.
  let html = raw
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, '')
    .replace(GUTENBERG_EMBED, (_, url: string) => `\n\n${embedOrLink(url)}\n\n`).replace(BLOCK_COMMENT, '')

  html = html
    .replace(ENCLOSING('caption'), (_, attributes: string, inner: string) => `\n\n${captionToFigure(attributes, inner)}\n\n`)
    .replace(ENCLOSING('wp_caption'), (_, attributes: string, inner: string) => `\n\n${captionToFigure(attributes, inner)}\n\n`)
    .replace(ENCLOSING('embed'), (_, _attributes: string, url: string) => `\n\n${embedOrLink(url)}\n\n`)
    .replace(/\[(?:youtube|vimeo)\s+([^\]\s]+)[^\]]*\]/gi, (_, url: string) => `\n\n${embedOrLink(url)}\n\n`)
    .replace(/\[gallery\b([^\]]*)\]/gi, (_, attributes: string) => {
      const gallery = galleryToFigure(attributes, resolveAttachment)
      missingAttachments.push(...gallery.missing)
      return `\n\n${gallery.html}\n\n`
    })
    .replace(LONE_URL, (line, url: string) => {
      const embed = embedOrLink(url)
      return embed.startsWith('<figure') ? `\n${embed}\n` : line
    })

  for (const match of html.matchAll(ANY_SHORTCODE)) {
    if (!match[1]) unknownShortcodes.push(match[2]!.toLowerCase()) // count each opening tag once, kept as text
  }

  if (!isBlockContent) html = autop(html)
  return { html: sanitizeArticleHtml(html.replace(/<p>\s*<\/p>\s*/g, '')), unknownShortcodes, missingAttachments }
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', eacute: 'é', egrave: 'è', agrave: 'à',
  ecirc: 'ê', ccedil: 'ç', ocirc: 'ô', icirc: 'î', ucirc: 'û', euro: '€', copy: '©', deg: '°',
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity
  })
}

/** Comments are plain text here: WordPress's few allowed tags become line breaks or disappear. */
export function commentToPlainText(html: string): string {
  const text = html
    .replace(/\r\n?/g, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
  return decodeEntities(text).replace(/\n{3,}/g, '\n\n').trim()
}

/** An excerpt is short plain text. */
export function excerptToText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim()
}
