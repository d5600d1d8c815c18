// The per-reader part of an article's comment section, as JSON for the <ReaderComments> island: the form's
// one-time token, who is commenting (remembered or signed in), and this browser's own comments that others do not
// see yet. It lives here rather than in a Suspense hole of the page, so the article's HTML stays fully cached and
// shared: with a per-request hole, every page view re-rendered the whole page (twice the HTML, five times slower).
import { cookies } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'
import { z } from 'zod'
import { listOwnHiddenComments } from '@/db/queries/comments'
import { COMMENTER_COOKIE, OWN_COMMENTS_COOKIE, readCommenter, readOwnCommentIds } from '@/lib/comments/cookies'
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
  const [viewer, own] = await Promise.all([getViewer(), listOwnHiddenComments(articleId.data, readOwnCommentIds(jar.get(OWN_COMMENTS_COOKIE)?.value))])
  const remembered = readCommenter(jar.get(COMMENTER_COOKIE)?.value)
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
