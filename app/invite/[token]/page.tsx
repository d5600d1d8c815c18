import { connection } from 'next/server'
import { AcceptInviteForm } from '@/components/dashboard/accept-invite-form'
import { findOpenInvitation } from '@/db/queries/people'
import { direction, isLocale } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { requestLocale } from '@/lib/i18n/request-locale'

export default async function AcceptInvitationPage({ params, searchParams }: PageProps<'/invite/[token]'>) {
  await connection() // the invitation's validity depends on the time of the request
  const { token } = await params
  // The language the inviter chose (?lang= in the link), else the browser's: the page, then the new account, speak it.
  const { lang } = await searchParams
  const locale = isLocale(lang) ? lang : await requestLocale()
  const t = getDictionary(locale)
  const p = t.newsroom.people
  const invitation = await findOpenInvitation(decodeURIComponent(token))
  return (
    <main id="content" lang={locale} dir={direction(locale)} className="mx-auto mt-16 max-w-md rounded-lg border border-line bg-white p-8 shadow-sm">
      <p className="font-serif text-2xl font-bold">{t.common.siteName}</p>
      <h1 className="mt-4 text-xl font-bold">{p.acceptTitle}</h1>
      {invitation ? (
        <>
          <p className="mb-6 mt-1 text-sm text-muted">{interpolate(p.acceptIntro, { role: t.dashboard.roles[invitation.role], email: invitation.email })}</p>
          <AcceptInviteForm t={{ newsroom: t.newsroom, errors: t.errors }} token={decodeURIComponent(token)} locale={locale} />
        </>
      ) : (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {p.errors.invitationInvalid}
        </p>
      )}
    </main>
  )
}
