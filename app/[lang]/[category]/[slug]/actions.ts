'use server'

import { headers } from 'next/headers'
import { z } from 'zod'
import { getCommentSettings, reportComment as storeReport } from '@/db/queries/comments'
import { defineAction } from '@/lib/action'
import { tags } from '@/lib/cache-tags'
import { clientIp } from '@/lib/client-ip'
import { cookieChangeAfterPost, issueReceipt } from '@/lib/comments/remember'
import { consumeReportAllowance } from '@/lib/comments/rate-limits'
import { formTokenSecret } from '@/lib/comments/secret'
import { commentFormSchema, submitComment } from '@/lib/comments/submit'
import { UserError } from '@/lib/errors'

/**
 * A reader's comment, posted from the enhanced form (JavaScript). Without JavaScript the same form posts to
 * /api/comments, which answers with real HTTP statuses (303, 429…); both run submitComment().
 */
export const postComment = defineAction({
  permission: 'comment.create',
  public: true,
  schema: commentFormSchema,
  run: async (input, viewer) => {
    const outcome = await submitComment(input, {
      viewer,
      ip: await clientIp(),
      userAgent: (await headers()).get('user-agent'),
      now: new Date(),
    })
    if (!outcome.ok) throw new UserError(outcome.error, outcome.values)
    // The cookies travel as a signed receipt that the form's reader part hands to /api/comments/reader: setting
    // them here would render the whole article into every post's answer (lib/comments/remember.ts).
    const receipt = issueReceipt(cookieChangeAfterPost(input, outcome), formTokenSecret(), new Date())
    // Only this article's thread, and only when it changed: every other cached page stays as it is (updateTag also
    // refreshes the poster's page). A held comment changes no page: the form's reader part fetches it again.
    // Not refresh(): it would render the whole article into every post's answer, held or not.
    const held = outcome.hiddenFromOthers && !outcome.comment.shadow
    return { data: { id: outcome.comment.id, held, receipt }, tags: outcome.hiddenFromOthers ? [] : [tags.comments(outcome.article.id)] }
  },
})

export const reportComment = defineAction({
  permission: 'comment.create',
  public: true,
  schema: z.object({ commentId: z.uuid(), reason: z.string().trim().max(500).optional() }),
  run: async ({ commentId, reason }) => {
    const ip = await clientIp()
    const wait = await consumeReportAllowance(ip)
    if (wait !== null) throw new UserError('comments.errors.reportRateLimited', { seconds: wait })
    const { reportThreshold } = await getCommentSettings()
    const result = await storeReport({ commentId, reason: reason || null, ip, threshold: reportThreshold })
    if (!result) throw new UserError('comments.errors.commentGone')
    return { data: null, tags: result.hidden ? [tags.comments(result.articleId)] : [] }
  },
})
