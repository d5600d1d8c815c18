// After an import, tell the running site which cached pages and look-ups changed (app/api/site-refresh), so old
// addresses stop answering from a cached 404 and new articles show in lists. The site may well not be running
// (the embedded database requires it stopped): the message then says what to do instead.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { env } from '@/lib/env'
import { SITE_REFRESH_MAX_TAGS, SITE_REFRESH_PATH, siteRefreshToken } from '@/lib/site-refresh'

/** The secret the site runs with: AUTH_SECRET, or the one `npm start` generated into DATA_DIR. */
function siteSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET
  const generated = path.join(env.DATA_DIR, 'auth-secret')
  return existsSync(generated) ? readFileSync(generated, 'utf8').trim() : 'kiosque-dev'
}

export type RefreshOutcome = { ok: boolean; message: string }

export async function refreshSite(siteUrl: string, changedTags: string[], tooManyChangedTags = false): Promise<RefreshOutcome> {
  const endpoint = new URL(SITE_REFRESH_PATH, siteUrl)
  const chunks: string[][] = []
  for (let start = 0; start < Math.max(changedTags.length, 1); start += SITE_REFRESH_MAX_TAGS) chunks.push(changedTags.slice(start, start + SITE_REFRESH_MAX_TAGS))
  const restart = 'restart the site so old addresses and lists stop answering from its cache'
  for (const tags of chunks) {
    let response: Response
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { authorization: `Bearer ${siteRefreshToken(siteSecret())}`, 'content-type': 'application/json' },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(10_000),
      })
    } catch (error) {
      const reason = error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? error.message) : String(error)
      return { ok: false, message: `The site at ${endpoint.origin} did not answer (${reason}). If it is running elsewhere, pass --site <its URL>; otherwise, once it runs, ${restart}, or run: npm run import:wordpress -- --refresh-site` }
    }
    if (response.status === 403) {
      return { ok: false, message: `The site at ${endpoint.origin} refused the refresh: this command does not have the site's AUTH_SECRET (set it, or DATA_DIR, as the site has them), or ${restart}.` }
    }
    if (!response.ok) return { ok: false, message: `The site at ${endpoint.origin} answered ${response.status} to the refresh: ${restart}.` }
  }
  const extra = tooManyChangedTags ? ` More pages changed than could be listed: ${restart} to be sure every article page is fresh.` : ''
  return { ok: true, message: `Refreshed the site at ${endpoint.origin}: old addresses, lists and ${changedTags.length} changed page(s) are served fresh.${extra}` }
}
