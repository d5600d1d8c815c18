// Comment POSTs under load, through the path a reader's browser takes: the article page's postComment server
// action (the form's JavaScript submit), from many distinct readers (one X-Forwarded-For address and one email
// each; the server runs with TRUST_PROXY=true). Each post carries a form token signed with the server's secret, as
// the page issues it, dated a minute back like a reader who took a minute to type. One post in ten comes from a
// reader with an approved comment before, so it is published at once (and revalidates that article's thread); the
// others are held for moderation, as first comments are by default. Afterwards the database is counted: every
// accepted post must be stored exactly once.
import type autocannon from 'autocannon'
import { issueFormToken } from '@/lib/comments/token'
import { actionHeaders, actionOutcome, encodeActionBody } from './actions'
import type { Corpus } from './corpus'
import { measure, type LoadResult } from './load'

export type CommentTally = {
  accepted: number
  /** Which posts were answered ok: each must be stored exactly once. */
  acceptedPosts: Set<number>
  sent: number
  refused: Record<string, number>
  serverErrors: number
  unreadable: number
}

const PHRASES = ['Très juste', 'Je partage cet avis', 'Merci pour ces précisions', 'Article utile', 'Pas convaincu par la conclusion']

export async function prepareCommentPosts(corpus: Corpus, secret: string, runTag: string, count: number, origin: string) {
  const posts: { path: string; body: Buffer; headers: Record<string, string>; form: { body: string; headers: Record<string, string> } }[] = []
  const renderedAt = new Date(Date.now() - 60_000)
  let known = 0
  for (let i = 0; i < count; i++) {
    const target = corpus.commentTargets[i % corpus.commentTargets.length]!
    const knownEmail = i % 10 === 0 && known < corpus.knownCommenters.length ? corpus.knownCommenters[known++] : undefined
    const fields = {
      articleId: target.id,
      parentId: '',
      body: `Avis ${runTag} n°${i} : ${PHRASES[i % PHRASES.length]}.`,
      name: `Lecteur ${i}`,
      email: knownEmail ?? `reader-${runTag}-${i}@bench.example.org`,
      url: '',
      website_confirm: '',
      token: issueFormToken(secret, renderedAt),
    }
    const { body, contentType } = await encodeActionBody(fields)
    const ip = `172.${16 + ((i >> 16) & 15)}.${(i >> 8) & 255}.${i & 255}`
    // The same post as the plain HTML form sends it (JavaScript off): urlencoded, to /api/comments, from the page.
    const form = {
      body: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin, referer: origin + target.path, 'x-forwarded-for': ip },
    }
    posts.push({ path: target.path, body, headers: actionHeaders('', origin, contentType, { 'x-forwarded-for': ip }), form })
  }
  return posts
}

/**
 * The floor under any comment post: the same action, posted the same way, with a form it refuses at validation
 * (the email is not one), so nothing reaches the database. What Next itself spends on a server action here.
 */
export async function measureActionFloor(options: {
  origin: string
  actionId: string
  articlePath: string
  connections: number
  warmupSeconds: number
  seconds: number
  serverPid: number
}): Promise<LoadResult> {
  const { body, contentType } = await encodeActionBody({ articleId: '', parentId: '', body: 'x', name: 'x', email: 'not an email', url: '', website_confirm: '', token: '' })
  const headers = actionHeaders(options.actionId, options.origin, contentType)
  let refused = 0
  const request: autocannon.Request = {
    method: 'POST',
    path: options.articlePath,
    body,
    headers,
    onResponse: (_status, text) => {
      if (actionOutcome(text)?.ok === false) refused++
    },
  }
  const spec = { target: 'comments-floor', url: options.origin, connections: options.connections, serverPid: options.serverPid, requests: [request] }
  if (options.warmupSeconds > 0) await measure({ ...spec, warmupSeconds: 0, seconds: options.warmupSeconds })
  refused = 0
  const result = await measure({ ...spec, warmupSeconds: 0, seconds: options.seconds })
  if (refused === 0) throw new Error('comments-floor: the action did not refuse the invalid form')
  return result
}

/** The route handler answers 303 to the article when it took the post, and a page with a 4xx status otherwise. */
function formOutcome(status: number, body: string): { ok: boolean; error?: string } | null {
  if (status === 303) return { ok: true }
  if (status >= 400 && status < 500) return { ok: false, error: `${status} ${/<p[^>]*>([^<]{0,80})/.exec(body)?.[1] ?? ''}`.trim() }
  return null
}

export async function measureCommentPosts(options: {
  origin: string
  /** The postComment action's id (the enhanced form), or null for the plain HTML form's POST to /api/comments. */
  actionId: string | null
  posts: Awaited<ReturnType<typeof prepareCommentPosts>>
  connections: number
  warmupSeconds: number
  seconds: number
  serverPid: number
  cursor: { next: number }
  tally: CommentTally
}): Promise<LoadResult> {
  const { posts, tally, cursor } = options
  let measuring = false
  let acceptedWhileMeasuring = 0
  const request: autocannon.Request = {
    method: 'POST',
    // autocannon keeps one context per connection and sends one request at a time on it (no pipelining), so the
    // context says which post an answer is for.
    setupRequest: (req, context) => {
      const index = cursor.next++
      Object.assign(context, { post: index })
      tally.sent = cursor.next
      const post = posts[index % posts.length]!
      if (options.actionId === null) return { ...req, path: '/api/comments', body: post.form.body, headers: post.form.headers }
      return { ...req, path: post.path, body: post.body, headers: { ...post.headers, 'next-action': options.actionId } }
    },
    onResponse: (status, body, context) => {
      if (status >= 500) tally.serverErrors++
      const outcome = options.actionId === null ? formOutcome(status, body) : actionOutcome(body)
      if (!outcome) tally.unreadable++
      else if (outcome.ok) {
        tally.accepted++
        tally.acceptedPosts.add(Number((context as { post?: number }).post))
        if (measuring) acceptedWhileMeasuring++
      } else tally.refused[outcome.error ?? '?'] = (tally.refused[outcome.error ?? '?'] ?? 0) + 1
    },
  }
  const spec = {
    target: options.actionId === null ? 'comments-form' : 'comments',
    url: options.origin,
    connections: options.connections,
    serverPid: options.serverPid,
    okStatuses: [303],
    requests: [request],
  }
  if (options.warmupSeconds > 0) await measure({ ...spec, warmupSeconds: 0, seconds: options.warmupSeconds })
  measuring = true
  const result = await measure({ ...spec, warmupSeconds: 0, seconds: options.seconds })
  measuring = false
  if (cursor.next > posts.length) throw new Error(`Ran out of prepared comment posts (${posts.length}); prepare more.`)
  return { ...result, extra: { acceptedPerSecond: Math.round(acceptedWhileMeasuring / options.seconds) } }
}
