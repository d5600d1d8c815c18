import { findRedirect } from '@/db/queries/redirects'
import { isImpossiblePath } from '@/lib/public-routes'

// Called by proxy.ts (which stays database-free) for URLs outside the locale prefixes.
export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path')
  if (!path) return Response.json(null, { status: 400 })
  // No old address holds a control character (a NUL would reach the database as an error) or 2,000 characters.
  return Response.json(isImpossiblePath(path) ? null : await findRedirect(path))
}
