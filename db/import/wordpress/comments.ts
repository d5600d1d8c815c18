// wp:comment → comments, plain text, with their status and threading. A reply whose parent is not imported yet
// (later in the file) is linked when the whole file has been read.
import { randomUUID } from 'node:crypto'
import { and, eq, inArray, isNull } from 'drizzle-orm'
import { comments } from '@/db/schema'
import { tags as cacheTags } from '@/lib/cache-tags'
import { cleanCommentName, cleanCommentText, normalizeAuthorUrl } from '@/lib/comments/text'
import { commentToPlainText } from '@/lib/wordpress/content'
import { checksum, commentStatus, wpDate } from '@/lib/wordpress/map'
import type { WxrComment } from '@/lib/wordpress/wxr-types'
import { bulkInsert } from './bulk'
import { type ImportContext, tally, touch, warn } from './context'
import { findRefs, saveRefs } from './refs'

export type PostComments = { articleId: string; postId: string; comments: WxrComment[] }

const hasParent = (comment: WxrComment) => Boolean(comment.parentId) && comment.parentId !== '0'

export async function importComments(ctx: ImportContext, posts: PostComments[]): Promise<void> {
  const kept: { articleId: string; comment: WxrComment; status: NonNullable<ReturnType<typeof commentStatus>> }[] = []
  for (const { articleId, postId, comments: list } of posts) {
    for (const comment of list) {
      if (comment.type === 'pingback' || comment.type === 'trackback') {
        tally(ctx, 'pingback', 'skipped')
        continue
      }
      const status = commentStatus(comment.approved)
      const problem = !/^\d+$/.test(comment.id)
        ? 'has no wp:comment_id'
        : comment.type && comment.type !== 'comment'
          ? `is of type "${comment.type}", which Kiosque does not import`
          : !status
            ? `has the unknown status "${comment.approved}"`
            : null
      if (problem || !status) {
        tally(ctx, 'comment', 'skipped')
        warn(ctx, 'comment', `Comment ${comment.id || '(no id)'} on post ${postId} ${problem}: skipped.`)
        continue
      }
      kept.push({ articleId, comment, status })
    }
  }
  if (!kept.length) return
  const refs = await findRefs(ctx, 'comment', kept.flatMap(({ comment }) => (hasParent(comment) ? [comment.id, comment.parentId] : [comment.id])))
  const localIds = new Map([...refs].map(([wpId, ref]) => [wpId, ref.localId]))
  const inserts: (typeof comments.$inferInsert)[] = []
  const refRows: { externalId: string; localId: string; checksum: string }[] = []
  const unchangedReplies: (typeof ctx.pendingParents)[number][] = []

  for (const { articleId, comment, status } of kept) {
    const hash = checksum([comment.author, comment.email, comment.url, comment.ip, comment.dateGmt || comment.date, comment.content, status, comment.parentId, comment.userId])
    const ref = refs.get(comment.id)
    if (ref?.checksum === hash) {
      tally(ctx, 'comment', 'unchanged')
      if (hasParent(comment)) unchangedReplies.push({ commentId: ref.localId, wpParentId: comment.parentId, wpCommentId: comment.id })
      continue
    }
    const parentId = hasParent(comment) ? (localIds.get(comment.parentId) ?? null) : null
    const createdAt = wpDate(comment.dateGmt, comment.date) ?? new Date()
    const values = {
      articleId,
      parentId,
      // The public form's own cleaning: imported names and links reach the same pages as readers' comments.
      authorName: cleanCommentName(comment.author).slice(0, 200),
      authorEmail: comment.email.trim().toLowerCase(),
      authorUrl: normalizeAuthorUrl(comment.url),
      userId: comment.userId && comment.userId !== '0' ? (ctx.authorsById.get(comment.userId) ?? null) : null,
      body: cleanCommentText(commentToPlainText(comment.content)),
      status,
      ip: comment.ip || null,
      statusChangedAt: createdAt,
      createdAt,
      updatedAt: createdAt,
    }
    const id = ref?.localId ?? randomUUID()
    if (ref) {
      await ctx.db.update(comments).set(values).where(eq(comments.id, id))
      tally(ctx, 'comment', 'updated')
    } else {
      inserts.push({ id, ...values })
      tally(ctx, 'comment', 'created')
    }
    touch(ctx, cacheTags.comments(articleId))
    localIds.set(comment.id, id)
    refRows.push({ externalId: comment.id, localId: id, checksum: hash })
    if (hasParent(comment) && !parentId) ctx.pendingParents.push({ commentId: id, wpParentId: comment.parentId, wpCommentId: comment.id })
  }
  await bulkInsert(ctx, comments, inserts)
  await saveRefs(ctx, 'comment', refRows)
  await requeueUnlinkedReplies(ctx, unchangedReplies)
}

/**
 * Replies are linked when the whole file has been read. A run that stopped before that (a bad byte further on,
 * a second Ctrl-C) left some unlinked; the next run finds them unchanged, so they are queued again here, or they
 * would stay top-level for good. Replies already linked are not touched.
 */
async function requeueUnlinkedReplies(ctx: ImportContext, replies: ImportContext['pendingParents']): Promise<void> {
  if (!replies.length) return
  const unlinked = new Set(
    (await ctx.db.select({ id: comments.id }).from(comments).where(and(inArray(comments.id, replies.map((r) => r.commentId)), isNull(comments.parentId)))).map((row) => row.id),
  )
  ctx.pendingParents.push(...replies.filter((reply) => unlinked.has(reply.commentId)))
}
