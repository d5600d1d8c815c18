import { type APIRequestContext, type Page, expect } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { fr } from './dictionaries'

/** Published French articles from the home page (seeded), as paths. */
export async function publishedArticlePaths(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get('/fr')).text()
  const paths = [...html.matchAll(/href="(\/fr\/[a-z0-9-]+\/[a-z0-9-]+)"/g)].map((match) => match[1]!)
  return [...new Set(paths)].filter((path) => !path.startsWith('/fr/tag/') && !path.startsWith('/fr/auteur/'))
}

export const uniqueText = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`
export const uniqueEmail = () => `reader-${randomUUID().slice(0, 12)}@example.org`

/**
 * The form's hidden fields for a plain post, as a browser gets them: the article id from the (cached) page, the
 * one-time token from the reader part the page's script fetches after loading.
 */
export async function formFields(request: APIRequestContext, path: string, ip: string) {
  const html = await (await request.get(path, { headers: { 'x-forwarded-for': ip } })).text()
  const articleId = html.match(/name="articleId" value="([^"]+)"/)?.[1]
  if (!articleId) throw new Error(`No comment form on ${path}`)
  const reader = await request.get(`/api/comments/reader?article=${articleId}`, { headers: { 'x-forwarded-for': ip } })
  const token = ((await reader.json()) as { token?: string } | null)?.token
  if (!token) throw new Error(`No form token for ${path} (${reader.status()})`)
  return { articleId, token }
}

/** The minimum fill time (3 s by default) is a real defence: tests wait like a person would. */
export const MIN_FILL_MS = 3_100

/** Fills the "Leave a Comment" form (works with or without JavaScript). */
export async function fillCommentForm(page: Page, fields: { body: string; name: string; email: string; url?: string }) {
  await page.waitForLoadState('networkidle') // with JavaScript, type into the hydrated form
  const form = page.getByRole('form', { name: fr.comments.formTitle }).or(page.getByRole('form', { name: /Répondre à/ }))
  await form.getByLabel(fr.comments.body).fill(fields.body)
  await form.getByLabel(fr.comments.name).fill(fields.name)
  await form.getByLabel(fr.comments.email).fill(fields.email)
  if (fields.url) await form.getByLabel(fr.comments.url).fill(fields.url)
  return form
}

/** The moderation queue filtered to one text. */
export async function openQueue(page: Page, query: string, tab = 'pending') {
  await page.goto(`/dashboard/comments?tab=${tab}&q=${encodeURIComponent(query)}`)
  await expect(page.getByRole('heading', { level: 1, name: fr.moderation.title })).toBeVisible()
}
