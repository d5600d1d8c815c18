'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { locales, type Locale } from '@/lib/i18n/config'
import { paths, samePageIn } from '@/lib/paths'

type Props = { locale: Locale; names: Record<Locale, string> }

/**
 * The language links, pointing at the same section, tag, author or search page in the other language (lib/paths.ts
 * samePageIn). The layout renders the links to each home page while the address is not known (a shell shared by
 * every page of a route) and this island, which reads it, once it is.
 */
export function LanguageSwitcher({ locale, names }: Props) {
  const pathname = usePathname()
  return <LanguageLinks locale={locale} names={names} href={(code) => samePageIn(pathname, code)} />
}

export function LanguageLinks({ locale, names, href = paths.home }: Props & { href?: (code: Locale) => string }) {
  return (
    <ul className="flex gap-3 text-sm">
      {locales.map((code) => (
        <li key={code}>
          <Link
            href={href(code)}
            hrefLang={code}
            lang={code}
            aria-current={code === locale ? 'true' : undefined}
            className={code === locale ? 'font-bold underline' : 'text-muted hover:underline'}
          >
            {names[code]}
          </Link>
        </li>
      ))}
    </ul>
  )
}
