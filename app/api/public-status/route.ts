import { publicStatus } from '@/lib/public-status'

// Called by proxy.ts (which stays database-free) before a public page renders: see lib/public-status.ts.
export async function GET(request: Request) {
  const url = new URL(request.url)
  const path = url.searchParams.get('path')
  if (!path || !path.startsWith('/')) return Response.json(null, { status: 400 })
  return Response.json(await publicStatus(path, url.searchParams.get('search') ?? ''))
}
