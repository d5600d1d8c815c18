// "Reply" without JavaScript: the link reloads the cached article with ?replyto=<comment id>#reply-to-<id>. The
// article's HTML stays one shared page (nothing in it reads the query string): the fragment shows the static
// "Replying to <name>" line of that comment (CSS :target), and /api/comments reads the parent from the address the
// form was posted from. With JavaScript, the comment's Reply control opens the form inline instead.

export const REPLY_TO_PARAM = 'replyto'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A comment id, or null for anything else (absent, malformed, a list). */
export function readReplyTo(value: string | null | undefined): string | null {
  return value && UUID.test(value) ? value.toLowerCase() : null
}

/** Where a comment's "Reply" link goes when JavaScript does not intercept it (relative to the article). */
export function replyHref(commentId: string): string {
  return `?${REPLY_TO_PARAM}=${commentId}#reply-to-${commentId}`
}
