'use server'

import { refresh } from 'next/cache'
import { z } from 'zod'
import {
  MODERATION_OPS,
  applyModeration,
  editCommentBody,
  emptyStatus,
  endBan,
  getCommentAuthor,
  insertBan,
  insertStaffReply,
} from '@/db/queries/moderation'
import { recordAudit } from '@/db/queries/audit'
import { defineAction } from '@/lib/action'
import { tags } from '@/lib/cache-tags'
import { isValidIpOrRange } from '@/lib/comments/ip'
import { cleanCommentText } from '@/lib/comments/text'
import { UserError } from '@/lib/errors'

const ids = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.uuid()).max(500))
const rowAction = z.string().regex(new RegExp(`^(${MODERATION_OPS.join('|')}):[0-9a-f-]{36}$`))

/**
 * One action for the queue: a row's own button ("approve:<id>") or the bulk select applied to the ticked boxes.
 * Works as a plain form post too. Public threads of the touched articles are revalidated, nothing else.
 */
export const moderateComments = defineAction({
  permission: 'comment.moderate',
  schema: z.object({ row: rowAction.optional(), op: z.enum(MODERATION_OPS).or(z.literal('')).optional(), ids }),
  run: async (input, viewer) => {
    const [op, targets] = input.row
      ? [input.row.slice(0, input.row.indexOf(':')) as (typeof MODERATION_OPS)[number], [input.row.slice(input.row.indexOf(':') + 1)]]
      : [input.op || null, input.ids]
    if (!op || !targets.length) throw new UserError('moderation.errors.nothingSelected')
    const articles = await applyModeration(targets, op, new Date())
    await recordAudit({ actorId: viewer.id, action: `comment.${op}`, targetType: 'comment', details: { ids: targets } })
    refresh()
    return { data: { count: targets.length }, tags: articles.map((id) => tags.comments(id)) }
  },
})

export const editComment = defineAction({
  permission: 'comment.moderate',
  schema: z.object({ id: z.uuid(), body: z.string().trim().min(1).max(20_000) }),
  run: async ({ id, body }, viewer) => {
    const articleId = await editCommentBody(id, cleanCommentText(body))
    if (!articleId) throw new UserError('moderation.errors.notFound')
    await recordAudit({ actorId: viewer.id, action: 'comment.edit', targetType: 'comment', targetId: id })
    refresh()
    return { data: null, tags: [tags.comments(articleId)] }
  },
})

export const replyAsStaff = defineAction({
  permission: 'comment.moderate',
  schema: z.object({ parentId: z.uuid(), body: z.string().trim().min(1).max(20_000) }),
  run: async ({ parentId, body }, viewer) => {
    const reply = await insertStaffReply({ parentId, body: cleanCommentText(body), user: viewer, now: new Date() })
    if (!reply) throw new UserError('moderation.errors.notFound')
    await recordAudit({ actorId: viewer.id, action: 'comment.reply', targetType: 'comment', targetId: reply.id })
    refresh()
    return { data: null, tags: [tags.comments(reply.articleId)] }
  },
})

const checkbox = z.literal('on').optional()

export const banAuthor = defineAction({
  permission: 'comment.moderate',
  schema: z.object({
    commentId: z.uuid(),
    reason: z.string().trim().min(1).max(500),
    expiresAt: z.string().trim().max(40).optional(),
    byEmail: checkbox,
    byIp: checkbox,
    shadow: checkbox,
  }),
  run: async (input, viewer) => {
    const author = await getCommentAuthor(input.commentId)
    if (!author) throw new UserError('moderation.errors.notFound')
    const ip = input.byIp && author.ip && isValidIpOrRange(author.ip) ? author.ip : null
    const email = input.byEmail ? author.email : null
    if (!ip && !email) throw new UserError('moderation.errors.banTarget')
    const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null
    if (expiresAt && (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= Date.now())) throw new UserError('moderation.errors.banPast')
    const ban = await insertBan({ email, ip, reason: input.reason, shadow: !!input.shadow, expiresAt, createdById: viewer.id })
    await recordAudit({ actorId: viewer.id, action: 'comment.ban', targetType: 'ban', targetId: ban.id, details: { email, ip, shadow: !!input.shadow } })
    refresh()
    return { data: null }
  },
})

export const liftBan = defineAction({
  permission: 'comment.moderate',
  schema: z.object({ banId: z.uuid() }),
  run: async ({ banId }, viewer) => {
    if (!(await endBan(banId, new Date()))) throw new UserError('moderation.errors.notFound')
    await recordAudit({ actorId: viewer.id, action: 'comment.unban', targetType: 'ban', targetId: banId })
    refresh()
    return { data: null }
  },
})

export const emptyBin = defineAction({
  permission: 'comment.moderate',
  schema: z.object({ status: z.enum(['spam', 'trash']) }),
  run: async ({ status }, viewer) => {
    const count = await emptyStatus(status)
    await recordAudit({ actorId: viewer.id, action: `comment.empty.${status}`, details: { count } })
    refresh()
    return { data: { count } }
  },
})
