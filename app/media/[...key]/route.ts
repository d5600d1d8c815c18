import { contentTypeOf } from '@/lib/storage/images'
import { getStorage } from '@/lib/storage/storage'

// Uploaded images and their sizes. Every key contains a random folder, so a file never changes: cache it forever.
export async function GET(_request: Request, { params }: RouteContext<'/media/[...key]'>) {
  const { key } = await params
  const path = key.join('/')
  const bytes = await getStorage()
    .get(path)
    .catch(() => null)
  if (!bytes) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } })
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': contentTypeOf(path),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'",
    },
  })
}
