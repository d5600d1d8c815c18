import { env } from '@/lib/env'
import { expireTags } from '@/lib/expire-tags'
import { SITE_REFRESH_BASE_TAGS, isSiteRefreshToken, siteRefreshBody } from '@/lib/site-refresh'

// Called by `npm run import:wordpress` once it has written to this site's database (see lib/site-refresh.ts).
// Old addresses must stop answering 404 at once, not on the visit after next: the tags expire now rather than
// serving stale while revalidating.
export async function POST(request: Request) {
  const secret = env.AUTH_SECRET ?? (env.NODE_ENV === 'production' ? null : 'kiosque-dev')
  if (!secret || !isSiteRefreshToken(secret, request.headers.get('authorization'))) {
    return Response.json({ error: 'forbidden' }, { status: 403 })
  }
  const body = siteRefreshBody.safeParse(await request.json().catch(() => ({})))
  if (!body.success) return Response.json({ error: 'tags must be at most 5000 cache tag names' }, { status: 400 })
  const tags = new Set<string>([...SITE_REFRESH_BASE_TAGS, ...body.data.tags])
  expireTags(tags, 'request')
  return Response.json({ refreshed: tags.size })
}
