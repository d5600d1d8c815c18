'use server'

import { z } from 'zod'
import { deleteUnusedMedia, insertMedia, listMediaForPicker, updateMediaText } from '@/db/queries/media'
import { recordAudit } from '@/db/queries/audit'
import { defineAction } from '@/lib/action'
import { UserError } from '@/lib/errors'
import { storeImage } from '@/lib/storage/images'
import { getStorage } from '@/lib/storage/storage'

const text = z.object({
  alt: z.string().trim().min(1, 'newsroom.media.errors.altRequired').max(500),
  caption: z.string().trim().max(1000).default(''),
})

export const uploadMediaAction = defineAction({
  permission: 'media.upload',
  schema: text.extend({ file: z.instanceof(File, { message: 'newsroom.media.errors.fileRequired' }) }),
  run: async (input, viewer) => {
    if (!input.file.size && !input.file.name) throw new UserError('newsroom.media.errors.fileRequired')
    const bytes = Buffer.from(await input.file.arrayBuffer())
    const stored = await storeImage(getStorage(), input.file.name, bytes, viewer.locale)
    const row = await insertMedia(viewer, { ...stored, originalName: input.file.name, alt: input.alt, caption: input.caption })
    return { data: { id: row.id, url: `/media/${row.storageKey}` } }
  },
})

export const updateMediaAction = defineAction({
  permission: 'media.upload',
  schema: text.extend({ id: z.uuid() }),
  run: async (input) => {
    await updateMediaText(input.id, input.alt, input.caption)
    return { data: null }
  },
})

export const deleteMediaAction = defineAction({
  permission: 'media.delete',
  schema: z.object({ id: z.uuid() }),
  run: async (input, viewer) => {
    const keys = await deleteUnusedMedia(input.id)
    const storage = getStorage()
    await Promise.all(keys.map((key) => storage.delete(key)))
    await recordAudit({ actorId: viewer.id, action: 'media.delete', targetType: 'media', targetId: input.id })
    return { data: null }
  },
})

/** The editor's image picker: a page of the library (read-only, for anyone who writes articles). */
export const pickMediaAction = defineAction({
  permission: 'article.create',
  schema: z.object({ q: z.string().trim().max(200).default(''), page: z.coerce.number().int().min(1).max(10_000).default(1) }),
  run: async (input) => ({ data: await listMediaForPicker(input.q, input.page) }),
})
