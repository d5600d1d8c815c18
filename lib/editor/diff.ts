// A readable diff between two revisions: the words people wrote, paragraph by paragraph, not HTML tags.
import { diffWordsWithSpace } from 'diff'
import sanitizeHtml from 'sanitize-html'

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }

/** Text of an article body with one paragraph per line (headings, list items and quotes count as paragraphs). */
export function readableText(html: string): string {
  const withBreaks = html.replace(/<\/(p|h[1-6]|li|blockquote|figcaption)>|<br\s*\/?>/gi, '$&\n')
  return sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

export function diffRevisions(before: { title: string; bodyHtml: string }, after: { title: string; bodyHtml: string }): DiffPart[] {
  const older = `${before.title}\n${readableText(before.bodyHtml)}`
  const newer = `${after.title}\n${readableText(after.bodyHtml)}`
  return diffWordsWithSpace(older, newer).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }))
}
