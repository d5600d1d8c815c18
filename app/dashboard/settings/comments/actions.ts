'use server'

import { z } from 'zod'
import { saveCommentSettings } from '@/db/queries/comments'
import { recordAudit } from '@/db/queries/audit'
import { defineAction } from '@/lib/action'
import { tags } from '@/lib/cache-tags'
import { isValidIpOrRange } from '@/lib/comments/ip'
import { parseList } from '@/lib/comments/settings'
import { UserError } from '@/lib/errors'

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max)
const list = z.string().max(100_000).optional().default('').transform(parseList)
const checkbox = z.literal('on').optional().transform((value) => value === 'on')

export const saveCommentSettingsAction = defineAction({
  permission: 'comment.settings',
  schema: z.object({
    minFillSeconds: int(0, 600),
    floodSeconds: int(0, 3600),
    maxPerHour: int(1, 1000),
    minLength: int(1, 100),
    maxLength: int(100, 20_000),
    maxLinks: int(0, 50),
    holdFirstTime: checkbox,
    holdAll: checkbox,
    holdWords: list,
    blockWords: list,
    blockEmails: list,
    blockIps: list,
    closeAfterDays: int(0, 3650),
    reportThreshold: int(1, 100),
    threadDepth: int(1, 6),
  }),
  run: async (settings, viewer) => {
    const badIp = settings.blockIps.find((entry) => !isValidIpOrRange(entry))
    if (badIp) throw new UserError('moderation.settings.invalidIp', { entry: badIp })
    await saveCommentSettings(settings)
    await recordAudit({ actorId: viewer.id, action: 'comment.settings', targetType: 'settings', targetId: 'comments' })
    return { data: null, tags: [tags.commentSettings] }
  },
})
