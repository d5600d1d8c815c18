// "Reply" without JavaScript: the link reloads the cached article with ?replyto=<comment id>#reply-to-<id>. The
// article's HTML stays one shared page: proxy.ts hands the id to the per-request part of the comment form as a
// request header (a page that read searchParams would render its metadata per request too), and the fragment shows
// the static "Replying to <name>" line of that comment (CSS :target). Imported by proxy.ts: no server-only code here.

export const REPLY_TO_PARAM = 'replyto'
export const REPLY_TO_HEADER = 'x-kiosque-reply-to'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A comment id, or null for anything else (absent, malformed, a list). */
export function readReplyTo(value: string | null | undefined): string | null {
  return value && UUID.test(value) ? value.toLowerCase() : null
}

/** Where a comment's "Reply" link goes when JavaScript does not intercept it (relative to the article). */
export function replyHref(commentId: string): string {
  return `?${REPLY_TO_PARAM}=${commentId}#reply-to-${commentId}`
}

/** The request headers a public page renders with: the reply target of the query string, never one sent by the client. */
export function withReplyToHeader(headers: Headers, search: URLSearchParams): Headers {
  const forwarded = new Headers(headers)
  const replyTo = readReplyTo(search.get(REPLY_TO_PARAM))
  if (replyTo) forwarded.set(REPLY_TO_HEADER, replyTo)
  else forwarded.delete(REPLY_TO_HEADER)
  return forwarded
}
