// Categories (with parents) and tags, merged by slug with what the newsroom already has.
import { eq, inArray, sql } from 'drizzle-orm'
import { categories, type LocalizedText, tags } from '@/db/schema'
import { tags as cacheTags } from '@/lib/cache-tags'
import { checksum, importSlug } from '@/lib/wordpress/map'
import type { WxrCategory, WxrTag } from '@/lib/wordpress/wxr-types'
import { type ImportContext, tally, touch, warn } from './context'
import { findRefs, saveRefs } from './refs'

const LINKED = 'linked' // a term that already existed here with the same slug: used, never overwritten

async function slugsById(ctx: ImportContext, table: typeof categories | typeof tags, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const rows = await ctx.db.select({ id: table.id, slug: table.slug }).from(table).where(inArray(table.id, ids))
  return new Map(rows.map((row) => [row.id, row.slug]))
}

export async function importCategories(ctx: ImportContext, records: WxrCategory[]): Promise<void> {
  const refs = await findRefs(ctx, 'category', records.map((r) => r.slug))
  const localSlugs = await slugsById(ctx, categories, [...refs.values()].map((ref) => ref.localId))
  for (const record of records) {
    if (!record.slug && !record.name) {
      tally(ctx, 'category', 'skipped')
      warn(ctx, 'category', `Category ${record.termId || '(no id)'} has neither a slug nor a name: skipped.`)
      continue
    }
    const wpSlug = record.slug || record.name
    const name = record.name || wpSlug
    const hash = checksum([name, record.description, ctx.language])
    const ref = refs.get(wpSlug)
    const localizedName = { fr: name, [ctx.language]: name }
    const description = record.description ? { [ctx.language]: record.description } : null
    let id = ref?.localId
    let slug = id ? localSlugs.get(id) : undefined
    if (id && slug) {
      if (ref!.checksum === hash || ref!.checksum === LINKED) tally(ctx, 'category', 'unchanged')
      else {
        await ctx.db.update(categories).set({ name: localizedName, description }).where(eq(categories.id, id))
        await saveRefs(ctx, 'category', [{ externalId: wpSlug, localId: id, checksum: hash }])
        tally(ctx, 'category', 'updated')
      }
    } else {
      slug = importSlug(wpSlug, name, `rubrique-${record.termId || 'wp'}`)
      const [existing] = await ctx.db.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug)).limit(1)
      if (existing) {
        id = existing.id
        tally(ctx, 'category', 'unchanged') // merged by slug with the newsroom's own section
      } else {
        const [row] = await ctx.db.insert(categories).values({ slug, name: localizedName, description }).returning({ id: categories.id })
        id = row!.id
        tally(ctx, 'category', 'created')
      }
      await saveRefs(ctx, 'category', [{ externalId: wpSlug, localId: id, checksum: existing ? LINKED : hash }])
    }
    ctx.categories.set(wpSlug, { id, slug, parentSlug: record.parentSlug, termId: record.termId })
  }
}

/**
 * A WordPress tag has one name, in the export's language (--default-language). As for sections, it is also the
 * French name, which every language falls back to until someone translates it in the dashboard.
 */
function tagName(ctx: ImportContext, name: string): LocalizedText {
  return { fr: name, [ctx.language]: name }
}

export async function importTags(ctx: ImportContext, records: WxrTag[]): Promise<void> {
  const refs = await findRefs(ctx, 'tag', records.map((r) => r.slug || r.name))
  const localSlugs = await slugsById(ctx, tags, [...refs.values()].map((ref) => ref.localId))
  const fresh: Parameters<typeof createTags>[1] = []
  for (const record of records) {
    const wpSlug = record.slug || record.name
    if (!wpSlug) {
      tally(ctx, 'tag', 'skipped')
      warn(ctx, 'tag', `Tag ${record.termId || '(no id)'} has neither a slug nor a name: skipped.`)
      continue
    }
    const name = record.name || wpSlug
    const hash = checksum([name])
    const ref = refs.get(wpSlug)
    const id = ref?.localId
    const slug = id ? localSlugs.get(id) : undefined
    if (!id || !slug) {
      fresh.push({ wpSlug, slug: importSlug(wpSlug, name, `tag-${record.termId || 'wp'}`), name, hash, termId: record.termId })
      continue
    }
    if (ref!.checksum === hash || ref!.checksum === LINKED) tally(ctx, 'tag', 'unchanged')
    else {
      // Renamed in WordPress: the name in the export's language changes, and the French one too while it was only a
      // copy of it; names the newsroom translated stay.
      const lang = sql.raw(`'${ctx.language}'`) // a Language, never user input
      await ctx.db
        .update(tags)
        .set({
          name: sql`${tags.name} || jsonb_build_object(${lang}, ${name}::text)
            || case when ${tags.name}->>'fr' = ${tags.name}->>${lang} then jsonb_build_object('fr', ${name}::text) else '{}'::jsonb end`,
        })
        .where(eq(tags.id, id))
      touch(ctx, cacheTags.tag(slug))
      await saveRefs(ctx, 'tag', [{ externalId: wpSlug, localId: id, checksum: hash }])
      tally(ctx, 'tag', 'updated')
    }
    ctx.tags.set(wpSlug, { id, slug, termId: record.termId })
  }
  await createTags(ctx, fresh)
}

