// Pure rules that turn WordPress values into ours: statuses, dates, slugs, languages, old URLs. Documented in
// docs/wordpress-import.md; tested in map.test.ts.
import { createHash } from 'node:crypto'
import { ARTICLE_STATUSES, COMMENT_STATUSES, type Language } from '@/db/schema'
import { normalizeRedirectPath, RESERVED_SLUGS } from '@/lib/paths'
import { slugify } from '@/lib/slug'

export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]
export type CommentStatus = (typeof COMMENT_STATUSES)[number]

export const POST_STATUSES: Record<string, ArticleStatus> = {
  publish: 'published',
  future: 'scheduled',
  draft: 'draft',
  'auto-draft': 'draft',
  pending: 'in_review',
  private: 'archived',
}

/** WordPress's wp:comment_approved: 1, 0, spam, trash, post-trashed. Null means "not a status we know". */
export function commentStatus(approved: string): CommentStatus | null {
  switch (approved) {
    case '1':
    case 'approve':
      return 'approved'
    case '0':
    case 'hold':
      return 'pending'
    case 'spam':
      return 'spam'
    case 'trash':
    case 'post-trashed':
      return 'trash'
    default:
      return null
  }
}

/** "2024-03-05 14:30:00" read as UTC; WordPress writes "0000-00-00 00:00:00" for "never". */
export function parseWpDate(value: string): Date | null {
  const match = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/)
  if (!match || match[1] === '0000') return null
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`)
  return Number.isNaN(date.getTime()) ? null : date
}

/** Prefer the GMT date; a draft has none, so its local date stands in (the site's offset is not in the export). */
export const wpDate = (gmt: string, local: string) => parseWpDate(gmt) ?? parseWpDate(local)

/**
 * A slug our URLs accept. WordPress slugs may be percent-encoded UTF-8 (Arabic titles) or collide with our
 * reserved words; those fall back to a readable transliteration, then to `<fallback>`.
 */
export function importSlug(wpSlug: string, title: string, fallback: string): string {
  let decoded = wpSlug
  try {
    decoded = decodeURIComponent(wpSlug)
  } catch {
    // a stray "%" in a slug: keep it as typed
  }
  const slug = slugify(decoded) || slugify(title) || fallback
  return RESERVED_SLUGS.includes(slug) ? `${slug}-${fallback}` : slug
}

/** Polylang and WPML export the post language as a taxonomy term; otherwise the command's default applies. */
export function itemLanguage(categories: { domain: string; slug: string }[], fallback: Language): Language {
  const term = categories.find((c) => c.domain === 'language' || c.domain === 'post_translations')?.slug.slice(0, 2)
  return term === 'fr' || term === 'en' || term === 'ar' ? term : fallback
}

/** The path of an old permalink on the WordPress site, in the form redirects are stored; null for another site. */
export function legacyPath(link: string, siteUrl: string): string | null {
  if (!link) return null
  try {
    const url = new URL(link, siteUrl || 'http://wordpress.invalid')
    const base = siteUrl ? new URL(siteUrl) : null
    if (base && url.host !== base.host) return null
    const path = normalizeRedirectPath(url.pathname + url.search)
    return path === '/' ? null : path
  } catch {
    return null
  }
}

/**
 * WordPress's author archive uses the login's "nicename" (sanitize_title: lower case, dots to dashes, other
 * punctuation dropped), which the export does not carry; the raw login is kept too when it differs.
 */
export function authorNicename(login: string): string {
  return login.toLowerCase().replace(/\./g, '-').replace(/[^a-z0-9 _-]/g, '').trim().replace(/\s+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '')
}

/** Hash of the fields we import: a newer export with the same hash has nothing to update. */
export function checksum(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64url')
}

export const postMeta = (meta: [string, string][], key: string) => meta.find(([k]) => k === key)?.[1]?.trim() ?? ''

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif',
  svg: 'image/svg+xml', pdf: 'application/pdf', mp3: 'audio/mpeg', mp4: 'video/mp4', m4a: 'audio/mp4', mov: 'video/quicktime',
}

/** WXR does not carry the MIME type; the file extension is what WordPress itself went by. */
export function mimeFromUrl(url: string): string {
  const extension = url.split(/[?#]/)[0]?.split('.').pop()?.toLowerCase() ?? ''
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream'
}
