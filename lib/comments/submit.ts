import 'server-only'
import { createHash } from 'node:crypto'
import { z } from 'zod'
import {
  findCommentByIdempotencyKey,
  getArticleForComments,
  getCommentCheckFacts,
  getCommentRules,
  insertCommentOnce,
  isVisibleParent,
} from '@/db/queries/comments'
import type { COMMENT_STATUSES } from '@/db/schema'
import type { MessageKey } from '@/lib/i18n/dictionaries'
import type { Viewer } from '@/lib/permissions'
import { consumeCommentAllowance } from './rate-limits'
import { areCommentsClosed, decideComment, findActiveBan } from './rules'
import { formTokenSecret } from './secret'
import { cleanCommentName, cleanCommentText, normalizeAuthorUrl } from './text'
import { readFormToken } from './token'

// The one comment form, as /api/comments receives it from the page, with JavaScript (JSON answers) or without.
// Lengths here are hard ceilings against abuse; the configurable limits are applied in decideComment().
export const commentFormSchema = z.object({
  articleId: z.uuid(),
  parentId: z.union([z.uuid(), z.literal('')]).optional(),
  body: z.string().max(100_000),
  name: z.string().max(500).transform(cleanCommentName).pipe(z.string().min(1).max(100)),
  email: z.email().max(254),
  url: z
    .string()
    .trim()
    .max(500)
    .refine((value) => !value || normalizeAuthorUrl(value) !== null)
    .optional()
    .default(''),
  website_confirm: z.string().max(2000).optional(), // the honeypot: hidden from people
  token: z.string().max(200).optional(),
  remember: z.literal('on').optional(),
})
export type CommentForm = z.infer<typeof commentFormSchema>

type StoredComment = { id: string; status: (typeof COMMENT_STATUSES)[number]; shadow: boolean }
export type SubmitContext = { viewer: Viewer | null; ip: string; userAgent: string | null; now: Date }

export type SubmitOutcome =
  | {
      ok: true
      comment: StoredComment
      article: { id: string; slug: string; language: 'fr' | 'en' | 'ar'; categorySlug: string }
      /** Shown to the author only: held for moderation, or shadow-banned (which must look published to them). */
      hiddenFromOthers: boolean
    }
  | { ok: false; error: MessageKey; values?: Record<string, string | number>; status: number }

// Two submits of one form in the same instance share one run; the unique index covers everything else.
const inFlight = new Map<string, Promise<SubmitOutcome>>()

function derivedKey(form: CommentForm, email: string): string {
  const digest = createHash('sha256').update([form.articleId, form.parentId ?? '', email, form.body].join('\u0000')).digest('hex')
  return `content:${digest}`
}

export async function submitComment(form: CommentForm, context: SubmitContext): Promise<SubmitOutcome> {
  const token = readFormToken(form.token, formTokenSecret())
  // Staff post under their account, whatever the form says.
  const staff = context.viewer
  const name = staff?.name ?? form.name
  const email = (staff?.email ?? form.email).toLowerCase()
  const url = staff ? null : normalizeAuthorUrl(form.url)
  // Without a valid token (a page from before the token arrived, or a bot) a double submit is still recognised by its content.
  const key = token?.nonce ?? derivedKey(form, email)

  const running = inFlight.get(key)
  if (running) return running
  const run = submitOnce(form, context, { key, renderedAt: token?.renderedAt ?? null, name, email, url })
  inFlight.set(key, run)
  try {
    return await run
  } finally {
    inFlight.delete(key)
  }
}

async function submitOnce(
  form: CommentForm,
  context: SubmitContext,
  who: { key: string; renderedAt: Date | null; name: string; email: string; url: string | null },
): Promise<SubmitOutcome> {
  const article = await getArticleForComments(form.articleId)
  if (!article) return { ok: false, error: 'comments.errors.articleGone', status: 404 }
  const published = (comment: StoredComment): SubmitOutcome => ({
    ok: true,
    comment,
    article,
    hiddenFromOthers: comment.status !== 'approved' || comment.shadow,
  })

  // The same form sent again after it was stored (a double submit, a retried request, the same post from another
  // instance) answers as the first one did. Looked up only when the post would be refused: a first post, the
  // common case, finds nothing, and its insert is keyed on the same idempotency key anyway.
  const refuse = async (refusal: Extract<SubmitOutcome, { ok: false }>): Promise<SubmitOutcome> => {
    const replay = await findCommentByIdempotencyKey(who.key)
    return replay && replay.articleId === article.id ? published(replay) : refusal
  }

  const settings = await getCommentRules()
  if (areCommentsClosed(article, settings.closeAfterDays, context.now)) return refuse({ ok: false, error: 'comments.errors.closed', status: 403 })
  const parentId = form.parentId || null
  if (parentId && !(await isVisibleParent(parentId, article.id))) return refuse({ ok: false, error: 'comments.errors.parentGone', status: 422 })

  const body = cleanCommentText(form.body)
  const staff = context.viewer !== null
  const checks = staff
    ? { bans: [], hasApprovedBefore: true, duplicate: false }
    : await getCommentCheckFacts({ articleId: article.id, email: who.email, body, now: context.now })
  if (!checks) return { ok: false, error: 'comments.errors.articleGone', status: 404 }
  const facts = {
    body,
    email: who.email,
    ip: context.ip,
    honeypot: form.website_confirm ?? null,
    renderedAt: who.renderedAt,
    now: context.now,
    staff,
    activeBan: findActiveBan(checks.bans, who.email, context.ip, context.now),
    retryAfterSeconds: null,
    duplicate: checks.duplicate,
    hasApprovedBefore: checks.hasApprovedBefore,
  }
  let decision = decideComment(facts, settings)
  if (decision.kind === 'accept' && !staff) {
    // Counted only for posts that would otherwise be accepted: a typo in the email does not cost the reader a turn.
    const wait = await consumeCommentAllowance(context.ip, who.email, settings)
    if (wait !== null) decision = decideComment({ ...facts, retryAfterSeconds: wait }, settings)
  }
  if (decision.kind === 'reject') return refuse({ ok: false, error: decision.error, values: decision.values, status: decision.status })

  const stored = await insertCommentOnce({
    articleId: article.id,
    parentId,
    authorName: who.name,
    authorEmail: who.email,
    authorUrl: who.url,
    userId: context.viewer?.id ?? null,
    body,
    status: decision.status,
    shadow: decision.shadow,
    ip: context.ip,
    userAgent: context.userAgent?.slice(0, 500) ?? null,
    idempotencyKey: who.key,
  })
  return published(stored)
}
