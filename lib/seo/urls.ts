import { env } from '@/lib/env'

/** Canonical absolute URL of a site path (feeds, sitemaps, JSON-LD and Open Graph need absolute URLs). */
export function absoluteUrl(path: string): string {
  return new URL(path, env.SITE_URL).toString()
}
