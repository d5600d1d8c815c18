import { dashboardStatus } from '@/lib/dashboard-status'
import { getViewer } from '@/lib/session'

// Called by proxy.ts (which stays database-free) before a record's dashboard screen renders, with the person's own
// cookie: see lib/dashboard-records.ts. It tells the person no more than opening the page would.
export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path')
  if (!path?.startsWith('/dashboard/')) return Response.json(null, { status: 400 })
  return Response.json({ status: await dashboardStatus(await getViewer(), path) }, { headers: { 'cache-control': 'private, no-store' } })
}
