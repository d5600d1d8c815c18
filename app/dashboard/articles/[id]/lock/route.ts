import { releaseLock } from '@/db/queries/articles-workflow'
import { can } from '@/lib/permissions'
import { getViewer } from '@/lib/session'

// The editor calls this with navigator.sendBeacon when the page goes away (tab closed, reload, another page): a
// beacon cannot call a server action, so it is a route handler, with the checks a server action would make.
export async function POST(request: Request, { params }: RouteContext<'/dashboard/articles/[id]/lock'>) {
  // Browsers send Origin with a beacon: another site must not be able to make a signed-in editor drop their lock.
  const origin = request.headers.get('origin')
  if (origin && origin !== 'null' && new URL(origin).host !== request.headers.get('host')) return new Response(null, { status: 403 })
  const viewer = await getViewer()
  if (!viewer) return new Response(null, { status: 401 })
  if (!can(viewer, 'article.edit')) return new Response(null, { status: 403 })
  const { id } = await params
  if (!/^[0-9a-f-]{36}$/i.test(id)) return new Response(null, { status: 404 })
  await releaseLock(viewer, id)
  return new Response(null, { status: 204 })
}
