// The per-reader part of an article's comment section, as JSON for the <ReaderComments> island: the form's
// one-time token, who is commenting (remembered or signed in), and this browser's own comments that others do not
// see yet. It lives here rather than in a Suspense hole of the page, so the article's HTML stays fully cached and
// shared: with a per-request hole, every page view re-rendered the whole page (twice the HTML, five times slower).
import { cookies } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'
import { z } from 'zod'
import { listOwnHiddenComments } from '@/db/queries/comments'
import { COMMENTER_COOKIE, OWN_COMMENTS_COOKIE, readCommenter, readOwnCommentIds } from '@/lib/comments/cookies'
import { applyCookieChange, readReceipt } from '@/lib/comments/remember'
import { formTokenSecret } from '@/lib/comments/secret'
import { issueFormToken } from '@/lib/comments/token'
import { getViewer } from '@/lib/session'

export type ReaderCommentsData = {
  token: string
  identity: { name: string; email: string; url: string; staff: boolean } | null
  own: { id: string; authorName: string; authorUrl: string | null; body: string; createdAt: string; shadow: boolean }[]
}

export async function GET(request: NextRequest) {
  const articleId = z.uuid().safeParse(request.nextUrl.searchParams.get('article'))
  if (!articleId.success) return NextResponse.json(null, { status: 400 })
  const jar = await cookies()
  return readerData(articleId.data, jar.get(OWN_COMMENTS_COOKIE)?.value, jar.get(COMMENTER_COOKIE)?.value)
}

/**
 * After a post through the server action: the receipt it returned says what this browser's comment cookies become
 * (lib/comments/remember.ts); they are set here, and the reader part answered as it now is. JSON only, so another
 * site cannot send one without asking first (CORS).
 */
export async function POST(request: NextRequest) {
  if (!request.headers.get('content-type')?.startsWith('application/json')) return NextResponse.json(null, { status: 415 })
  const body = receiptBody.safeParse(await request.json().catch(() => null))
  if (!body.success) return NextResponse.json(null, { status: 400 })
  const change = readReceipt(body.data.receipt, formTokenSecret(), new Date())
  if (!change) return NextResponse.json(null, { status: 400 })
  const jar = await cookies()
  const own = applyCookieChange(jar, change)
  return readerData(body.data.article, own, change.remember ? JSON.stringify(change.remember) : undefined)
}

const receiptBody = z.object({ article: z.uuid(), receipt: z.string().max(2_000) })

async function readerData(articleId: string, ownCookie: string | undefined, commenterCookie: string | undefined) {
  const [viewer, own] = await Promise.all([getViewer(), listOwnHiddenComments(articleId, readOwnCommentIds(ownCookie))])
  const remembered = readCommenter(commenterCookie)
  const data: ReaderCommentsData = {
    token: issueFormToken(formTokenSecret(), new Date()),
    identity: viewer ? { name: viewer.name, email: viewer.email, url: '', staff: true } : remembered ? { ...remembered, staff: false } : null,
    own: own.map((comment) => ({
      id: comment.id,
      authorName: comment.authorName,
      authorUrl: comment.authorUrl,
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
      shadow: comment.shadow,
    })),
  }
  // Personal and one-time: never stored by a browser or a shared cache.
  return NextResponse.json(data, { headers: { 'cache-control': 'private, no-store' } })
}
