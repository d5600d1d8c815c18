import 'server-only'
import { eq } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { tags } from '@/lib/cache-tags'
import { normalizeRedirectPath } from '@/lib/paths'
import { db } from '../index'
import { redirects } from '../schema'

// WordPress paginates archives as /category/x/page/3; the page sizes differ from ours, so such a page goes to the
// first page of the listing its archive became rather than to a page number that may not exist here.
const PAGINATED = /^(\/.+?)\/page\/\d{1,6}$/

/** Where an old URL (a renamed slug, a WordPress permalink or archive page) now lives; null when it is not a known old URL. */
export async function findRedirect(path: string): Promise<{ to: string; status: number } | null> {
  'use cache'
  cacheLife('max')
  cacheTag(tags.redirects)
  const normalized = normalizeRedirectPath(path)
  const archive = PAGINATED.exec(normalized)?.[1]
  return (await redirectFrom(normalized)) ?? (archive ? redirectFrom(archive) : null)
}

async function redirectFrom(fromPath: string) {
  const [row] = await db.select({ to: redirects.toPath, status: redirects.statusCode }).from(redirects).where(eq(redirects.fromPath, fromPath)).limit(1)
  return row ?? null
}
