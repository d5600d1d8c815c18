// Every media action, through the real server action, for every kind of caller (db/test-support/actors.ts): the
// permission table says who may, the database says whether it happened. Files go to memory, not the data folder.
import { eq } from 'drizzle-orm'
import sharp from 'sharp'
import { vi } from 'vitest'
import { db } from '@/db'
import { media } from '@/db/schema'
import { actionCase, describeEveryActor, form } from '@/db/test-support/actors'
import { unique } from '@/db/test-support/factories'

vi.mock('@/lib/session', async () => (await import('@/db/test-support/actors')).sessionModule())
vi.mock('next/headers', async () => (await import('@/db/test-support/actors')).headersModule())
vi.mock('@/lib/storage/storage', () => {
  const files = new Map<string, Buffer>()
  const storage = { put: async (key: string, bytes: Buffer) => void files.set(key, bytes), get: async (key: string) => files.get(key) ?? null, delete: async (key: string) => void files.delete(key) }
  return { getStorage: () => storage }
})

const { deleteMediaAction, updateMediaAction, uploadMediaAction } = await import('./actions')

const image = async (alt: string) =>
  (await db.insert(media).values({ originalName: `${alt}.png`, mime: 'image/png', alt }).returning({ id: media.id }))[0]!.id
const altOf = async (id: string) => (await db.select({ alt: media.alt }).from(media).where(eq(media.id, id)))[0]?.alt
const png = () => sharp({ create: { width: 40, height: 30, channels: 3, background: '#36c' } }).png().toBuffer()

const cases = [
  actionCase({
    name: 'upload an image',
    permission: 'media.upload',
    prepare: async () => ({ alt: unique('Vue du port') }),
    run: async ({ alt }) => uploadMediaAction(null, form({ alt, caption: '', file: new File([new Uint8Array(await png())], 'port.png', { type: 'image/png' }) })),
    happened: async ({ alt }) => (await db.select({ id: media.id }).from(media).where(eq(media.alt, alt))).length === 1,
  }),
  actionCase({
    name: 'edit alt text and caption',
    permission: 'media.upload',
    prepare: async () => ({ id: await image(unique('avant')), alt: unique('après') }),
    run: ({ id, alt }) => updateMediaAction(null, form({ id, alt, caption: 'Légende' })),
    happened: async ({ id, alt }) => (await altOf(id)) === alt,
  }),
  actionCase({
    name: 'delete an unused image',
    permission: 'media.delete',
    prepare: async () => ({ id: await image(unique('inutilisée')) }),
    run: ({ id }) => deleteMediaAction(null, form({ id })),
    happened: async ({ id }) => (await altOf(id)) === undefined,
  }),
]

describeEveryActor(cases)
