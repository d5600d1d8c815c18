import { listUsers } from '@/db/queries/users'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { formatDate } from '@/lib/i18n/format'
import { requirePermission } from '@/lib/session'

export default async function UsersPage() {
  const viewer = await requirePermission('user.manage', '/dashboard/users')
  const t = getDictionary(viewer.locale)
  const people = await listUsers()
  return (
    <section aria-labelledby="users-heading">
      <h1 id="users-heading" className="text-2xl font-bold">
        {t.dashboard.users.title}
      </h1>
      <table className="mt-6 w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b text-start">
            <th scope="col" className="p-2 text-start">{t.dashboard.users.name}</th>
            <th scope="col" className="p-2 text-start">{t.dashboard.users.email}</th>
            <th scope="col" className="p-2 text-start">{t.dashboard.users.role}</th>
            <th scope="col" className="p-2 text-start">{t.dashboard.users.status}</th>
            <th scope="col" className="p-2 text-start">{t.dashboard.users.lastSignIn}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id} className="border-b">
              <td className="p-2">{person.name}</td>
              <td className="p-2">{person.email}</td>
              <td className="p-2">{t.dashboard.roles[person.role]}</td>
              <td className="p-2">{person.active ? t.dashboard.users.active : t.dashboard.users.inactive}</td>
              <td className="p-2">{person.lastSignInAt ? formatDate(person.lastSignInAt, viewer.locale) : t.dashboard.users.never}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
