// State shared by the writers of one WordPress import: where it comes from, what was already mapped (small maps of
// authors and terms; never posts or comments), and the running summary.
import type { Db } from '@/db'
import type { Language } from '@/db/schema'
import type { Storage } from '@/lib/storage/storage'
import type { AttachmentImage } from '@/lib/wordpress/shortcodes'

export const KINDS = ['author', 'category', 'tag', 'term', 'post', 'page', 'other', 'attachment', 'comment', 'pingback', 'redirect'] as const
export type Kind = (typeof KINDS)[number]
export type Tally = { created: number; updated: number; unchanged: number; skipped: number; warnings: number }

export type Summary = {
  counts: Record<Kind, Tally>
  shortcodes: Record<string, number> // unknown shortcodes left as text, by name
  warnings: string[] // the first MAX_WARNINGS, each naming the item; the counts hold the rest
}

export const MAX_WARNINGS = 200

export function emptySummary(): Summary {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, { created: 0, updated: 0, unchanged: 0, skipped: 0, warnings: 0 }]))
  return { counts: counts as Record<Kind, Tally>, shortcodes: {}, warnings: [] }
}

export const copySummary = (summary: Summary): Summary => structuredClone(summary)

export type MappedTerm = { id: string; slug: string }

export type ImportContext = {
  db: Db
  source: string // external_refs.source: "wordpress:<site url>"
  siteUrl: string
  language: Language
  dryRun: boolean
  uploadsDir: string | null
  storage: Storage // where --uploads files go: the site's own media storage
  summary: Summary
  authorsByLogin: Map<string, string> // WordPress login → users.id
  authorsById: Map<string, string> // WordPress user id → users.id (comments by staff)
  authorEmails: Map<string, string> // --authors: WordPress login → existing user's email
  categories: Map<string, MappedTerm & { parentSlug: string; termId: string }> // by WordPress slug
  tags: Map<string, MappedTerm & { termId: string }>
  attachments: Map<string, AttachmentImage> // by WordPress post id, for galleries
  mediaIds: Map<string, string> // WordPress attachment id → media.id, so a post after its image gets it on insert
  // Resolved once the whole file is read: a reply may come before its parent, a post before its image.
  pendingParents: { commentId: string; wpParentId: string; wpCommentId: string }[]
  pendingThumbnails: { articleId: string; wpAttachmentId: string; wpPostId: string }[]
  // Cache tags of what changed, for a running site to refresh (lib/site-refresh.ts); capped to keep memory flat.
  changedTags: Set<string>
  tooManyChangedTags: boolean
}

export const MAX_CHANGED_TAGS = 50_000

export function touch(ctx: ImportContext, ...cacheTags: string[]): void {
  for (const tag of cacheTags) {
    if (ctx.changedTags.size >= MAX_CHANGED_TAGS) ctx.tooManyChangedTags = true
    else ctx.changedTags.add(tag)
  }
}

export function warn(ctx: ImportContext, kind: Kind, message: string): void {
  ctx.summary.counts[kind].warnings++
  if (ctx.summary.warnings.length < MAX_WARNINGS) ctx.summary.warnings.push(message)
}

export function tally(ctx: ImportContext, kind: Kind, outcome: Exclude<keyof Tally, 'warnings'>, by = 1): void {
  ctx.summary.counts[kind][outcome] += by
}
