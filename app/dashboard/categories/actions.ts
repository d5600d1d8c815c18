'use server'

import { z } from 'zod'
import { createCategory, createTag, deleteCategory, deleteTag, updateCategory, updateTag } from '@/db/queries/taxonomy-admin'
import { defineAction } from '@/lib/action'
import { isValidSlug } from '@/lib/slug'

const slug = z.string().trim().toLowerCase().refine(isValidSlug, 'newsroom.errors.slugInvalid')
const name = z.string().trim().min(1, 'newsroom.taxonomy.errors.nameRequired').max(200)
const optionalName = z.string().trim().max(200).default('')
const localizedNames = { nameFr: name, nameEn: optionalName, nameAr: optionalName }
const category = z.object({ slug, ...localizedNames, position: z.coerce.number().int().min(0).max(10_000).default(0) })
const tag = z.object({ slug, ...localizedNames })
// Sections and tags alike: French is required (every language falls back to it), an empty translation is left out.
const names = (input: z.infer<typeof tag>) => ({
  fr: input.nameFr,
  ...(input.nameEn ? { en: input.nameEn } : {}),
  ...(input.nameAr ? { ar: input.nameAr } : {}),
})
const id = z.object({ id: z.uuid() })

export const createCategoryAction = defineAction({
  permission: 'taxonomy.manage',
  schema: category,
  run: async (input, viewer) => ({ data: null, tags: await createCategory(viewer, { slug: input.slug, name: names(input), position: input.position }) }),
})

export const updateCategoryAction = defineAction({
  permission: 'taxonomy.manage',
  schema: category.extend(id.shape),
  run: async (input, viewer) => ({ data: null, tags: await updateCategory(viewer, input.id, { slug: input.slug, name: names(input), position: input.position }) }),
})

export const deleteCategoryAction = defineAction({
  permission: 'taxonomy.manage',
  schema: id,
  run: async (input, viewer) => ({ data: null, tags: await deleteCategory(viewer, input.id) }),
})

export const createTagAction = defineAction({
  permission: 'taxonomy.manage',
  schema: tag,
  run: async (input) => ({ data: null, tags: await createTag({ slug: input.slug, name: names(input) }) }),
})

export const updateTagAction = defineAction({
  permission: 'taxonomy.manage',
  schema: tag.extend(id.shape),
  run: async (input, viewer) => ({ data: null, tags: await updateTag(viewer, input.id, { slug: input.slug, name: names(input) }) }),
})

export const deleteTagAction = defineAction({
  permission: 'taxonomy.manage',
  schema: id,
  run: async (input, viewer) => ({ data: null, tags: await deleteTag(viewer, input.id) }),
})
