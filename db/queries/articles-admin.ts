import 'server-only'
// Newsroom writes on articles. Every content write is a compare-and-set on `version`, with ownership, status and
// the editing lock in the same WHERE clause: a stale or forbidden save matches zero rows and is then explained.
import { randomUUID } from 'node:crypto'
import { and, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm'
import { articleTags as articleTagsFor, tags as cacheTags } from '@/lib/cache-tags'
import { canEditContent } from '@/lib/editor/workflow'
import { UserError } from '@/lib/errors'
import { sanitizeArticleHtml } from '@/lib/html'
import { normalizeRedirectPath, paths } from '@/lib/paths'
import { can, type Viewer } from '@/lib/permissions'
import { slugify } from '@/lib/slug'
import { db, type Db } from '../index'
import { articleTags, articles, categories, type Language, LANGUAGES, type LocalizedText, redirects, tags, users } from '../schema'
import { recordRevision, type RevisionReason } from './revisions'

export type Executor = Pick<Db, 'select' | 'insert' | 'update' | 'delete'>

import { LOCK_TTL_MS } from '@/lib/editor/lock'

export { LOCK_TTL_MS }

export type ArticleFields = {
  title: string
  slug: string
  excerpt: string
  bodyHtml: string
  categoryId: string
  language: Language
  tagNames: string[]
  translationOf: string // slug of the article this one translates; '' for none
  sourceCredit: string
  featuredMediaId: string | null
  seoTitle: string
  seoDescription: string
  commentsOpen: boolean
  authorId?: string // editors only; ignored for others
}

/**
 * 'resolve': the author chose their text in a conflict view; the text it replaces is kept as a revision first.
 * lockSession: the editor page that sends the save (see acquireLock).
 */
export type SaveInput = ArticleFields & { id: string; version: number; mode: 'autosave' | 'manual' | 'resolve'; lockSession: string }

export type TheirVersion = { version: number; title: string; excerpt: string; bodyHtml: string; updatedAt: string }
export type SaveOutcome =
  | { status: 'saved'; version: number; slug: string; savedAt: string }
  | { status: 'conflict'; theirs: TheirVersion }
  | { status: 'lockLost'; holderName: string }
  | { status: 'readOnly'; articleStatus: string }

/** Where an article is and what lists it sits in: what to revalidate before and after a change. */
export async function loadTagged(executor: Executor, id: string) {
  const [row] = await executor
    .select({
      id: articles.id,
      slug: articles.slug,
      language: articles.language,
      status: articles.status,
      authorId: articles.authorId,
      categorySlug: categories.slug,
      authorSlug: users.slug,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(eq(articles.id, id))
    .limit(1)
  if (!row) return null
  const tagRows = await executor
    .select({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
  return { ...row, tagSlugs: tagRows.map((t) => t.slug) }
}
export type Tagged = NonNullable<Awaited<ReturnType<typeof loadTagged>>>

export function tagsOf(...states: (Tagged | null)[]): string[] {
  const out = new Set<string>()
  for (const state of states) {
    if (!state) continue
    for (const tag of articleTagsFor(state)) out.add(tag)
    for (const slug of state.tagSlugs) out.add(cacheTags.tag(slug))
  }
  return [...out]
}

/** A slug no other article uses: "budget", then "budget-2", "budget-3"… */
export async function availableSlug(executor: Executor, wanted: string, exceptId?: string): Promise<string> {
  const base = slugify(wanted) || 'article'
  const rows = await executor
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(sql`${articles.slug} like ${`${base}%`}`, exceptId ? ne(articles.id, exceptId) : undefined))
  const taken = new Set(rows.map((r) => r.slug))
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

export async function createArticle(viewer: Viewer, input: { title: string; categoryId: string; language: Language }) {
  return db.transaction(async (tx) => {
    const slug = await availableSlug(tx, input.title)
    const [row] = await tx
      .insert(articles)
      .values({ title: input.title, slug, categoryId: input.categoryId, language: input.language, authorId: viewer.id, lockedById: viewer.id, lockedAt: new Date() })
      .returning({ id: articles.id, version: articles.version })
    if (!row) throw new Error('insert returned no row')
    await recordRevision(tx, { articleId: row.id, version: row.version, title: input.title, excerpt: '', bodyHtml: '', authorId: viewer.id }, 'create')
    return row
  })
}

/**
 * The editor's comma-separated tags, typed in the article's language. A name is an existing tag when it is that
 * tag's name in any language or slugifies to its slug, so "Jobs" on an English article is the tag "Emploi" whose
 * English name is Jobs (the editor shows names in the article's language). A name nobody used yet becomes a tag
 * named in French, the fallback every language needs, and in the article's language.
 */
async function setArticleTags(executor: Executor, articleId: string, names: string[], language: Language) {
  const wanted = new Map<string, string>() // slug → typed name
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    const slug = slugify(name)
    if (slug && !wanted.has(slug)) wanted.set(slug, name)
  }
  await executor.delete(articleTags).where(eq(articleTags.articleId, articleId))
  if (!wanted.size) return
  const typed = [...wanted.values()]
  const known = await executor
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(or(inArray(tags.slug, [...wanted.keys()]), ...LANGUAGES.map((code) => inArray(sql`${tags.name}->>${code}::text`, typed))))
  const ids = new Set<string>()
  const missing: { slug: string; name: LocalizedText }[] = []
  for (const [slug, name] of wanted) {
    const match =
      known.find((tag) => tag.name[language] === name) ??
      known.find((tag) => LANGUAGES.some((code) => tag.name[code] === name)) ??
      known.find((tag) => tag.slug === slug)
    if (match) ids.add(match.id)
    else missing.push({ slug, name: { fr: name, [language]: name } })
  }
  if (missing.length) {
    // Inline creation; a tag another save created meanwhile is used as it is.
    await executor.insert(tags).values(missing).onConflictDoNothing({ target: tags.slug })
    const created = await executor.select({ id: tags.id }).from(tags).where(inArray(tags.slug, missing.map((tag) => tag.slug)))
    for (const row of created) ids.add(row.id)
  }
  await executor.insert(articleTags).values([...ids].map((tagId) => ({ articleId, tagId })))
}

async function translationGroupFor(executor: Executor, articleId: string, otherSlug: string): Promise<string | null> {
  if (!otherSlug) return null
  const [other] = await executor
    .select({ id: articles.id, group: articles.translationGroupId })
    .from(articles)
    .where(and(eq(articles.slug, otherSlug), ne(articles.id, articleId), isNull(articles.deletedAt)))
    .limit(1)
  if (!other) throw new UserError('newsroom.errors.translationNotFound', { slug: otherSlug })
  if (other.group) return other.group
  const group = randomUUID()
  await executor.update(articles).set({ translationGroupId: group }).where(eq(articles.id, other.id))
  return group
}

/** Readers' bookmarks and other sites' links to a published article keep working after its URL changes. */
export async function redirectOldPath(executor: Executor, before: Tagged, after: Tagged): Promise<boolean> {
  const from = paths.article(before)
  const to = paths.article(after)
  if (before.status !== 'published' || from === to) return false
  await executor.delete(redirects).where(eq(redirects.fromPath, normalizeRedirectPath(to))) // the new URL is live again
  await executor.update(redirects).set({ toPath: to }).where(eq(redirects.toPath, from)) // no redirect chains
  await executor
    .insert(redirects)
    .values({ fromPath: normalizeRedirectPath(from), toPath: to, statusCode: 301 })
    .onConflictDoUpdate({ target: redirects.fromPath, set: { toPath: to } })
  return true
}

/**
 * Newest published first, nulls last as articles_status_published_idx is built, so a list with a LIMIT reads the
 * index from its top instead of sorting every published article (100,000 on the large bench corpus).
 */
export const newestPublishedFirst = sql`${articles.publishedAt} desc nulls last`

export const editableBy = (viewer: Viewer) =>
  can(viewer, 'article.editAny') ? undefined : and(eq(articles.authorId, viewer.id), eq(articles.status, 'draft'))

export const lockFreeFor = (viewer: Viewer, now: Date) =>
  or(isNull(articles.lockedById), eq(articles.lockedById, viewer.id), lt(articles.lockedAt, new Date(now.getTime() - LOCK_TTL_MS)))

/** The lock is free because this editor page let it go (its beacon arrived before a request it had sent). */
export const releasedBy = (session: string) => sql`(${articles.lockedById} is null and ${articles.lockSession} is not distinct from ${session}::uuid)`

/**
 * The lock after a save or a heartbeat from an editor page: the viewer's, held by the page that already holds it
 * (another tab of theirs) or else by this one; still free if this page let it go, so that an autosave in flight
 * when the tab closed saves its text without locking the article for two minutes.
 */
export const lockAfterEdit = (viewer: Viewer, session: string, now: Date) => ({
  lockedById: sql`case when ${releasedBy(session)} then null else ${viewer.id}::uuid end`,
  lockedAt: sql`case when ${releasedBy(session)} then null else ${now.toISOString()}::timestamptz end`,
  lockSession: sql`coalesce(case when ${articles.lockedById} = ${viewer.id} then ${articles.lockSession} end, ${session}::uuid)`,
})

/**
 * Saves an article's content if, and only if, the author saw the latest version, may edit it and holds (or may
 * take) the editing lock. A refused save is never dropped: its text is kept as a revision and the outcome says why.
 */
export async function saveArticle(viewer: Viewer, input: SaveInput, now = new Date()): Promise<{ outcome: SaveOutcome; revalidate: string[] }> {
  const bodyHtml = sanitizeArticleHtml(input.bodyHtml)
  try {
    return await db.transaction(async (tx) => {
      const [clash] = await tx
        .select({ title: articles.title })
        .from(articles)
        .where(and(eq(articles.slug, input.slug), ne(articles.id, input.id)))
        .limit(1)
      if (clash) throw new UserError('newsroom.errors.slugTaken', { title: clash.title })

      const before = await loadTagged(tx, input.id)
      if (!before) throw new UserError('newsroom.errors.articleNotFound')
      if (input.mode === 'resolve') await keepCurrentAsRevision(tx, input.id, input.version, now)
      const translationGroupId = await translationGroupFor(tx, input.id, input.translationOf)
      const reassign = can(viewer, 'article.editAny') && input.authorId ? { authorId: input.authorId } : {}

      const [row] = await tx
        .update(articles)
        .set({
          title: input.title,
          slug: input.slug,
          excerpt: input.excerpt,
          bodyHtml,
          categoryId: input.categoryId,
          language: input.language,
          sourceCredit: input.sourceCredit || null,
          featuredMediaId: input.featuredMediaId,
          seoTitle: input.seoTitle || null,
          seoDescription: input.seoDescription || null,
          commentsOpen: input.commentsOpen,
          ...(input.translationOf ? { translationGroupId } : {}),
          ...reassign,
          version: sql`${articles.version} + 1`,
          ...lockAfterEdit(viewer, input.lockSession, now),
          contentUpdatedAt: sql`case when ${articles.status} = 'published' then ${now.toISOString()}::timestamptz else ${articles.contentUpdatedAt} end`,
          updatedAt: now,
        })
        .where(
          and(
            eq(articles.id, input.id),
            eq(articles.version, input.version), // compare-and-set: only the version the author saw
            isNull(articles.deletedAt),
            editableBy(viewer),
            lockFreeFor(viewer, now),
          ),
        )
        .returning({ version: articles.version, slug: articles.slug, title: articles.title, excerpt: articles.excerpt })
      const rejected = { articleId: input.id, version: input.version, title: input.title, excerpt: input.excerpt, bodyHtml, authorId: viewer.id }
      if (!row) return { outcome: await explainRefusal(tx, viewer, input.id, rejected, now), revalidate: [] }

      await setArticleTags(tx, input.id, input.tagNames, input.language)
      const after = await loadTagged(tx, input.id)
      const moved = after ? await redirectOldPath(tx, before, after) : false
      const reason: RevisionReason = input.mode === 'autosave' ? 'autosave' : 'save'
      await recordRevision(tx, { ...rejected, version: row.version, title: row.title, excerpt: row.excerpt }, reason, now)
      const revalidate = tagsOf(before, after)
      if (moved) revalidate.push(cacheTags.redirects)
      return { outcome: { status: 'saved', version: row.version, slug: row.slug, savedAt: now.toISOString() }, revalidate }
    })
  } catch (error) {
    // Two saves racing for one new slug: the unique index decides, and the loser gets the same clear sentence.
    if (isUniqueViolation(error, 'articles_slug_key')) throw new UserError('newsroom.errors.slugTakenRace')
    throw error
  }
}

async function keepCurrentAsRevision(tx: Executor, id: string, version: number, now: Date) {
  const [current] = await tx
    .select({ title: articles.title, excerpt: articles.excerpt, bodyHtml: articles.bodyHtml, authorId: articles.lockedById })
    .from(articles)
    .where(and(eq(articles.id, id), eq(articles.version, version)))
  if (current) await recordRevision(tx, { articleId: id, version, ...current }, 'conflict', now)
}

async function explainRefusal(
  tx: Executor,
  viewer: Viewer,
  id: string,
  rejected: Parameters<typeof recordRevision>[1],
  now: Date,
): Promise<SaveOutcome> {
  const [current] = await tx
    .select({
      version: articles.version,
      title: articles.title,
      excerpt: articles.excerpt,
      bodyHtml: articles.bodyHtml,
      updatedAt: articles.updatedAt,
      status: articles.status,
      authorId: articles.authorId,
      deletedAt: articles.deletedAt,
      lockedById: articles.lockedById,
      lockedAt: articles.lockedAt,
      holderName: users.name,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.lockedById))
    .where(eq(articles.id, id))
    .limit(1)
  if (!current || current.deletedAt) throw new UserError('newsroom.errors.articleNotFound')
  if (!canEditContent(viewer, current)) {
    await recordRevision(tx, rejected, 'conflict', now)
    return { status: 'readOnly', articleStatus: current.status }
  }
  const lockHeld = current.lockedById && current.lockedById !== viewer.id && current.lockedAt && now.getTime() - current.lockedAt.getTime() < LOCK_TTL_MS
  if (lockHeld) {
    await recordRevision(tx, rejected, 'takeover', now) // their text survives the takeover
    return { status: 'lockLost', holderName: current.holderName ?? '' }
  }
  await recordRevision(tx, rejected, 'conflict', now)
  return {
    status: 'conflict',
    theirs: { version: current.version, title: current.title, excerpt: current.excerpt, bodyHtml: current.bodyHtml, updatedAt: current.updatedAt.toISOString() },
  }
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint_name: name, constraint: other } = e as { code?: string; constraint_name?: string; constraint?: string }
    if (code === '23505' && (name === constraint || other === constraint)) return true
  }
  return false
}
