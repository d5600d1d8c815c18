import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { requireUser } from '@/lib/session'

export default async function DashboardHome() {
  const viewer = await requireUser()
  const t = getDictionary(viewer.locale)
  return (
    <section aria-labelledby="welcome">
      <h1 id="welcome" className="text-2xl font-bold">
        {interpolate(t.dashboard.welcome, { name: viewer.name })}
      </h1>
      <p className="mt-2 text-gray-700">{interpolate(t.dashboard.signedInAs, { email: viewer.email })}</p>
      <p className="mt-1 text-gray-700">{interpolate(t.dashboard.yourRole, { role: t.dashboard.roles[viewer.role] })}</p>
    </section>
  )
}
