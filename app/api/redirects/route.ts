import { findRedirect } from '@/db/queries/redirects'

// Called by proxy.ts (which stays database-free) for URLs outside the locale prefixes.
export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path')
  if (!path || path.length > 2048) return Response.json(null, { status: 400 })
  return Response.json(await findRedirect(path))
}
