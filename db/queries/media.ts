import 'server-only'
import { and, count, desc, eq, ilike, isNotNull, or, sql } from 'drizzle-orm'
import { UserError } from '@/lib/errors'
import { mediaUrl } from '@/lib/media-url'
import type { Viewer } from '@/lib/permissions'
import type { StoredImage } from '@/lib/storage/images'
import { db } from '../index'
import { articles, media, users } from '../schema'

export async function insertMedia(viewer: Viewer, image: StoredImage & { originalName: string; alt: string; caption: string }) {
  const [row] = await db
    .insert(media)
    .values({ ...image, caption: image.caption || null, uploadedById: viewer.id })
    .returning({ id: media.id, storageKey: media.storageKey })
  if (!row) throw new Error('insert returned no row')
  return row
}

/** The library grid, newest first, searchable by name, alt text and caption. Index: media_created_idx. */
export async function listMedia(query = '', limit = 60) {
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  return db
    .select({
      id: media.id,
      originalName: media.originalName,
      alt: media.alt,
      caption: media.caption,
      width: media.width,
      height: media.height,
      bytes: media.bytes,
      storageKey: media.storageKey,
      variants: media.variants,
      createdAt: media.createdAt,
    })
    .from(media)
    .where(query ? or(ilike(media.originalName, like), ilike(media.alt, like), ilike(media.caption, like)) : undefined)
    .orderBy(desc(media.createdAt))
    .limit(limit)
}

export type PickerImage = { id: string; src: string; srcset: string; thumb: string; alt: string; caption: string; width: number | null; height: number | null }

/** One page of the editor's image picker, newest first, searchable like the library. Index: media_created_idx. */
export async function listMediaForPicker(query: string, page: number, pageSize = 12): Promise<{ items: PickerImage[]; hasMore: boolean }> {
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const rows = await db
    .select({ id: media.id, storageKey: media.storageKey, sourceUrl: media.sourceUrl, alt: media.alt, caption: media.caption, width: media.width, height: media.height, variants: media.variants })
    .from(media)
    .where(and(or(isNotNull(media.storageKey), isNotNull(media.sourceUrl)), query ? or(ilike(media.originalName, like), ilike(media.alt, like), ilike(media.caption, like)) : undefined))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(pageSize + 1)
    .offset((page - 1) * pageSize)
  const items = rows.slice(0, pageSize).map((row) => {
    const webp = row.variants.filter((v) => v.format === 'webp').sort((a, b) => a.width - b.width)
    const src = row.storageKey ? mediaUrl(row.storageKey) : (row.sourceUrl ?? '')
    return {
      id: row.id,
      src,
      srcset: webp.map((v) => `${mediaUrl(v.key)} ${v.width}w`).join(', '),
      thumb: webp[0] ? mediaUrl(webp[0].key) : src,
      alt: row.alt,
      caption: row.caption ?? '',
      width: row.width,
      height: row.height,
    }
  })
  return { items, hasMore: rows.length > pageSize }
}

export async function updateMediaText(id: string, alt: string, caption: string) {
  const [row] = await db.update(media).set({ alt, caption: caption || null }).where(eq(media.id, id)).returning({ id: media.id })
  if (!row) throw new UserError('newsroom.media.errors.notFound')
}

/** How many articles and profiles show this image (as featured image, in the body, or as an avatar). */
export async function countMediaUses(id: string, storageKey: string | null) {
  const folder = storageKey?.split('/').slice(0, -1).join('/')
  const [inArticles] = await db
    .select({ n: count() })
    .from(articles)
    .where(or(eq(articles.featuredMediaId, id), folder ? sql`${articles.bodyHtml} like ${`%/media/${folder}/%`}` : undefined))
  const [inProfiles] = await db.select({ n: count() }).from(users).where(eq(users.avatarMediaId, id))
  return (inArticles?.n ?? 0) + (inProfiles?.n ?? 0)
}

/** Deletes an unused image and returns the storage keys to remove; refuses while anything shows it. */
export async function deleteUnusedMedia(id: string): Promise<string[]> {
  const [row] = await db.select({ storageKey: media.storageKey, variants: media.variants }).from(media).where(eq(media.id, id))
  if (!row) throw new UserError('newsroom.media.errors.notFound')
  const uses = await countMediaUses(id, row.storageKey)
  if (uses > 0) throw new UserError('newsroom.media.errors.inUse', { count: uses })
  await db.delete(media).where(and(eq(media.id, id)))
  return [row.storageKey, ...row.variants.map((v) => v.key)].filter((key): key is string => !!key)
}
