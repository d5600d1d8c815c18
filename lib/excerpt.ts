// Excerpts in lists and the Recent Posts rail: cut on a word boundary, never mid-word, ending with "…".
import { htmlToText } from './html'

const ELLIPSIS = '…'

/** At most `max` characters (ellipsis included); the text unchanged when it already fits. */
export function cutExcerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const room = clean.slice(0, Math.max(0, max - ELLIPSIS.length) + 1)
  // The last space within the room; a single word longer than `max` is cut where it must be.
  const lastSpace = room.lastIndexOf(' ')
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, max - ELLIPSIS.length)
  return `${cut.replace(/[\s,;:.!?'’«(—–-]+$/u, '')}${ELLIPSIS}`
}

/** The stored excerpt when there is one, else the opening of the body as plain text. */
export function articleExcerpt(article: { excerpt: string; bodyHtml?: string }, max: number): string {
  const source = article.excerpt.trim() || (article.bodyHtml ? htmlToText(article.bodyHtml) : '')
  return cutExcerpt(source, max)
}

/** A card's excerpt: the stored one, else the opening of the body (`bodyLead`, selected only when needed). */
export function cardExcerpt(card: { excerpt: string; bodyLead?: string | null }, max: number): string {
  return articleExcerpt({ excerpt: card.excerpt, bodyHtml: card.bodyLead ?? undefined }, max)
}
