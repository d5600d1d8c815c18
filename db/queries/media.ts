import 'server-only'
import { and, count, desc, eq, ilike, or, sql } from 'drizzle-orm'
import { UserError } from '@/lib/errors'
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
