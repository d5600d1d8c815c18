// Every section and tag action, through the real server action, for every kind of caller
// (db/test-support/actors.ts): editors and administrators manage the taxonomy. The database says what happened.
import { isDeepStrictEqual } from 'node:util'
import { eq } from 'drizzle-orm'
import { describe, expect, it, vi } from 'vitest'
import { db } from '@/db'
import { categories, tags } from '@/db/schema'
import { actionCase, describeEveryActor, form, testSession } from '@/db/test-support/actors'
import { makeCategory, unique } from '@/db/test-support/factories'

vi.mock('@/lib/session', async () => (await import('@/db/test-support/actors')).sessionModule())
vi.mock('next/headers', async () => (await import('@/db/test-support/actors')).headersModule())

const actions = await import('./actions')

const section = async (id: string) => (await db.select().from(categories).where(eq(categories.id, id)))[0]
const tag = async (id: string) => (await db.select().from(tags).where(eq(tags.id, id)))[0]
const makeTag = async () => {
  const slug = unique('mot')
  return (await db.insert(tags).values({ slug, name: { fr: slug } }).returning())[0]!
}

const cases = [
  actionCase({
    name: 'create a section',
    permission: 'taxonomy.manage',
    prepare: async () => ({ slug: unique('rubrique') }),
    run: ({ slug }) => actions.createCategoryAction(null, form({ slug, nameFr: 'Rubrique', nameEn: '', nameAr: '', position: '3' })),
    happened: async ({ slug }) => (await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug))).length === 1,
  }),
  actionCase({
    name: 'rename a section',
    permission: 'taxonomy.manage',
    prepare: async () => ({ row: await makeCategory(), name: unique('Nouveau nom') }),
    run: ({ row, name }) => actions.updateCategoryAction(null, form({ id: row.id, slug: row.slug, nameFr: name, nameEn: '', nameAr: '', position: '0' })),
    happened: async ({ row, name }) => (await section(row.id))?.name.fr === name,
  }),
  actionCase({
    name: 'delete an empty section',
    permission: 'taxonomy.manage',
    prepare: async () => ({ row: await makeCategory() }),
    run: ({ row }) => actions.deleteCategoryAction(null, form({ id: row.id })),
    happened: async ({ row }) => (await section(row.id)) === undefined,
  }),
  actionCase({
    name: 'create a tag',
    permission: 'taxonomy.manage',
    prepare: async () => ({ slug: unique('mot') }),
    run: ({ slug }) => actions.createTagAction(null, form({ slug, nameFr: slug, nameEn: '', nameAr: '' })),
    happened: async ({ slug }) => (await db.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug))).length === 1,
  }),
  actionCase({
    name: 'rename a tag',
    permission: 'taxonomy.manage',
    prepare: async () => ({ row: await makeTag(), name: unique('Nouveau mot') }),
    run: ({ row, name }) => actions.updateTagAction(null, form({ id: row.id, slug: row.slug, nameFr: name, nameEn: 'Jobs', nameAr: 'التوظيف' })),
    happened: async ({ row, name }) => isDeepStrictEqual((await tag(row.id))?.name, { fr: name, en: 'Jobs', ar: 'التوظيف' }),
  }),
  actionCase({
    name: 'delete a tag',
    permission: 'taxonomy.manage',
    prepare: async () => ({ row: await makeTag() }),
    run: ({ row }) => actions.deleteTagAction(null, form({ id: row.id })),
    happened: async ({ row }) => (await tag(row.id)) === undefined,
  }),
]

const actor = describeEveryActor(cases)

describe('a refused form says which field and keeps what was typed', () => {
  it('an invalid slug is reported on the slug, with every typed value sent back', async () => {
    testSession.user = actor('editor').user
    const result = await actions.createCategoryAction(null, form({ slug: 'Sport Été!', nameFr: 'Sport', nameEn: 'Sports', nameAr: '', position: '2' }))
    expect(result).toEqual({
      ok: false,
      error: 'errors.fieldsToFix',
      fieldErrors: { slug: ['newsroom.errors.slugInvalid'] },
      submitted: { slug: 'Sport Été!', nameFr: 'Sport', nameEn: 'Sports', nameAr: '', position: '2' },
    })
  })

  it('a slug already taken is reported on the slug too', async () => {
    testSession.user = actor('editor').user
    const existing = await makeCategory()
    const result = await actions.createCategoryAction(null, form({ slug: existing.slug, nameFr: 'Doublon', nameEn: '', nameAr: '', position: '0' }))
    expect(result).toMatchObject({ ok: false, error: 'newsroom.taxonomy.errors.slugTaken', fieldErrors: { slug: ['newsroom.taxonomy.errors.slugTaken'] } })
  })

  it('a rule without its own sentence gets a translated one, never Zod’s English', async () => {
    testSession.user = actor('editor').user
    const result = await actions.createTagAction(null, form({ slug: unique('mot'), nameFr: 'Mot', nameEn: 'x'.repeat(201), nameAr: '' }))
    expect(result).toMatchObject({ ok: false, fieldErrors: { nameEn: ['errors.fieldTooLong'] } })
  })

  it('a tag needs its French name, the one every language falls back to; translations are optional', async () => {
    testSession.user = actor('editor').user
    const slug = unique('mot')
    const refused = await actions.createTagAction(null, form({ slug, nameFr: ' ', nameEn: 'Jobs', nameAr: '' }))
    expect(refused).toMatchObject({ ok: false, fieldErrors: { nameFr: ['newsroom.taxonomy.errors.nameRequired'] }, submitted: { nameEn: 'Jobs' } })
    expect(await actions.createTagAction(null, form({ slug, nameFr: 'Emploi', nameEn: '', nameAr: 'التوظيف' }))).toMatchObject({ ok: true })
    expect((await db.select().from(tags).where(eq(tags.slug, slug)))[0]?.name).toEqual({ fr: 'Emploi', ar: 'التوظيف' })
  })
})
