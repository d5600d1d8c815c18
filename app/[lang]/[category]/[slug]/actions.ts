'use server'

import { z } from 'zod'
import { getCommentSettings, reportComment as storeReport } from '@/db/queries/comments'
import { defineAction } from '@/lib/action'
import { tags } from '@/lib/cache-tags'
import { clientIp } from '@/lib/client-ip'
import { consumeReportAllowance } from '@/lib/comments/rate-limits'
import { UserError } from '@/lib/errors'

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
