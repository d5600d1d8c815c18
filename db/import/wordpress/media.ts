// Attachments → media rows pointing at their original URL. With --uploads, the file from a copy of
// wp-content/uploads goes through sharp: checked, measured, kept, and given a web-sized WebP variant.
import { randomUUID } from 'node:crypto'
import { copyFile, mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import sharp from 'sharp'
import { type MediaVariant, media } from '@/db/schema'
import { excerptToText } from '@/lib/wordpress/content'
import { checksum, mimeFromUrl, postMeta, wpDate } from '@/lib/wordpress/map'
import { detach } from '@/lib/wordpress/wxr-reader'
import type { WxrItem } from '@/lib/wordpress/wxr-types'
import { bulkInsert } from './bulk'
import { type ImportContext, tally, warn } from './context'
import { ensureAuthor } from './people'
import { findRefs, saveRefs } from './refs'

const WEB_WIDTH = 1600

/** ".../wp-content/uploads/2024/03/photo.jpg" → "2024/03/photo.jpg", the file's place under --uploads. */
export function uploadsRelativePath(url: string): string | null {
  try {
    const match = decodeURIComponent(new URL(url).pathname).match(/\/wp-content\/uploads\/(.+)$/)
    const relative = match?.[1] ? path.posix.normalize(match[1]) : null
    return relative && !relative.startsWith('..') ? relative : null
  } catch {
    return null
  }
}

type StoredFile = { storageKey: string; bytes: number; width: number | null; height: number | null; variants: MediaVariant[] }

async function storeUpload(ctx: ImportContext, relative: string, mime: string): Promise<StoredFile | null> {
  const source = path.join(ctx.uploadsDir!, relative)
  const info = await stat(source).catch(() => null)
  if (!info?.isFile()) return null
  const storageKey = `wordpress/${relative}`
  const target = path.join(ctx.mediaDir, storageKey)
  if (!mime.startsWith('image/') || mime === 'image/svg+xml') {
    if (!ctx.dryRun) await mkdir(path.dirname(target), { recursive: true }).then(() => copyFile(source, target))
    return { storageKey, bytes: info.size, width: null, height: null, variants: [] }
  }
  const image = sharp(source, { failOn: 'error' })
  const meta = await image.metadata() // throws on a file that is not the image it claims to be
  const variantKey = `${storageKey.replace(/\.[^./]+$/, '')}-${WEB_WIDTH}.webp`
  const variants: MediaVariant[] = []
  if (!ctx.dryRun) {
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(source, target)
    const web = await image.rotate().resize({ width: WEB_WIDTH, withoutEnlargement: true }).webp({ quality: 80 }).toFile(path.join(ctx.mediaDir, variantKey))
    variants.push({ width: web.width, height: web.height, format: 'webp', key: variantKey, bytes: web.size })
  }
  return { storageKey, bytes: info.size, width: meta.width ?? null, height: meta.height ?? null, variants }
}

export async function importAttachments(ctx: ImportContext, items: WxrItem[]): Promise<void> {
  const refs = await findRefs(ctx, 'attachment', items.map((item) => item.postId))
  const refRows: { externalId: string; localId: string; checksum: string }[] = []
  const inserts: (typeof media.$inferInsert)[] = []
  for (const item of items) {
    const url = item.attachmentUrl || item.guid
    if (!/^\d+$/.test(item.postId) || !/^https?:\/\//.test(url)) {
      tally(ctx, 'attachment', 'skipped')
      warn(ctx, 'attachment', `Attachment ${item.postId || '(no id)'} (line ${item.line}) has no id or no URL: skipped.`)
      continue
    }
    const alt = postMeta(item.meta, '_wp_attachment_image_alt')
    const caption = excerptToText(item.excerpt)
    ctx.attachments.set(item.postId, { url, alt, caption: detach(caption) }) // kept to the end: owns its text
    const relative = ctx.uploadsDir ? uploadsRelativePath(url) : null
    const hash = checksum([url, alt, caption, item.title, Boolean(ctx.uploadsDir)])
    const ref = refs.get(item.postId)
    if (ref?.checksum === hash) {
      tally(ctx, 'attachment', 'unchanged')
      continue
    }
    const mime = mimeFromUrl(url)
    let stored: StoredFile | null | undefined = null
    if (relative) {
      stored = await storeUpload(ctx, relative, mime).catch((error: Error) => {
        warn(ctx, 'attachment', `Attachment ${item.postId}: ${relative} could not be read as ${mime} (${error.message}); kept as a link to the original.`)
        return undefined
      })
      if (stored === null) warn(ctx, 'attachment', `Attachment ${item.postId}: ${relative} is not in ${ctx.uploadsDir}; kept as a link to the original.`)
    }
    const values = {
      sourceUrl: url,
      originalName: path.posix.basename(new URL(url).pathname) || `attachment-${item.postId}`,
      mime,
      alt,
      caption: caption || null,
      uploadedById: await ensureAuthor(ctx, item.creator),
      ...(stored ?? { storageKey: null, bytes: 0, width: null, height: null, variants: [] }),
    }
    const id = ref?.localId ?? randomUUID()
    if (ref) {
      await ctx.db.update(media).set(values).where(eq(media.id, id))
      tally(ctx, 'attachment', 'updated')
    } else {
      inserts.push({ id, ...values, createdAt: wpDate(item.postDateGmt, item.postDate) ?? new Date() })
      tally(ctx, 'attachment', 'created')
    }
    refRows.push({ externalId: item.postId, localId: id, checksum: hash })
  }
  await bulkInsert(ctx, media, inserts)
  await saveRefs(ctx, 'attachment', refRows)
}
