// wp:post_type "post" → articles (one revision each import), their tags, comments and old-URL redirects.
import { randomUUID } from 'node:crypto'
import { and, eq, inArray, isNull, like, or, sql } from 'drizzle-orm'
import { articleRevisions, articles, articleTags } from '@/db/schema'
import { tags as cacheTags } from '@/lib/cache-tags'
import { paths } from '@/lib/paths'
import { convertContent, excerptToText } from '@/lib/wordpress/content'
import { type ArticleStatus, POST_STATUSES, checksum, importSlug, itemLanguage, legacyPath, postMeta, wpDate } from '@/lib/wordpress/map'
import type { WxrItem } from '@/lib/wordpress/wxr-types'
import { importComments, type PostComments } from './comments'
import { bulkInsert } from './bulk'
import { type ImportContext, tally, touch, warn } from './context'
import { ensureAuthor } from './people'
import { writeRedirects } from './redirects'
import { findRefs, saveRefs } from './refs'
import { defaultCategory, ensureItemTerms } from './terms'

type NewArticle = typeof articles.$inferInsert

const describe = (item: WxrItem) => `Post ${item.postId || '(no id)'} "${item.title.slice(0, 60)}" (line ${item.line})`

/** Why this item cannot be imported, or null. */
function rejectReason(item: WxrItem): string | null {
  if (!/^\d+$/.test(item.postId)) return 'has no wp:post_id'
  if (!item.status) return 'has no wp:status'
  if (item.status === 'trash') return 'is in the WordPress trash'
  if (!POST_STATUSES[item.status]) return `has the unknown status "${item.status}"`
  if (!item.title.trim() && !item.content.trim()) return 'has neither a title nor content'
  if (item.status !== 'draft' && item.status !== 'auto-draft' && !wpDate(item.postDateGmt, item.postDate)) return 'has no valid wp:post_date'
  return null
}

/** The fields we import, in one object: its checksum tells whether a newer export changed the post. */
function importedFields(ctx: ImportContext, item: WxrItem) {
  return {
    title: item.title.trim(),
    content: item.content,
    excerpt: item.excerpt,
    slug: item.postName,
    status: item.status,
    date: item.postDateGmt || item.postDate,
    modified: item.postModifiedGmt,
    commentStatus: item.commentStatus,
    creator: item.creator,
    terms: item.categories,
    thumbnail: postMeta(item.meta, '_thumbnail_id'),
    password: Boolean(item.postPassword),
    language: ctx.language,
  }
}

export async function importPosts(ctx: ImportContext, items: WxrItem[]): Promise<void> {
  await ensureItemTerms(ctx, items.flatMap((item) => item.categories))
  const refs = await findRefs(ctx, 'post', items.map((item) => item.postId))
  const withComments: PostComments[] = []
  const created: { item: WxrItem; values: NewArticle }[] = []
  const revisions: (typeof articleRevisions.$inferInsert)[] = []
  const tagLinks: { articleId: string; tagId: string }[] = []
  const refRows: { externalId: string; localId: string; checksum: string }[] = []
  const redirectRows: { fromPath: string; toPath: string }[] = []
  const updates: { item: WxrItem; values: NewArticle; hash: string; ref: { localId: string; version: number } }[] = []
  const unchangedThumbnails: (ImportContext['pendingThumbnails'][number] & { version: number })[] = []

  for (const item of items) {
    const reason = rejectReason(item)
    if (reason) {
      tally(ctx, 'post', 'skipped')
      warn(ctx, 'post', `${describe(item)} ${reason}: skipped with its ${item.comments.length} comment(s).`)
      tally(ctx, 'comment', 'skipped', item.comments.length)
      continue
    }
    const hash = checksum(importedFields(ctx, item))
    const ref = refs.get(item.postId)
    const [recordedHash, recordedVersion] = (ref?.checksum ?? '').split(':')
    if (ref && recordedHash === hash) {
      tally(ctx, 'post', 'unchanged')
      withComments.push({ articleId: ref.localId, postId: item.postId, comments: item.comments })
      const thumbnail = postMeta(item.meta, '_thumbnail_id')
      if (thumbnail) unchangedThumbnails.push({ articleId: ref.localId, wpAttachmentId: thumbnail, wpPostId: item.postId, version: Number(recordedVersion) || 1 })
      continue
    }
    const values = await articleValues(ctx, item)
    const articleId = ref?.localId ?? values.id!
    if (ref) updates.push({ item, values, hash, ref: { localId: ref.localId, version: Number(recordedVersion) || 1 } })
    else {
      created.push({ item, values })
      refRows.push({ externalId: item.postId, localId: articleId, checksum: `${hash}:1` })
      tagLinks.push(...tagIds(ctx, item).map((tagId) => ({ articleId, tagId })))
    }
    withComments.push({ articleId, postId: item.postId, comments: item.comments })
  }

  // A new post whose image came earlier in the file gets it in its INSERT: linking it afterwards would write every
  // such article a second time (a new row version, and its search document indexed again).
  const linkLater: { item: WxrItem; articleId: string }[] = []
  for (const { item, values } of created) {
    const thumbnail = postMeta(item.meta, '_thumbnail_id')
    const mediaId = thumbnail ? ctx.mediaIds.get(thumbnail) : undefined
    if (mediaId) {
      values.featuredMediaId = mediaId
      touch(ctx, cacheTags.article(values.id!))
    } else linkLater.push({ item, articleId: values.id! })
  }
  await insertNewArticles(ctx, created.map((c) => c.values))
  for (const { item, values } of created) redirectRows.push(...redirectsFor(ctx, item, values))
  const updated = await applyUpdates(ctx, updates, revisions, tagLinks, refRows, redirectRows)
  for (const { item, articleId } of [...linkLater, ...updated]) {
    const thumbnail = postMeta(item.meta, '_thumbnail_id')
    if (thumbnail) ctx.pendingThumbnails.push({ articleId, wpAttachmentId: thumbnail, wpPostId: item.postId })
  }
  await requeueMissingThumbnails(ctx, unchangedThumbnails)
  await bulkInsert(ctx, articleRevisions, revisions)
  await bulkInsert(ctx, articleTags, tagLinks, sql`on conflict do nothing`)
  await saveRefs(ctx, 'post', refRows)
  await writeRedirects(ctx, redirectRows)
  await importComments(ctx, withComments)
}

