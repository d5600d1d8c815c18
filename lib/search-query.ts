// What readers type in the search box, made safe and stable before it reaches SQL or a cache key.
export const MAX_QUERY_LENGTH = 200

/** `?page=` of a results page: 1 when absent, null (a 404) when it is not a page number. */
export function parseSearchPage(raw: string | string[] | null | undefined): number | null {
  if (raw === undefined || raw === null) return 1
  return typeof raw === 'string' && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null
}

export type SearchInput = { kind: 'empty' } | { kind: 'tooLong' } | { kind: 'ok'; query: string }

export function parseSearchQuery(raw: string | string[] | undefined): SearchInput {
  const text = (Array.isArray(raw) ? raw[0] : raw) ?? ''
  const query = text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim()
  if (!query) return { kind: 'empty' }
  if (query.length > MAX_QUERY_LENGTH) return { kind: 'tooLong' }
  return { kind: 'ok', query }
}

// ts_headline marks matches with these private-use characters; the page turns them into <mark> elements, so
// the snippet is rendered as text (React escapes it) and never as HTML.
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" }

/** Splits a marked snippet into plain and highlighted runs, decoding the entities the HTML body carried. */
export function splitHighlights(snippet: string): { text: string; hit: boolean }[] {
  const decoded = snippet.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_whole, name: string) => ENTITIES[name] ?? '')
  const runs: { text: string; hit: boolean }[] = []
  for (const part of decoded.split(MARK_START)) {
    const [hit, rest] = part.includes(MARK_END) ? part.split(MARK_END, 2) : [null, part]
    if (hit) runs.push({ text: hit, hit: true })
    if (rest) runs.push({ text: rest, hit: false })
  }
  return runs
}

/**
 * ts_headline cuts fragments around the matches, often mid-sentence ("que l'on sait ce soir"): mark the cuts with
 * an ellipsis, unless the fragment is the start of the standfirst or ends a sentence.
 */
export function withEllipses(snippet: string, opening: string): string {
  const plain = snippet.replaceAll(MARK_START, '').replaceAll(MARK_END, '').trim()
  if (!plain) return snippet
  const atStart = opening.length > 0 && plain.startsWith(opening.slice(0, Math.min(opening.length, 24)).trim())
  const complete = /[.!?…»"”)]$/.test(plain)
  return `${atStart ? '' : '… '}${snippet.trim()}${complete ? '' : ' …'}`
}
