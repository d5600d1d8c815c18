import 'server-only'
import { eq } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { tags } from '@/lib/cache-tags'
import { normalizeRedirectPath } from '@/lib/paths'
import { db } from '../index'
import { redirects } from '../schema'

/** Where an old URL (a renamed slug, a WordPress permalink) now lives; null when it is not a known old URL. */
export async function findRedirect(path: string): Promise<{ to: string; status: number } | null> {
  'use cache'
  cacheLife('max')
  cacheTag(tags.redirects)
  const [row] = await db
    .select({ to: redirects.toPath, status: redirects.statusCode })
    .from(redirects)
    .where(eq(redirects.fromPath, normalizeRedirectPath(path)))
    .limit(1)
  return row ?? null
}
