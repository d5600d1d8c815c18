import { expect, type Browser, type Page } from '@playwright/test'
import { storageState, type DemoRole } from './accounts'
import { fr } from './dictionaries'

export const unique = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`

export async function signedIn(browser: Browser, role: DemoRole) {
  const context = await browser.newContext({ storageState: storageState(role), extraHTTPHeaders: { 'accept-language': 'fr' } })
  return { context, page: await context.newPage() }
}

/** Creates a draft through the "New article" form and returns the editor URL. */
export async function createDraft(page: Page, title: string): Promise<string> {
  await page.goto('/dashboard/articles/new')
  await page.getByLabel(fr.newsroom.create.headline).fill(title)
  await page.getByRole('button', { name: fr.newsroom.create.submit }).click()
  await expect(page).toHaveURL(/\/dashboard\/articles\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { name: fr.newsroom.editor.heading })).toBeVisible()
  return new URL(page.url()).pathname
}

export const body = (page: Page) => page.getByRole('textbox', { name: fr.newsroom.editor.body })
export const savedNote = (page: Page) => page.getByRole('status').filter({ hasText: /^Enregistré à / })
/** Autosave waits 2 s after typing, then saves; on a loaded CI machine (image encoding in other tests) allow more. */
export const AUTOSAVE_TIMEOUT = 20_000

export async function typeBody(page: Page, text: string) {
  await body(page).click()
  await page.keyboard.type(text)
}
