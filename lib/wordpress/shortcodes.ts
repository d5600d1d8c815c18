// WordPress shortcodes and oEmbed URLs turned into the markup our sanitiser and renderer accept.
import { embedFromUrl, embedHtml } from '@/lib/embeds'

/** An image WordPress knows as an attachment, for [gallery ids="…"]. */
export type AttachmentImage = { url: string; alt: string; caption: string }

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** `id="attachment_12" width=300 caption='Légende'` → { id: 'attachment_12', width: '300', caption: 'Légende' } */
export function parseShortcodeAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) {
    attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? ''
  }
  return attributes
}

/** The embed markup for an address on the allow-list (lib/embeds.ts), or null when it is not embeddable. */
export function embedFor(rawUrl: string): string | null {
  const result = embedFromUrl(rawUrl)
  return result.ok ? embedHtml(result.embed) : null
}

/** An address off the embed allow-list (a podcast, a news site…) stays a plain link to the original. */
export function embedOrLink(url: string): string {
  const clean = url.trim()
  return embedFor(clean) ?? `<p><a href="${escapeAttribute(clean)}">${escapeText(clean)}</a></p>`
}

/** [caption]<img …> Légende[/caption] → <figure><img …><figcaption>Légende</figcaption></figure> */
export function captionToFigure(attributeText: string, inner: string): string {
  const attributes = parseShortcodeAttributes(attributeText)
  // The image (possibly wrapped in a link) comes first; what follows is the caption.
  const media = inner.match(/^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i)
  const image = media?.[1] ?? ''
  const caption = (attributes.caption ?? media?.[2] ?? inner).trim()
  if (!image) return caption
  return `<figure>${image}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
}

/** [gallery ids="1,2,3"] → one figure holding each image; ids we never saw are reported. */
export function galleryToFigure(
  attributeText: string,
  resolve: (attachmentId: string) => AttachmentImage | undefined,
): { html: string; missing: string[] } {
  const ids = (parseShortcodeAttributes(attributeText).ids ?? '').split(',').map((id) => id.trim()).filter(Boolean)
  const missing: string[] = []
  const images: string[] = []
  for (const id of ids) {
    const image = resolve(id)
    if (!image) missing.push(id)
    else images.push(`<img src="${escapeAttribute(image.url)}" alt="${escapeAttribute(image.alt)}" loading="lazy">`)
  }
  return { html: images.length ? `<figure>${images.join('')}</figure>` : '', missing }
}
