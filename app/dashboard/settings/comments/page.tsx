import { CommentSettingsForm } from '@/components/dashboard/comments/comment-settings-form'
import { getCommentSettings } from '@/db/queries/comments'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { requirePermission } from '@/lib/session'
import { dashboardMetadata } from '@/lib/dashboard-metadata'

export const generateMetadata = () => dashboardMetadata('commentSettings')

export default async function CommentSettingsPage() {
  const viewer = await requirePermission('comment.settings', '/dashboard/settings/comments')
  const t = getDictionary(viewer.locale)
  const settings = await getCommentSettings()
  const messages: Record<string, string> = {}
  for (const [key, value] of Object.entries(t.errors)) messages[`errors.${key}`] = value
  messages['moderation.settings.invalidIp'] = t.moderation.settings.invalidIp
  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading" className="text-2xl font-bold">
        {t.moderation.settings.title}
      </h1>
      <p className="mt-1 text-gray-700">{t.moderation.settings.intro}</p>
      <CommentSettingsForm settings={settings} t={t.moderation.settings} messages={messages} />
    </section>
  )
}
