import { z } from 'zod'
import { ARTICLE_STATUSES, LANGUAGES } from '@/db/schema'

// The article list's filters come from the URL: anything unexpected is dropped rather than failing the page.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || Array.isArray(v) ? undefined : v), schema.optional()).catch(undefined)

export const listQuerySchema = z.object({
  status: optional(z.enum(ARTICLE_STATUSES)),
  authorId: optional(z.uuid()),
  categoryId: optional(z.uuid()),
  language: optional(z.enum(LANGUAGES)),
  q: optional(z.string().trim().max(200)),
  sort: optional(z.enum(['updated', 'published', 'title'])),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
  trash: z.preprocess((v) => v === '1', z.boolean()).catch(false),
})
