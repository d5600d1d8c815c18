// Links that can only be made once the whole file is read: category parents, replies to comments that came
// later, featured images of posts that came before their attachment, and the archive and feed URLs.
import { and, eq, inArray, sql } from 'drizzle-orm'
import { categories, users } from '@/db/schema'
import { tags as cacheTags } from '@/lib/cache-tags'
import { paths } from '@/lib/paths'
import { authorNicename, legacyPath } from '@/lib/wordpress/map'
import { type ImportContext, touch, warn } from './context'
import { writeRedirects } from './redirects'
import { findRefs } from './refs'

export async function linkCategoryParents(ctx: ImportContext): Promise<void> {
  for (const [wpSlug, category] of ctx.categories) {
    if (!category.parentSlug) continue
    const parent = ctx.categories.get(category.parentSlug)
    if (!parent) {
      warn(ctx, 'category', `Category "${wpSlug}" names the parent "${category.parentSlug}", which is not in the export: left at the top level.`)
      continue
    }
    await ctx.db.update(categories).set({ parentId: parent.id }).where(and(eq(categories.id, category.id), sql`${categories.parentId} is distinct from ${parent.id}`))
  }
}

export async function linkCommentParents(ctx: ImportContext): Promise<void> {
  const pending = ctx.pendingParents.splice(0)
  const refs = await findRefs(ctx, 'comment', pending.map((p) => p.wpParentId))
  const links: [string, string][] = []
  for (const { commentId, wpParentId, wpCommentId } of pending) {
    const parent = refs.get(wpParentId)
    if (parent) links.push([commentId, parent.localId])
    else warn(ctx, 'comment', `Comment ${wpCommentId} replies to comment ${wpParentId}, which is not in the export: shown as a top-level comment.`)
  }
  await setColumnByIds(ctx, 'comments', 'parent_id', links)
}

export async function linkFeaturedImages(ctx: ImportContext): Promise<void> {
  const pending = ctx.pendingThumbnails.splice(0)
  const refs = await findRefs(ctx, 'attachment', pending.map((p) => p.wpAttachmentId))
  const links: [string, string][] = []
  for (const { articleId, wpAttachmentId, wpPostId } of pending) {
    const image = refs.get(wpAttachmentId)
    if (image) {
      links.push([articleId, image.localId])
      touch(ctx, cacheTags.article(articleId))
    }
    else warn(ctx, 'post', `Post ${wpPostId}: its featured image (attachment ${wpAttachmentId}) is not in the export.`)
  }
  await setColumnByIds(ctx, 'articles', 'featured_media_id', links)
}

/** One UPDATE … FROM (VALUES …) per 500 rows, touching only rows whose value differs (a re-run writes nothing). */
async function setColumnByIds(ctx: ImportContext, table: 'comments' | 'articles', column: 'parent_id' | 'featured_media_id', pairs: [id: string, value: string][]) {
  for (let start = 0; start < pairs.length; start += 500) {
    const values = sql.join(pairs.slice(start, start + 500).map(([id, value]) => sql`(${id}::uuid, ${value}::uuid)`), sql`, `)
    await ctx.db.execute(sql`
      update ${sql.identifier(table)} as t set ${sql.identifier(column)} = v.value
      from (values ${values}) as v(id, value)
      where t.id = v.id and t.${sql.identifier(column)} is distinct from v.value`)
  }
}

/**
 * WordPress's archive addresses → our pages: /category/<parents>/<slug> (and its /feed), ?cat=<id>, /tag/<slug>,
 * ?tag=<slug>, /author/<nicename>, ?author=<id>, and the site feed. Paginated archives (…/page/3) need no row of
 * their own: findRedirect sends them to the first page of the same listing.
 */
export async function writeArchiveRedirects(ctx: ImportContext): Promise<void> {
  await writeTermRedirects(ctx)
  await writeAuthorRedirects(ctx)
  const feed = `${paths.home(ctx.language)}/feed.xml`
  await writeRedirects(ctx, ['/feed', '/feed/rss2', '/feed/atom'].map((fromPath) => ({ fromPath, toPath: feed })))
}

async function writeTermRedirects(ctx: ImportContext): Promise<void> {
  const rows: { fromPath: string; toPath: string }[] = []
  const wpPath = (wpSlug: string, seen = new Set<string>()): string => {
    const parent = ctx.categories.get(wpSlug)?.parentSlug
    if (!parent || seen.has(parent) || !ctx.categories.has(parent)) return wpSlug
    seen.add(wpSlug)
    return `${wpPath(parent, seen)}/${wpSlug}`
  }
  for (const [wpSlug, category] of ctx.categories) {
    const toPath = paths.category(ctx.language, category.slug)
    for (const from of new Set([`/category/${wpPath(wpSlug)}`, `/category/${wpSlug}`])) {
      const path = legacyPath(from, '')
      if (path) rows.push({ fromPath: path, toPath }, { fromPath: `${path}/feed`, toPath: `${toPath}/feed.xml` })
    }
    if (category.termId) rows.push({ fromPath: `/?cat=${category.termId}`, toPath })
  }
  for (const [wpSlug, tag] of ctx.tags) {
    const toPath = paths.tag(ctx.language, tag.slug)
    const path = legacyPath(`/tag/${wpSlug}`, '')
    if (path) rows.push({ fromPath: path, toPath })
    rows.push({ fromPath: legacyPath(`/?tag=${wpSlug}`, '') ?? `/?tag=${wpSlug}`, toPath })
  }
  await writeRedirects(ctx, rows)
}

async function writeAuthorRedirects(ctx: ImportContext): Promise<void> {
  const userIds = [...new Set([...ctx.authorsByLogin.values(), ...ctx.authorsById.values()])]
  if (!userIds.length) return
  const slugs = new Map((await ctx.db.select({ id: users.id, slug: users.slug }).from(users).where(inArray(users.id, userIds))).map((row) => [row.id, row.slug]))
  const rows: { fromPath: string; toPath: string }[] = []
  for (const [login, userId] of ctx.authorsByLogin) {
    const slug = slugs.get(userId)
    if (!slug || login === '(none)') continue // the placeholder for posts without an author had no archive
    for (const from of new Set([authorNicename(login), login])) {
      const path = from ? legacyPath(`/author/${encodeURIComponent(from)}`, '') : null
      if (path) rows.push({ fromPath: path, toPath: paths.author(ctx.language, slug) })
    }
  }
  for (const [wpId, userId] of ctx.authorsById) {
    const slug = slugs.get(userId)
    if (slug && /^\d+$/.test(wpId)) rows.push({ fromPath: `/?author=${wpId}`, toPath: paths.author(ctx.language, slug) })
  }
  await writeRedirects(ctx, rows)
}
