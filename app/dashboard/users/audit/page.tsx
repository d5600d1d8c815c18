import { listAuditWithTargets } from '@/db/queries/audit'
import { describeAudit } from '@/lib/audit/describe'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { requirePermission } from '@/lib/session'
import { dashboardMetadata } from '@/lib/dashboard-metadata'
import { formatDateTime } from '@/lib/i18n/format'

export const generateMetadata = () => dashboardMetadata('audit')

export default async function AuditPage() {
  const viewer = await requirePermission('audit.view', '/dashboard/users/audit')
  const t = getDictionary(viewer.locale)
  const a = t.newsroom.auditLog
  const entries = await listAuditWithTargets(viewer.locale, 200)
  return (
    <section aria-labelledby="audit-heading" className="flex flex-col gap-4">
      <h1 id="audit-heading" className="text-2xl font-bold">
        {a.title}
      </h1>
      <p className="text-sm text-gray-700">{a.intro}</p>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b">
            <th scope="col" className="p-2 text-start">{a.when}</th>
            <th scope="col" className="p-2 text-start">{a.who}</th>
            <th scope="col" className="p-2 text-start">{a.action}</th>
            <th scope="col" className="p-2 text-start">{a.target}</th>
            <th scope="col" className="p-2 text-start">{a.details}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const words = describeAudit(entry, t, viewer.locale)
            return (
              <tr key={entry.id} className="border-b align-top">
                <td className="p-2 whitespace-nowrap">{formatDateTime(entry.createdAt, viewer.locale, { dateStyle: 'medium', timeStyle: 'medium' })}</td>
                <td className="p-2">{entry.actorName ?? a.system}</td>
                <td className="p-2">{words.action}</td>
                <td className="p-2">{words.target}</td>
                <td className="p-2 text-xs text-gray-700">{words.detail}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