/**
 * Tags not imported before, in three statements whatever their number (a site has thousands): a tag that already
 * has the slug here is used as it is (merged by slug), the others are inserted.
 */
async function createTags(ctx: ImportContext, fresh: { wpSlug: string; slug: string; name: string; hash: string; termId: string }[]): Promise<void> {
  if (!fresh.length) return
  const slugs = [...new Set(fresh.map((t) => t.slug))]
  const existing = new Map((await ctx.db.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.slug, slugs))).map((row) => [row.slug, row.id]))
  const names = new Map<string, LocalizedText>() // slug → name of its first tag: two WordPress tags may give one slug
  for (const tag of fresh) if (!existing.has(tag.slug) && !names.has(tag.slug)) names.set(tag.slug, tagName(ctx, tag.name))
  const inserted = names.size
    ? await ctx.db.insert(tags).values([...names].map(([slug, name]) => ({ slug, name }))).returning({ id: tags.id, slug: tags.slug })
    : []
  const created = new Map(inserted.map((row) => [row.slug, row.id]))
  const refRows = new Map<string, { externalId: string; localId: string; checksum: string }>() // one per WordPress slug
  for (const tag of fresh) {
    const id = existing.get(tag.slug) ?? created.get(tag.slug)!
    const creates = !existing.has(tag.slug) && names.delete(tag.slug) // the first tag of a new slug made it
    if (creates) {
      touch(ctx, cacheTags.tag(tag.slug))
      tally(ctx, 'tag', 'created')
    } else tally(ctx, 'tag', 'unchanged')
    if (!refRows.has(tag.wpSlug)) refRows.set(tag.wpSlug, { externalId: tag.wpSlug, localId: id, checksum: creates ? tag.hash : LINKED })
    ctx.tags.set(tag.wpSlug, { id, slug: tag.slug, termId: tag.termId })
  }
  await saveRefs(ctx, 'tag', [...refRows.values()])
}

/** Terms used by posts but missing from the export's term lists (WordPress sometimes omits them): created on the fly. */
export async function ensureItemTerms(ctx: ImportContext, used: { domain: string; slug: string; name: string }[]): Promise<void> {
  const missingCategories = new Map<string, WxrCategory>()
  const missingTags = new Map<string, WxrTag>()
  for (const term of used) {
    const slug = term.slug || term.name
    if (!slug) continue
    if (term.domain === 'category' && !ctx.categories.has(slug)) {
      missingCategories.set(slug, { type: 'category', termId: '', slug, parentSlug: '', name: term.name, description: '' })
    } else if (term.domain === 'post_tag' && !ctx.tags.has(slug)) {
      missingTags.set(slug, { type: 'tag', termId: '', slug, name: term.name, description: '' })
    }
  }
  if (missingCategories.size) await importCategories(ctx, [...missingCategories.values()])
  if (missingTags.size) await importTags(ctx, [...missingTags.values()])
}

/** Posts with no category go to "Non classé", as they did in WordPress. */
export async function defaultCategory(ctx: ImportContext) {
  const existing = ctx.categories.get('uncategorized')
  if (existing) return existing
  await importCategories(ctx, [{ type: 'category', termId: '1', slug: 'uncategorized', parentSlug: '', name: 'Non classé', description: '' }])
  return ctx.categories.get('uncategorized')!
}
