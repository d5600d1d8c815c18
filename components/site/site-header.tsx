import Link from 'next/link'
import { Suspense } from 'react'
import { listCategories } from '@/db/queries/categories'
import type { Locale } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { localized } from '@/lib/i18n/localized'
import { paths } from '@/lib/paths'
import { LanguageLinks, LanguageSwitcher } from './language-switcher'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = getDictionary(locale)
  const categories = await listCategories()
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href={paths.home(locale)} className="font-serif text-3xl font-bold tracking-tight text-ink no-underline">
          {t.common.siteName}
        </Link>
        <nav aria-label={t.common.languageSwitcher}>
          <Suspense fallback={<LanguageLinks locale={locale} names={t.common.languageNames} />}>
            <LanguageSwitcher locale={locale} names={t.common.languageNames} />
          </Suspense>
        </nav>
      </div>
      <nav aria-label={t.common.mainNavigation} className="border-t border-line">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-5 gap-y-2 px-4 py-2 text-sm font-semibold uppercase tracking-wide">
          <li>
            <Link href={paths.home(locale)} className="hover:text-accent">
              {t.common.home}
            </Link>
          </li>
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={paths.category(locale, category.slug)} className="hover:text-accent">
                {localized(category.name, locale)}
              </Link>
            </li>
          ))}
          <li className="ms-auto">
            <Link href={paths.search(locale)} className="hover:text-accent">
              {t.site.search}
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  )
}
