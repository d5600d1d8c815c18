import { eq } from 'drizzle-orm'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { articles } from '@/db/schema'
import { UserError } from '@/lib/errors'
import type { Viewer } from '@/lib/permissions'
import { MAX_UPLOAD_BYTES, megabytes, storeImage } from '@/lib/storage/images'
import type { Storage } from '@/lib/storage/storage'
import { makeArticle, makeUser } from '../test-support/factories'
import { countMediaUses, deleteUnusedMedia, insertMedia, listMedia, listMediaForPicker } from './media'

function memoryStorage() {
  const files = new Map<string, Buffer>()
  const storage: Storage = {
    put: async (key, bytes) => void files.set(key, bytes),
    get: async (key) => files.get(key) ?? null,
    delete: async (key) => void files.delete(key),
  }
  return { storage, files }
}

const png = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#c33' } }).png().toBuffer()

describe('image uploads', () => {
  it('stores the original plus WebP and AVIF sizes no wider than the original', async () => {
    const { storage, files } = memoryStorage()
    const stored = await storeImage(storage, 'photo.png', await png(900, 600))
    expect(stored).toMatchObject({ mime: 'image/png', width: 900, height: 600 })
    expect(stored.variants.map((v) => `${v.width}.${v.format}`).sort()).toEqual(['320.avif', '320.webp', '640.avif', '640.webp', '900.avif', '900.webp'])
    expect(files.size).toBe(7)
    expect((await sharp(files.get(stored.variants[0]!.key)!).metadata()).format).toMatch(/webp|heif/)
  })

  it('refuses a program renamed .jpg, naming the file', async () => {
    const { storage, files } = memoryStorage()
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'binary'), Buffer.alloc(2048, 7)])
    const error = await storeImage(storage, 'facture.jpg', exe).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect(error).toMatchObject({ messageKey: 'newsroom.media.errors.notAnImage', values: { name: 'facture.jpg' } })
    expect(files.size).toBe(0)
  })

  it('refuses a file over 15 MB with its size, before decoding it', async () => {
    const { storage } = memoryStorage()
    const big = Buffer.alloc(40 * 1024 * 1024)
    await expect(storeImage(storage, 'enorme.jpg', big)).rejects.toMatchObject({ messageKey: 'newsroom.media.errors.tooLarge', values: { name: 'enorme.jpg', size: '40' } })
    expect([megabytes(15.5 * 1024 * 1024, 'fr'), megabytes(15.5 * 1024 * 1024, 'en')]).toEqual(['15,5', '15.5']) // in the uploader's language
    expect(MAX_UPLOAD_BYTES).toBe(15 * 1024 * 1024)
  })
})

describe('media library rows', () => {
  it('lists by search, and deletes only when nothing uses the image', async () => {
    const user = await makeUser('editor')
    const viewer: Viewer = { ...user, locale: 'fr' }
    const { storage } = memoryStorage()
    const stored = await storeImage(storage, 'pont.png', await png(400, 300))
    const row = await insertMedia(viewer, { ...stored, originalName: 'pont.png', alt: 'Le pont de pierre au lever du jour', caption: '' })
    expect((await listMedia('pont de pierre')).map((m) => m.id)).toContain(row.id)

    const article = await makeArticle({ bodyHtml: `<p>x</p><img src="/media/${stored.storageKey}" alt="pont">` })
    expect(await countMediaUses(row.id, stored.storageKey)).toBe(1)
    await expect(deleteUnusedMedia(row.id)).rejects.toMatchObject({ messageKey: 'newsroom.media.errors.inUse', values: { count: 1 } })
    await db.update(articles).set({ bodyHtml: '<p>x</p>' }).where(eq(articles.id, article.id))
    const keys = await deleteUnusedMedia(row.id)
    expect(keys).toContain(stored.storageKey)
    expect((await listMedia('pont de pierre')).map((m) => m.id)).not.toContain(row.id)
  })

  it('pages the editor picker by search: the image, its sizes for srcset, its alt text and caption', async () => {
    const user = await makeUser('editor')
    const viewer: Viewer = { ...user, locale: 'fr' }
    const { storage } = memoryStorage()
    const tag = `halle${Date.now()}`
    const rows = []
    for (const n of [1, 2, 3]) {
      const stored = await storeImage(storage, `${tag}-${n}.png`, await png(700, 400))
      rows.push(await insertMedia(viewer, { ...stored, originalName: `${tag}-${n}.png`, alt: `La halle ${n}`, caption: n === 1 ? 'Légende 1' : '' }))
    }
    const first = await listMediaForPicker(tag, 1, 2)
    expect(first.hasMore).toBe(true)
    expect(first.items).toHaveLength(2)
    const second = await listMediaForPicker(tag, 2, 2)
    expect(second.hasMore).toBe(false)
    const all = [...first.items, ...second.items]
    expect(new Set(all.map((item) => item.id))).toEqual(new Set(rows.map((row) => row.id)))
    const one = all.find((item) => item.alt === 'La halle 1')
    expect(one).toMatchObject({ caption: 'Légende 1', width: 700, height: 400, src: `/media/${rows[0]!.storageKey}` })
    expect(one?.srcset).toMatch(/^\/media\/\S+ 320w, \/media\/\S+ 640w, \/media\/\S+ 700w$/)
    expect((await listMediaForPicker('100%_pas-trouvé', 1)).items).toEqual([])
  })
})
