// The article workflow: which status change each role may make, from which states. Pure, tested as a table in
// workflow.test.ts. The same rules are repeated in the UPDATE's WHERE (db/queries/articles-admin.ts), so a stale
// page or a forged request matches zero rows instead of moving an article it should not.
import { can, type Viewer } from '@/lib/permissions'
import type { ARTICLE_STATUSES } from '@/db/schema'

export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]
export const TRANSITIONS = ['submit', 'recall', 'withdraw', 'publish', 'schedule', 'unpublish', 'archive', 'reopen'] as const
export type Transition = (typeof TRANSITIONS)[number]

// editorsOnly: the desk's decisions. authorsOnly: offered to the author when they are not on the desk (the desk has
// its own button for the same move).
type Rule = { from: readonly ArticleStatus[]; to: ArticleStatus; editorsOnly: boolean; authorsOnly?: true }

export const WORKFLOW: Record<Transition, Rule> = {
  submit: { from: ['draft'], to: 'in_review', editorsOnly: false }, // journalist hands over to the desk
  recall: { from: ['in_review'], to: 'draft', editorsOnly: false, authorsOnly: true }, // the author takes it back to fix it
  withdraw: { from: ['in_review'], to: 'draft', editorsOnly: true }, // the desk sends it back to the author for changes
  publish: { from: ['draft', 'in_review', 'scheduled'], to: 'published', editorsOnly: true },
  schedule: { from: ['draft', 'in_review', 'scheduled'], to: 'scheduled', editorsOnly: true },
  unpublish: { from: ['published', 'scheduled'], to: 'draft', editorsOnly: true },
  archive: { from: ['published'], to: 'archived', editorsOnly: true },
  reopen: { from: ['archived'], to: 'draft', editorsOnly: true },
}

type Subject = { authorId: string; status: ArticleStatus }

/** May this person make this status change on this article now? */
export function canTransition(viewer: Viewer | null, transition: Transition, article: Subject): boolean {
  const rule = WORKFLOW[transition]
  if (!rule.from.includes(article.status)) return false
  if (rule.editorsOnly) return can(viewer, 'article.publish')
  if (rule.authorsOnly && can(viewer, 'article.publish')) return false
  return can(viewer, 'article.submit', article)
}

/** Transitions to offer as buttons for this article. */
export function availableTransitions(viewer: Viewer, article: Subject): Transition[] {
  return TRANSITIONS.filter((transition) => canTransition(viewer, transition, article))
}

/**
 * May this person change the article's content? Editors: always. Journalists: their own drafts only; once
 * submitted, the desk owns it until it is sent back.
 */
export function canEditContent(viewer: Viewer | null, article: Subject): boolean {
  if (can(viewer, 'article.editAny')) return true
  return can(viewer, 'article.edit', article) && article.status === 'draft'
}
