import Link from 'next/link'
import type { Locale } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { paths } from '@/lib/paths'

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getDictionary(locale)
  return (
    <footer className="mt-16 border-t border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-muted">
        <p>{t.common.footer}</p>
        <div className="flex gap-4">
          <a href={`${paths.home(locale)}/feed.xml`} type="application/rss+xml" className="underline">
            {t.site.rss}
          </a>
          <Link href="/sign-in" className="underline">
            {t.common.signIn}
          </Link>
        </div>
      </div>
    </footer>
  )
}
