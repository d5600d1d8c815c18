import { z } from 'zod'
import { LANGUAGES } from '@/db/schema'
import { TRANSITIONS } from '@/lib/editor/workflow'
import { isValidSlug } from '@/lib/slug'

// Form fields as the editor and the plain forms send them. Messages are dictionary keys the forms translate.
const checkbox = z.preprocess((value) => value === 'on' || value === 'true', z.boolean())
const optionalId = z.preprocess((value) => (value === '' ? null : value), z.uuid().nullable())

export const createSchema = z.object({
  title: z.string().trim().min(1, 'newsroom.errors.titleRequired').max(300),
  categoryId: z.uuid('newsroom.errors.categoryRequired'),
  language: z.enum(LANGUAGES),
})

export const saveSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().min(1),
  mode: z.enum(['autosave', 'manual', 'resolve']),
  lockSession: z.uuid(),
  title: z.string().trim().min(1, 'newsroom.errors.titleRequired').max(300),
  slug: z.string().trim().refine(isValidSlug, 'newsroom.errors.slugInvalid'),
  excerpt: z.string().max(2000).default(''),
  bodyHtml: z.string().max(2_000_000).default(''),
  categoryId: z.uuid('newsroom.errors.categoryRequired'),
  language: z.enum(LANGUAGES),
  tagNames: z.string().max(2000).default('').transform((value) => value.split(',').map((name) => name.trim()).filter(Boolean)),
  translationOf: z.string().trim().max(200).default(''),
  sourceCredit: z.string().trim().max(200).default(''),
  featuredMediaId: optionalId,
  seoTitle: z.string().trim().max(300).default(''),
  seoDescription: z.string().trim().max(500).default(''),
  commentsOpen: checkbox,
  authorId: z.preprocess((value) => (value === '' ? undefined : value), z.uuid().optional()),
})

export const transitionSchema = z.object({
  id: z.uuid(),
  transition: z.enum(TRANSITIONS),
  scheduledAt: z.preprocess((value) => (value === '' ? undefined : value), z.coerce.date().optional()),
})

export const idSchema = z.object({ id: z.uuid() })

/** The editor page's heartbeat and goodbye: the article, and the lock session the page opened with. */
export const lockSessionSchema = z.object({ id: z.uuid(), lockSession: z.uuid() })

export const bulkSchema = z.object({
  operation: z.enum(['archive', 'trash']),
  ids: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.uuid())),
})

export const restoreRevisionSchema = z.object({ id: z.uuid(), revisionId: z.uuid(), version: z.coerce.number().int().min(1) })
