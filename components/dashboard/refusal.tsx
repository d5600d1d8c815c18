import Link from 'next/link'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { getViewer } from '@/lib/session'

/**
 * The dashboard's 403 and 404 pages, in the person's language and inside the dashboard (app/dashboard/forbidden.tsx
 * and not-found.tsx); proxy.ts gives a page load its status.
 */
export async function DashboardRefusal({ kind }: { kind: 'forbidden' | 'notFound' }) {
  const viewer = await getViewer()
  const t = getDictionary(viewer?.locale ?? 'fr')
  const [title, text] = kind === 'forbidden' ? [t.errors.forbiddenTitle, t.errors.forbiddenText] : [t.errors.notFoundTitle, t.errors.notFoundText]
  const headingId = kind === 'forbidden' ? 'forbidden-heading' : 'not-found-heading'
  return (
    <section aria-labelledby={headingId} className="max-w-xl">
      <h1 id={headingId} className="text-2xl font-bold">
        {title}
      </h1>
      <p className="mt-2">{text}</p>
      <Link href="/dashboard" className="mt-4 inline-block underline">
        {t.errors.backToDashboard}
      </Link>
    </section>
  )
}
