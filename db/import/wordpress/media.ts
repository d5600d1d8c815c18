// Attachments → media rows pointing at their original URL. With --uploads, the file from a copy of
// wp-content/uploads goes through the dashboard's own pipeline (lib/storage/images.ts storeImage, into the site's
// Storage): checked by its content, stored, and given the same responsive WebP and AVIF variants as an upload.
import { randomUUID } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { media } from '@/db/schema'
import { UserError } from '@/lib/errors'
import type { StoredImage } from '@/lib/storage/images'
import { excerptToText } from '@/lib/wordpress/content'
import { checksum, mimeFromUrl, postMeta, wpDate } from '@/lib/wordpress/map'
import { detach } from '@/lib/wordpress/wxr-reader'
import type { WxrItem } from '@/lib/wordpress/wxr-types'
import { bulkInsert } from './bulk'
import { type ImportContext, tally, warn } from './context'
import { ensureAuthor } from './people'
import { findRefs, saveRefs } from './refs'

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

// The dashboard's refusals (lib/storage/images.ts), said for the import's report.
const refusals = (maxBytes: number): Record<string, string> => ({
  'newsroom.media.errors.empty': 'is empty',
  'newsroom.media.errors.tooLarge': `is larger than the ${maxBytes / 1024 / 1024} MB an upload may be`,
  'newsroom.media.errors.notAnImage': 'is not an image Kiosque shows (JPEG, PNG, WebP, GIF or AVIF)',
})

/** The stored image, null when the file is not under --uploads; throws (with a reason) when the pipeline refuses it. */
async function storeUpload(ctx: ImportContext, relative: string): Promise<StoredImage | null> {
  // Loaded with the first file only: sharp's native library adds about 15 MB to an import that copies no file.
  const [{ MAX_UPLOAD_BYTES, storeImage }, { default: sharp }] = await Promise.all([import('@/lib/storage/images'), import('sharp')])
  const REFUSALS = refusals(MAX_UPLOAD_BYTES)
  const source = path.join(ctx.uploadsDir!, relative)
  const info = await stat(source).catch(() => null)
  if (!info?.isFile()) return null
  if (info.size > MAX_UPLOAD_BYTES) throw new Error(REFUSALS['newsroom.media.errors.tooLarge'])
  const bytes = await readFile(source)
  try {
    if (!ctx.dryRun) return await storeImage(ctx.storage, path.posix.basename(relative), bytes)
    // A dry run checks the file as the pipeline would, without writing (or computing) its variants.
    const meta = await sharp(bytes).metadata()
    if (!meta.width || !meta.height) throw new UserError('newsroom.media.errors.notAnImage')
    return { storageKey: '', mime: mimeFromUrl(relative), bytes: bytes.length, width: meta.width, height: meta.height, variants: [] }
  } catch (error) {
    throw error instanceof UserError ? new Error(REFUSALS[error.messageKey] ?? error.messageKey) : error
  }
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
      ctx.mediaIds.set(item.postId, ref.localId)
      continue
    }
    let stored: StoredImage | null | undefined = null
    if (relative) {
      stored = await storeUpload(ctx, relative).catch((error: Error) => {
        warn(ctx, 'attachment', `Attachment ${item.postId}: ${relative} ${error.message}; kept as a link to the original.`)
        return undefined
      })
      if (stored === null) warn(ctx, 'attachment', `Attachment ${item.postId}: ${relative} is not in ${ctx.uploadsDir}; kept as a link to the original.`)
    }
    const values = {
      sourceUrl: url,
      originalName: path.posix.basename(new URL(url).pathname) || `attachment-${item.postId}`,
      alt,
      caption: caption || null,
      uploadedById: await ensureAuthor(ctx, item.creator),
      ...(stored ?? { storageKey: null, mime: mimeFromUrl(url), bytes: 0, width: null, height: null, variants: [] }),
    }
    const id = ref?.localId ?? randomUUID()
    if (ref) {
      await ctx.db.update(media).set(values).where(eq(media.id, id))
      tally(ctx, 'attachment', 'updated')
    } else {
      inserts.push({ id, ...values, createdAt: wpDate(item.postDateGmt, item.postDate) ?? new Date() })
      tally(ctx, 'attachment', 'created')
    }
    ctx.mediaIds.set(item.postId, id)
    refRows.push({ externalId: item.postId, localId: id, checksum: hash })
  }
  await bulkInsert(ctx, media, inserts)
  await saveRefs(ctx, 'attachment', refRows)
}
