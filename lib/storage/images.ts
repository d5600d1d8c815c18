// No 'server-only': the WordPress import (a CLI) stores its --uploads files through this same pipeline.
import { randomUUID } from 'node:crypto'
import sharp, { type Metadata } from 'sharp'
import type { MediaVariant } from '@/db/schema'
import { UserError } from '@/lib/errors'
import { defaultLocale, intlLocale, type Locale } from '@/lib/i18n/config'
import type { Storage } from './storage'

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024
export const RESPONSIVE_WIDTHS = [320, 640, 1024, 1600]
const FORMATS = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', heif: 'image/avif' } as const

export type StoredImage = { storageKey: string; mime: string; bytes: number; width: number; height: number; variants: MediaVariant[] }

/** "40,2" for a French reader, "40.2" for an English one: the size in the error is written for the person uploading. */
export const megabytes = (bytes: number, locale: Locale) =>
  new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)

/**
 * Checks an upload by its content (sharp reads the magic bytes; the name and the browser's type are ignored),
 * then stores the original and responsive WebP and AVIF copies. Refusals name the file and say what to do.
 */
export async function storeImage(storage: Storage, name: string, bytes: Buffer, locale: Locale = defaultLocale): Promise<StoredImage> {
  if (bytes.length === 0) throw new UserError('newsroom.media.errors.empty', { name })
  if (bytes.length > MAX_UPLOAD_BYTES) throw new UserError('newsroom.media.errors.tooLarge', { name, size: megabytes(bytes.length, locale) })
  let meta: Metadata
  try {
    meta = await sharp(bytes).metadata()
  } catch {
    throw new UserError('newsroom.media.errors.notAnImage', { name })
  }
  const format = meta.format as keyof typeof FORMATS | undefined
  if (!format || !(format in FORMATS) || !meta.width || !meta.height) throw new UserError('newsroom.media.errors.notAnImage', { name })
  const mime = FORMATS[format]
  const extension = format === 'heif' ? 'avif' : format

  const folder = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}` // unique: files can be cached forever
  const storageKey = `${folder}/original.${extension}`
  await storage.put(storageKey, bytes)
  const variants: MediaVariant[] = []
  const source = sharp(bytes, { animated: false }).rotate() // honour EXIF orientation
  for (const width of RESPONSIVE_WIDTHS.filter((w) => w < meta.width!).concat(Math.min(meta.width, 1600))) {
    for (const output of ['webp', 'avif'] as const) {
      const resized = source.clone().resize({ width, withoutEnlargement: true })
      const { data, info } = await (output === 'webp' ? resized.webp({ quality: 78 }) : resized.avif({ quality: 55, effort: 2 })).toBuffer({ resolveWithObject: true })
      const key = `${folder}/${info.width}.${output}`
      await storage.put(key, data)
      variants.push({ width: info.width, height: info.height, format: output, key, bytes: data.length })
    }
  }
  return { storageKey, mime, bytes: bytes.length, width: meta.width, height: meta.height, variants: dedupe(variants) }
}

function dedupe(variants: MediaVariant[]) {
  const seen = new Set<string>()
  return variants.filter((v) => (seen.has(v.key) ? false : (seen.add(v.key), true)))
}

export const contentTypeOf = (key: string) =>
  key.endsWith('.webp') ? 'image/webp' : key.endsWith('.avif') ? 'image/avif' : key.endsWith('.png') ? 'image/png' : key.endsWith('.gif') ? 'image/gif' : 'image/jpeg'
