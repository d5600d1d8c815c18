// Comment POSTs under load, as readers' browsers send them to /api/comments, from many distinct readers (one
// X-Forwarded-For address and one email each; the server runs with TRUST_PROXY=true):
// - "comments": the enhanced form (JavaScript on): multipart fields, Accept: application/json, answered 201 + JSON;
// - "comments-form": the plain HTML form (JavaScript off): urlencoded fields, answered 303 back to the article.
// Each post carries a form token signed with the server's secret, as the page's reader part issues it, dated a minute
// back like a reader who took a minute to type. One post in ten comes from a reader with an approved comment before,
// so it is published at once (and expires that article's thread); the others are held for moderation, as first
// comments are by default. Afterwards the database is counted: every accepted post must be stored exactly once.
import type autocannon from 'autocannon'
import { issueFormToken } from '@/lib/comments/token'
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

type Encoded = { body: Buffer; headers: Record<string, string> }
export type CommentPost = { enhanced: Encoded; plain: Encoded }

const ENDPOINT = '/api/comments'
const PHRASES = ['Très juste', 'Je partage cet avis', 'Merci pour ces précisions', 'Article utile', 'Pas convaincu par la conclusion']

/** The fields as the enhanced form's fetch(body: FormData) sends them, and as the plain form does. */
function encode(fields: Record<string, string>, origin: string, from: string, extra: Record<string, string> = {}): CommentPost {
  const boundary = `----kiosquebench${Math.random().toString(16).slice(2)}`
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
  const common = { origin, referer: origin + from, ...extra }
  return {
    enhanced: {
      body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8'),
      headers: { ...common, accept: 'application/json', 'content-type': `multipart/form-data; boundary=${boundary}` },
    },
    plain: {
      body: Buffer.from(new URLSearchParams(fields).toString(), 'utf8'),
      headers: { ...common, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    },
  }
}

export function prepareCommentPosts(corpus: Corpus, secret: string, runTag: string, count: number, origin: string): CommentPost[] {
  const posts: CommentPost[] = []
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
    const ip = `172.${16 + ((i >> 16) & 15)}.${(i >> 8) & 255}.${i & 255}`
    posts.push(encode(fields, origin, target.path, { 'x-forwarded-for': ip }))
  }
  return posts
}

type Outcome = { ok: boolean; error?: string } | null

/** 201 + JSON for the enhanced form, 303 for the plain one; a refusal is a 4xx (JSON names its reason). */
function outcomeOf(status: number, body: string): Outcome {
  if (status === 201 || status === 303) return { ok: true }
  if (status < 400 || status >= 500) return null
  const reason = /"error":"([^"]+)"/.exec(body)?.[1]
  return { ok: false, error: reason ?? String(status) }
}

/**
 * The floor under any comment post: the enhanced form's POST with a form the endpoint refuses at validation (the
 * email is not one), so nothing reaches the database. What Next and the route cost on this machine.
 */
export async function measureCommentFloor(options: {
  origin: string
  articlePath: string
  connections: number
  warmupSeconds: number
  seconds: number
  serverPid: number
}): Promise<LoadResult> {
  const invalid = { articleId: '', parentId: '', body: 'x', name: 'x', email: 'not an email', url: '', website_confirm: '', token: '' }
  const { enhanced } = encode(invalid, options.origin, options.articlePath)
  let refused = 0
  const request: autocannon.Request = {
    method: 'POST',
    path: ENDPOINT,
    body: enhanced.body,
    headers: enhanced.headers,
    onResponse: (status, text) => {
      if (outcomeOf(status, text)?.ok === false) refused++
    },
  }
  const result = await measure({
    target: 'comments-floor',
    url: options.origin,
    connections: options.connections,
    warmupSeconds: options.warmupSeconds,
    seconds: options.seconds,
    serverPid: options.serverPid,
    okStatuses: [422],
    requests: [request],
    onMeasureStart: () => (refused = 0),
  })
  if (refused === 0) throw new Error('comments-floor: the endpoint did not refuse the invalid form')
  return result
}

export async function measureCommentPosts(options: {
  origin: string
  /** The enhanced form (JavaScript on) or the plain HTML form. */
  via: 'enhanced' | 'plain'
  posts: CommentPost[]
  connections: number
  warmupSeconds: number
  seconds: number
  serverPid: number
  cursor: { next: number }
  tally: CommentTally
}): Promise<LoadResult> {
  const { posts, tally, cursor, via } = options
  let measuring = false
  let acceptedWhileMeasuring = 0
  const request: autocannon.Request = {
    method: 'POST',
    path: ENDPOINT,
    // autocannon keeps one context per connection and sends one request at a time on it (no pipelining), so the
    // context says which post an answer is for.
    setupRequest: (req, context) => {
      const index = cursor.next++
      Object.assign(context, { post: index })
      tally.sent = cursor.next
      const post = posts[index % posts.length]![via]
      return { ...req, body: post.body, headers: post.headers }
    },
    onResponse: (status, body, context) => {
      if (status >= 500) tally.serverErrors++
      const outcome = outcomeOf(status, body)
      if (!outcome) tally.unreadable++
      else if (outcome.ok) {
        tally.accepted++
        tally.acceptedPosts.add(Number((context as { post?: number }).post))
        if (measuring) acceptedWhileMeasuring++
      } else tally.refused[outcome.error ?? '?'] = (tally.refused[outcome.error ?? '?'] ?? 0) + 1
    },
  }
  const result = await measure({
    target: via === 'enhanced' ? 'comments' : 'comments-form',
    url: options.origin,
    connections: options.connections,
    warmupSeconds: options.warmupSeconds,
    seconds: options.seconds,
    serverPid: options.serverPid,
    okStatuses: [303],
    requests: [request],
    onMeasureStart: () => (measuring = true),
  })
  measuring = false
  if (cursor.next > posts.length) throw new Error(`Ran out of prepared comment posts (${posts.length}); prepare more.`)
  return { ...result, extra: { acceptedPerSecond: Math.round(acceptedWhileMeasuring / options.seconds) } }
}
