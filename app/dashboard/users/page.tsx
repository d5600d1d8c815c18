import Link from 'next/link'
import { ActionForm } from '@/components/dashboard/action-form'
import { InviteForm } from '@/components/dashboard/invite-form'
import { listStaff } from '@/db/queries/people'
import { ROLES } from '@/db/schema'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { formatDate } from '@/lib/i18n/format'
import { requirePermission } from '@/lib/session'
import { changeRoleAction, setActiveAction } from './actions'
import { dashboardMetadata } from '@/lib/dashboard-metadata'

export const generateMetadata = () => dashboardMetadata('users')

export default async function UsersPage() {
  const viewer = await requirePermission('user.manage', '/dashboard/users')
  const t = getDictionary(viewer.locale)
  const p = t.newsroom.people
  const words = { errors: t.errors, newsroom: t.newsroom }
  const people = await listStaff()
  return (
    <section aria-labelledby="users-heading" className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 id="users-heading" className="text-2xl font-bold">
          {t.dashboard.users.title}
        </h1>
        <Link prefetch={false} href="/dashboard/users/audit" className="underline">
          {p.audit}
        </Link>
      </div>
      <InviteForm t={{ newsroom: t.newsroom, errors: t.errors, dashboard: t.dashboard, common: t.common }} defaultLocale={viewer.locale} />
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b text-start">
            <th scope="col" className="p-2 text-start">{t.dashboard.users.name}</th>
            <th scope="col" className="p-2 text-start">{t.dashboard.users.email}</th>
            <th scope="col" className="p-2 text-start">{t.dashboard.users.role}</th>
            <th scope="col" className="p-2 text-start">{t.dashboard.users.status}</th>
            <th scope="col" className="p-2 text-start">{t.dashboard.users.lastSignIn}</th>
            <th scope="col" className="p-2 text-start">{p.actions}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id} className="border-b align-top">
              <td className="p-2">{person.name}</td>
              <td className="p-2">{person.email}</td>
              <td className="p-2">
                {person.id === viewer.id ? (
                  t.dashboard.roles[person.role]
                ) : (
                  <ActionForm action={changeRoleAction} t={words} done={p.roleChanged} className="flex gap-1">
                    <input type="hidden" name="id" value={person.id} />
                    <select name="role" defaultValue={person.role} aria-label={interpolate(p.roleOf, { name: person.name })} className="rounded border border-gray-400 bg-white px-1">
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t.dashboard.roles[role]}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="rounded border border-gray-500 px-2" aria-label={`${p.changeRole} : ${person.name}`}>
                      {p.changeRole}
                    </button>
                  </ActionForm>
                )}
              </td>
              <td className="p-2">
                {person.active ? t.dashboard.users.active : t.dashboard.users.inactive}
                {person.hasPassword ? null : <span className="block text-xs text-gray-600">{p.pendingInvite}</span>}
              </td>
              <td className="p-2">{person.lastSignInAt ? formatDate(person.lastSignInAt, viewer.locale) : t.dashboard.users.never}</td>
              <td className="p-2">
                <Link prefetch={false} href={`/dashboard/users/${person.id}`} className="underline" aria-label={`${p.editProfile} : ${person.name}`}>
                  {p.editProfile}
                </Link>
                {person.id === viewer.id ? null : (
                  <ActionForm action={setActiveAction} t={words} outcomes={{ deactivated: p.deactivated, reactivated: p.reactivated }}>
                    <input type="hidden" name="id" value={person.id} />
                    <input type="hidden" name="active" value={person.active ? 'false' : 'true'} />
                    <button type="submit" className="underline" aria-label={`${person.active ? p.deactivate : p.reactivate} : ${person.name}`}>
                      {person.active ? p.deactivate : p.reactivate}
                    </button>
                  </ActionForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
