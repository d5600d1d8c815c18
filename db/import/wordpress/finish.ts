// Links that can only be made once the whole file is read: category parents, replies to comments that came
// later, featured images of posts that came before their attachment, and the archive URLs of terms.
import { and, eq, sql } from 'drizzle-orm'
import { categories } from '@/db/schema'
import { paths } from '@/lib/paths'
import { legacyPath } from '@/lib/wordpress/map'
import { type ImportContext, warn } from './context'
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
    if (image) links.push([articleId, image.localId])
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

/** /category/<parents>/<slug>, ?cat=<id>, /tag/<slug> and ?tag=<slug> → our section and tag pages. */
export async function writeTermRedirects(ctx: ImportContext): Promise<void> {
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
      if (path) rows.push({ fromPath: path, toPath })
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
