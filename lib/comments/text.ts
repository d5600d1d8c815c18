// Comment text is plain text. It is split into segments that React renders as text nodes and <a> elements, so no
// reader-supplied HTML is ever parsed; only http(s) URLs become links (never javascript:, data:, …).
export type Segment = { type: 'text'; text: string } | { type: 'link'; href: string; text: string } | { type: 'break' }

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi
const TRAILING = /[.,;:!?)\]}'"»]+$/u

/** Control characters that have no business in a comment, and bidirectional overrides that can disguise text. */
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g

/** Applied on write: what is stored is what moderators and readers see. */
export function cleanCommentText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE_CHARACTERS, '').replace(/\n{3,}/g, '\n\n').trim()
}

/** A name is one line of text: no control characters, no direction overrides, whitespace collapsed. */
export function cleanCommentName(name: string): string {
  return name.replace(UNSAFE_CHARACTERS, '').replace(/\s+/g, ' ').trim()
}

/** An address fit for an href: http(s) only, normalised by the URL parser; www. gets https. Anything else is null. */
export function safeHref(raw: string): string | null {
  const candidate = raw.startsWith('www.') ? `https://${raw}` : raw
  try {
    const url = new URL(candidate)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

function linkify(line: string, out: Segment[]) {
  let last = 0
  for (const match of line.matchAll(URL_PATTERN)) {
    const index = match.index ?? 0
    const raw = match[0].replace(TRAILING, '')
    const href = safeHref(raw)
    if (!href || !raw) continue
    if (index > last) out.push({ type: 'text', text: line.slice(last, index) })
    out.push({ type: 'link', href, text: raw })
    last = index + raw.length
  }
  if (last < line.length) out.push({ type: 'text', text: line.slice(last) })
}

export function commentSegments(body: string): Segment[] {
  const out: Segment[] = []
  body.split('\n').forEach((line, index) => {
    if (index > 0) out.push({ type: 'break' })
    linkify(line, out)
  })
  return out
}

/** A commenter's website: only http(s), shown as a link with rel="nofollow ugc noopener". */
export function normalizeAuthorUrl(raw: string | null | undefined): string | null {
  const value = raw?.trim()
  if (!value) return null
  return safeHref(/^https?:\/\//i.test(value) ? value : `https://${value}`)
}