/**
 * Featured images are linked when the whole file has been read. A run that stopped before that left some posts
 * without theirs; the next run finds those posts unchanged, so they are queued again here: only those still
 * without an image and not edited here since the import (a newsroom that removed the image meant it).
 */
async function requeueMissingThumbnails(ctx: ImportContext, pending: (ImportContext['pendingThumbnails'][number] & { version: number })[]): Promise<void> {
  if (!pending.length) return
  const rows = await ctx.db
    .select({ id: articles.id, version: articles.version })
    .from(articles)
    .where(and(inArray(articles.id, pending.map((p) => p.articleId)), isNull(articles.featuredMediaId)))
  const missing = new Map(rows.map((row) => [row.id, row.version]))
  for (const { version, ...link } of pending) if (missing.get(link.articleId) === version) ctx.pendingThumbnails.push(link)
}

function tagIds(ctx: ImportContext, item: WxrItem): string[] {
  const ids = item.categories.filter((t) => t.domain === 'post_tag').map((t) => ctx.tags.get(t.slug || t.name)?.id)
  return [...new Set(ids.filter((id): id is string => Boolean(id)))]
}


async function articleValues(ctx: ImportContext, item: WxrItem): Promise<NewArticle> {
  const language = itemLanguage(item.categories, ctx.language)
  const wpCategories = item.categories.filter((t) => t.domain === 'category')
  const primary = wpCategories[0] ? ctx.categories.get(wpCategories[0].slug || wpCategories[0].name) : undefined
  const category = primary ?? (await defaultCategory(ctx))
  if (wpCategories.length > 1) warn(ctx, 'post', `${describe(item)} is in ${wpCategories.length} categories: filed under "${category.slug}" (the first); the others are not kept.`)
  const converted = convertContent(item.content, (id) => ctx.attachments.get(id))
  for (const name of converted.unknownShortcodes) ctx.summary.shortcodes[name] = (ctx.summary.shortcodes[name] ?? 0) + 1
  if (converted.missingAttachments.length) warn(ctx, 'post', `${describe(item)}: its gallery names attachments ${converted.missingAttachments.join(', ')}, not found before it in the export.`)
  let status: ArticleStatus = POST_STATUSES[item.status]!
  if (item.postPassword && (status === 'published' || status === 'scheduled')) {
    status = 'draft' // password-protected in WordPress: publishing it would show it to everyone
    warn(ctx, 'post', `${describe(item)} was password-protected: imported as a draft.`)
  }
  const date = wpDate(item.postDateGmt, item.postDate)
  const title = item.title.trim() || `WordPress #${item.postId}`
  return {
    id: randomUUID(),
    slug: importSlug(item.postName, title, `article-${item.postId}`),
    language,
    title,
    excerpt: excerptToText(item.excerpt),
    bodyHtml: converted.html,
    categoryId: category.id,
    authorId: await ensureAuthor(ctx, item.creator),
    status,
    publishedAt: status === 'published' || status === 'archived' ? date : null,
    scheduledAt: status === 'scheduled' ? date : null,
    commentsOpen: item.commentStatus !== 'closed',
    createdAt: date ?? new Date(),
    updatedAt: parseModified(item) ?? date ?? new Date(),
  }
}

const parseModified = (item: WxrItem) => wpDate(item.postModifiedGmt, '')

