import Link from 'next/link'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { getViewer } from '@/lib/session'

export default async function Forbidden() {
  const viewer = await getViewer()
  const t = getDictionary(viewer?.locale ?? 'fr')
  return (
    <section aria-labelledby="forbidden-heading" className="max-w-xl">
      <h1 id="forbidden-heading" className="text-2xl font-bold">
        {t.errors.forbiddenTitle}
      </h1>
      <p className="mt-2">{t.errors.forbiddenText}</p>
      <Link href="/dashboard" className="mt-4 inline-block underline">
        {t.errors.backToDashboard}
      </Link>
    </section>
  )
}
