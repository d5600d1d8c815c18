// One audit entry in words: the log stores codes and JSON ("comment.approve", { ids: [...] }) so that entries stay
// comparable whatever the reader's language; this turns them into an action, a target and a detail an administrator
// can read, in their dashboard language. Pure: the query resolves target names (lib/audit is tested without a database).
import type { Locale } from '@/lib/i18n/config'
import { interpolate, type Dictionary } from '@/lib/i18n/dictionaries'
import { formatDate } from '@/lib/i18n/format'
import { formatCount } from '@/lib/i18n/plural'

export type AuditRow = {
  action: string
  targetType: string | null
  targetId: string | null
  details: Record<string, unknown> | null
  ip: string | null
  /** The target's current name (article title, person, section…), or null when it no longer exists. */
  targetName: string | null
}

export type AuditWords = { action: string; target: string; detail: string }

type Words = Pick<Dictionary, 'newsroom' | 'dashboard' | 'moderation'>
type Actions = Dictionary['newsroom']['auditLog']['actions']

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null)

function actionLabel(actions: Actions, action: string): string | null {
  const [area, verb] = action.split('.')
  const labels = area && area in actions ? (actions[area as keyof Actions] as Record<string, string>) : null
  return labels && verb && verb in labels ? (labels[verb] ?? null) : null
}

function roleName(t: Words, role: unknown): string {
  return typeof role === 'string' && role in t.dashboard.roles ? t.dashboard.roles[role as keyof Words['dashboard']['roles']] : String(role ?? '')
}

export function describeAudit(row: AuditRow, t: Words, locale: Locale): AuditWords {
  const a = t.newsroom.auditLog
  const details = row.details ?? {}
  const name = row.targetName
  const [area, , emptied] = row.action.split('.')

  let target = ''
  if (row.targetType === 'article') target = interpolate(a.targets.article, { title: name ?? text(details.slug) ?? a.targets.gone })
  else if (row.targetType === 'comment' && Array.isArray(details.ids)) {
    target = details.ids.length === 1 && name ? interpolate(a.targets.comment, { name }) : formatCount(a.targets.comments, details.ids.length)
  } else if (row.targetType === 'comment') target = name ? interpolate(a.targets.comment, { name }) : a.targets.gone
  else if (row.targetType === 'user') target = name ?? a.targets.gone
  else if (row.targetType === 'invitation') target = text(details.email) ?? ''
  else if (row.targetType === 'category') target = interpolate(a.targets.category, { name: name ?? text(details.slug) ?? text(details.to) ?? a.targets.gone })
  else if (row.targetType === 'tag') target = interpolate(a.targets.tag, { name: name ?? text(details.slug) ?? text(details.to) ?? a.targets.gone })
  else if (row.targetType === 'media') target = name ? interpolate(a.targets.image, { name }) : a.targets.gone
  else if (row.targetType === 'ban') target = [text(details.email), text(details.ip)].filter(Boolean).join(', ') || name || a.targets.gone
  else if (row.targetType === 'settings') target = a.targets.commentSettings
  else if (area === 'comment' && emptied && emptied in t.moderation.tabs) target = t.moderation.tabs[emptied as keyof Words['moderation']['tabs']]

  const lines: string[] = []
  if (row.action === 'user.role') lines.push(interpolate(a.detail.role, { role: roleName(t, details.role) }))
  if (row.action === 'user.invite') lines.push(interpolate(a.detail.invitedAs, { role: roleName(t, details.role) }))
  if (text(details.from) && text(details.to)) lines.push(interpolate(a.detail.renamed, { from: text(details.from)!, to: text(details.to)! }))
  if (row.action === 'category.create' && text(details.slug)) lines.push(interpolate(a.detail.slug, { slug: text(details.slug)! }))
  if (text(details.scheduledAt)) lines.push(interpolate(a.detail.scheduledFor, { date: formatDate(new Date(text(details.scheduledAt)!), locale) }))
  if (details.scheduled === true) lines.push(details.missed ? a.detail.missed : a.detail.byScheduler)
  if (details.shadow === true) lines.push(a.detail.shadow)
  if (typeof details.count === 'number') lines.push(formatCount(a.detail.emptied, details.count))
  if (row.ip) lines.push(interpolate(a.detail.ip, { ip: row.ip }))

  const label = actionLabel(a.actions, row.action) ?? (area === 'comment' && emptied ? a.actions.comment.empty : null)
  return { action: label ?? row.action, target, detail: lines.join(' · ') }
}
