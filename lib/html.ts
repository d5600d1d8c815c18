// Article HTML is sanitised on write, in the one function that writes the column (editor save, seed, WordPress
// import), so what is stored is already safe. The brand makes <RichText> refuse a raw string at compile time.
import sanitizeHtml from 'sanitize-html'

export type SafeHtml = string & { readonly __brand: 'SafeHtml' }

const EMBED_HOSTS = ['www.youtube-nocookie.com', 'player.vimeo.com']

const ARTICLE_POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'blockquote', 'ul', 'ol', 'li', 'br', 'hr',
    'figure', 'figcaption', 'img', 'iframe', 'code', 'pre', 'sub', 'sup', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height', 'loading', 'srcset', 'sizes'],
    iframe: ['src', 'title', 'allow', 'allowfullscreen', 'loading'],
    figure: ['data-embed'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['https', 'mailto'],
  allowedSchemesByTag: { img: ['https', 'data'] },
  allowProtocolRelative: false,
  allowedIframeHostnames: EMBED_HOSTS,
  // Relative image sources (our own /media/… files) are kept; sanitize-html drops unknown schemes.
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:\/\//.test(attribs.href ?? '')
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer', target: '_blank' } : attribs }
    },
  },
}

export function sanitizeArticleHtml(dirty: string): SafeHtml {
  return sanitizeHtml(dirty, ARTICLE_POLICY) as SafeHtml // the one cast: this function is the sanitiser
}

/** Stored HTML came through sanitizeArticleHtml on write; reading it back keeps the brand. */
export function storedHtml(html: string): SafeHtml {
  return html as SafeHtml
}

// sanitize-html escapes the text it keeps; these are the only four characters it escapes.
const ESCAPED: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' }

/**
 * Plain text of an HTML fragment (excerpts, search snippets, meta descriptions): real characters, not entities
 * (React escapes on output), and a space where one block ends and the next begins.
 */
export function htmlToText(html: string): string {
  const spaced = html.replace(/<br\s*\/?>|<\/(?:p|div|h[1-6]|li|blockquote|figcaption|pre|td|th|tr)\s*>/gi, '$& ')
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(?:amp|lt|gt|quot);/g, (entity) => ESCAPED[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim()
}
