import 'server-only'
import { asc } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { tags } from '@/lib/cache-tags'
import { db } from '../index'
import { categories } from '../schema'

/** Sections for the site navigation, in editorial order. */
export async function listCategories() {
  'use cache'
  cacheLife('max')
  cacheTag(tags.categories)
  return db
    .select({ id: categories.id, slug: categories.slug, name: categories.name })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.slug))
}
