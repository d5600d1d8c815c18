import { releaseLock } from '@/db/queries/articles-workflow'
import { can } from '@/lib/permissions'
import { getViewer } from '@/lib/session'
import { lockSessionSchema } from '../../schemas'

// The editor calls this with navigator.sendBeacon when the page goes away (tab closed, reload, another page): a
// beacon cannot call a server action, so it is a route handler, with the checks a server action would make. The
// beacon's form names the page's lock session: only the page that holds the lock frees it.
export async function POST(request: Request, { params }: RouteContext<'/dashboard/articles/[id]/lock'>) {
  // Browsers send Origin with a beacon: another site must not be able to make a signed-in editor drop their lock.
  const origin = request.headers.get('origin')
  if (origin && origin !== 'null' && new URL(origin).host !== request.headers.get('host')) return new Response(null, { status: 403 })
  const viewer = await getViewer()
  if (!viewer) return new Response(null, { status: 401 })
  if (!can(viewer, 'article.edit')) return new Response(null, { status: 403 })
  const form = await request.formData().catch(() => null)
  const input = lockSessionSchema.safeParse({ id: (await params).id, lockSession: form?.get('lockSession') })
  if (!input.success) return new Response(null, { status: 400 })
  await releaseLock(viewer, input.data.id, input.data.lockSession)
  return new Response(null, { status: 204 })
}
