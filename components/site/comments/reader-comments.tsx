'use client'

import { useEffect, useState, useSyncExternalStore } from 'react'
import type { ReaderCommentsData } from '@/app/api/comments/reader/route'
import { RelativeTime } from '@/components/site/relative-time'
import type { Locale } from '@/lib/i18n/config'
import { CommentAuthor, CommentBody } from './comment-body'
import { identityStore, readerStore } from './identity-store'

type Props = { articleId: string; formId: string; locale: Locale; words: { yours: string; awaiting: string } }

/**
 * The per-reader part of a cached article page, fetched after hydration from /api/comments/reader: the form's
 * one-time token (tied to the form by its id), the reader's own held comments, and who they are (remembered or
 * signed in) to fill the form. Fetched again after each post, which spends the token. Without JavaScript the form
 * posts without a token, and /api/comments holds the comment for moderation (no token, no proof a person filled it in).
 */
export function ReaderComments({ articleId, formId, locale, words }: Props) {
  const version = useSyncExternalStore(readerStore.subscribe, readerStore.get, readerStore.getServer)
  const [data, setData] = useState<ReaderCommentsData | null>(null)
  useEffect(() => {
    let live = true
    fetch(`/api/comments/reader?article=${encodeURIComponent(articleId)}`, { cache: 'no-store', credentials: 'same-origin' })
      .then((response) => (response.ok ? (response.json() as Promise<ReaderCommentsData>) : null))
      .then((next) => {
        if (!live || !next) return
        setData(next)
        identityStore.set(next.identity)
      })
      .catch(() => {}) // offline or the server is restarting: the form still posts, and is held without a token
    return () => {
      live = false
    }
  }, [articleId, version])

  if (!data) return null
  const held = data.own.filter((comment) => !comment.shadow)
  const shadowed = data.own.filter((comment) => comment.shadow)
  return (
    <>
      <input type="hidden" name="token" form={formId} value={data.token} />
      {/* A shadow-banned commenter sees their comments as if published; nobody else does. */}
      {shadowed.length ? (
        <ol className="mt-6 flex flex-col gap-6">
          {shadowed.map((comment) => (
            <li key={comment.id}>
              <article id={`comment-${comment.id}`} className="scroll-mt-8">
                <header className="flex flex-wrap items-baseline gap-x-3 text-sm">
                  <CommentAuthor name={comment.authorName} url={comment.authorUrl} />
                  <RelativeTime date={comment.createdAt} locale={locale} />
                </header>
                <CommentBody body={comment.body} />
              </article>
            </li>
          ))}
        </ol>
      ) : null}
      {held.length ? (
        <section aria-labelledby="own-held-heading" className="mt-6 rounded border border-amber-300 bg-amber-50 p-4">
          <h3 id="own-held-heading" className="font-bold">
            {words.yours}
          </h3>
          <ol className="mt-2 flex flex-col gap-4">
            {held.map((comment) => (
              <li key={comment.id}>
                <article id={`comment-${comment.id}`} className="scroll-mt-8">
                  <header className="flex flex-wrap items-baseline gap-x-3 text-sm">
                    <CommentAuthor name={comment.authorName} url={comment.authorUrl} />
                    <RelativeTime date={comment.createdAt} locale={locale} />
                  </header>
                  <p className="mt-1 text-sm font-semibold text-amber-900">{words.awaiting}</p>
                  <CommentBody body={comment.body} />
                </article>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  )
}
