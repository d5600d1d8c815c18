// The comment defences an administrator can tune (/dashboard/settings/comments). Stored as one JSON value in the
// `settings` table under SETTINGS_KEY; anything missing or invalid falls back to these defaults, so a partial or
// older stored value never breaks posting.
import { z } from 'zod'

export const SETTINGS_KEY = 'comments'

const list = z.array(z.string().trim().min(1).max(200)).max(1000)

export const commentSettingsSchema = z.object({
  minFillSeconds: z.number().int().min(0).max(600).catch(3),
  floodSeconds: z.number().int().min(0).max(3600).catch(15),
  maxPerHour: z.number().int().min(1).max(1000).catch(10),
  minLength: z.number().int().min(1).max(100).catch(2),
  maxLength: z.number().int().min(100).max(20_000).catch(5000),
  maxLinks: z.number().int().min(0).max(50).catch(2),
  holdFirstTime: z.boolean().catch(true),
  holdAll: z.boolean().catch(false),
  holdWords: list.catch([]),
  blockWords: list.catch([]),
  blockEmails: list.catch([]),
  blockIps: list.catch([]),
  closeAfterDays: z.number().int().min(0).max(3650).catch(0),
  reportThreshold: z.number().int().min(1).max(100).catch(3),
  threadDepth: z.number().int().min(1).max(6).catch(3),
})

export type CommentSettings = z.infer<typeof commentSettingsSchema>

export const DEFAULT_COMMENT_SETTINGS: CommentSettings = commentSettingsSchema.parse({})

/** Whatever is stored (null, an older shape, a hand-edited row) becomes a complete, valid settings object. */
export function parseCommentSettings(stored: unknown): CommentSettings {
  const value = stored && typeof stored === 'object' ? stored : {}
  return commentSettingsSchema.parse(value)
}

/** "one per line" textarea → trimmed, de-duplicated, lower-cased entries. */
export function parseList(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((line) => line.trim().toLowerCase()).filter(Boolean))]
}
