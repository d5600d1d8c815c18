import Link from 'next/link'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { getViewer } from '@/lib/session'

// A dashboard page's notFound() (an article that does not exist or is in the trash), in the person's language and
// inside the dashboard, like the 403 page beside it; proxy.ts gives a page load its 404 status.
export default async function NotFound() {
  const viewer = await getViewer()
  const t = getDictionary(viewer?.locale ?? 'fr')
  return (
    <section aria-labelledby="not-found-heading" className="max-w-xl">
      <h1 id="not-found-heading" className="text-2xl font-bold">
        {t.errors.notFoundTitle}
      </h1>
      <p className="mt-2">{t.errors.notFoundText}</p>
      <Link href="/dashboard" className="mt-4 inline-block underline">
        {t.errors.backToDashboard}
      </Link>
    </section>
  )
}
