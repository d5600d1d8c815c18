import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { requestLocale } from '@/lib/i18n/request-locale'
import { getViewer } from '@/lib/session'
import { SignInForm } from './sign-in-form'

export const metadata: Metadata = { title: 'Kiosque', robots: { index: false } }

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  if (await getViewer()) redirect('/dashboard')
  const t = getDictionary(await requestLocale())
  const callback = (await searchParams).callbackUrl
  return (
    <main id="content" className="mx-auto mt-16 max-w-md rounded-lg border border-line bg-white p-8 shadow-sm">
      <p className="font-serif text-2xl font-bold">{t.common.siteName}</p>
      <h1 className="mt-4 text-xl font-bold">{t.auth.title}</h1>
      <p className="mb-6 mt-1 text-sm text-muted">{t.auth.intro}</p>
      <SignInForm t={{ auth: t.auth, errors: t.errors }} callbackUrl={typeof callback === 'string' ? callback : undefined} />
    </main>
  )
}