/** Slugs are unique: a clash with an existing article (or another post of this batch) gets a number. */
async function insertNewArticles(ctx: ImportContext, created: NewArticle[]): Promise<void> {
  if (!created.length) return
  const bases = [...new Set(created.map((a) => a.slug))]
  const taken = new Set(
    (await ctx.db.select({ slug: articles.slug }).from(articles).where(or(...bases.map((base) => or(eq(articles.slug, base), like(articles.slug, `${base}-%`))))))
      .map((row) => row.slug),
  )
  for (const values of created) {
    const base = values.slug
    for (let n = 2; taken.has(values.slug); n++) values.slug = `${base}-${n}`
    taken.add(values.slug)
    touch(ctx, cacheTags.slug(values.slug)) // a running site may have cached "no such article" for this address
  }
  await bulkInsert(ctx, articles, created)
  tally(ctx, 'post', 'created', created.length)
}

function redirectsFor(ctx: ImportContext, item: WxrItem, values: NewArticle): { fromPath: string; toPath: string }[] {
  const category = [...ctx.categories.values()].find((c) => c.id === values.categoryId)
  if (!category) return []
  const toPath = paths.article({ language: values.language ?? ctx.language, categorySlug: category.slug, slug: values.slug })
  const from = [legacyPath(item.link, ctx.siteUrl), `/?p=${item.postId}`]
  return from.filter((path): path is string => Boolean(path)).map((fromPath) => ({ fromPath, toPath }))
}

/**
 * Compare-and-set: the version read at the last import is in the WHERE clause, so an editor saving between the
 * import's read and its write wins (zero rows match) instead of being overwritten. True when the row was updated.
 */
export async function updateUnlessEdited(db: ImportContext['db'], id: string, importedVersion: number, changes: Partial<NewArticle>): Promise<boolean> {
  const [row] = await db
    .update(articles)
    .set({ ...changes, version: sql`${articles.version} + 1` })
    .where(and(eq(articles.id, id), eq(articles.version, importedVersion)))
    .returning({ id: articles.id })
  return Boolean(row)
}

/**
 * A newer export updates what changed, unless the article was edited here since the last import (its version
 * moved on): the newsroom's edits win and the post is reported.
 */
async function applyUpdates(
  ctx: ImportContext,
  updates: { item: WxrItem; values: NewArticle; hash: string; ref: { localId: string; version: number } }[],
  revisions: (typeof articleRevisions.$inferInsert)[],
  tagLinks: { articleId: string; tagId: string }[],
  refRows: { externalId: string; localId: string; checksum: string }[],
  redirectRows: { fromPath: string; toPath: string }[],
): Promise<{ item: WxrItem; articleId: string }[]> {
  if (!updates.length) return []
  const current = new Map(
    (
      await ctx.db
        .select({ id: articles.id, version: articles.version, slug: articles.slug, title: articles.title, excerpt: articles.excerpt, bodyHtml: articles.bodyHtml, bodyJson: articles.bodyJson, authorId: articles.authorId })
        .from(articles)
        .where(inArray(articles.id, updates.map((u) => u.ref.localId)))
    )
      .map((row) => [row.id, row]),
  )
  const done: { item: WxrItem; articleId: string }[] = []
  for (const { item, values, hash, ref } of updates) {
    const article = current.get(ref.localId)
    if (!article || article.version !== ref.version) {
      tally(ctx, 'post', 'skipped')
      warn(ctx, 'post', `${describe(item)} changed in WordPress but was ${article ? 'edited' : 'deleted'} in Kiosque since the last import: left as it is here.`)
      continue
    }
    const version = article.version + 1
    const { id: _id, slug: _slug, createdAt: _createdAt, ...changes } = values // the URL readers know stays
    if (!(await updateUnlessEdited(ctx.db, article.id, ref.version, changes))) {
      tally(ctx, 'post', 'skipped')
      warn(ctx, 'post', `${describe(item)} changed in WordPress but was edited in Kiosque during the import: left as it is here.`)
      continue
    }
    await ctx.db.delete(articleTags).where(eq(articleTags.articleId, article.id))
    // The text this import replaces stays in the history ("import" revision), so nothing written before is lost.
    const { id: articleId, version: previous, slug: _s, ...before } = article
    revisions.push({ articleId, version: previous, reason: 'import', ...before })
    tagLinks.push(...tagIds(ctx, item).map((tagId) => ({ articleId: article.id, tagId })))
    refRows.push({ externalId: item.postId, localId: article.id, checksum: `${hash}:${version}` })
    redirectRows.push(...redirectsFor(ctx, item, { ...values, slug: article.slug }))
    tally(ctx, 'post', 'updated')
    touch(ctx, cacheTags.article(article.id), cacheTags.slug(article.slug))
    done.push({ item, articleId: article.id })
  }
  return done
}
