// Freshness: the newsroom's real actions, called as the dashboard calls them (an editor's and a moderator's signed-in
// sessions, the transitionAction and moderateComments server actions), then every affected public page polled
// until it shows the change. The pages are visited first, so each is cached (and the new article's URL has just
// answered 404) before the change: the delay measured is the cache's, not a first render's.
import { actionId, callAction, signIn } from './actions'
import { type Corpus, EDITOR_EMAIL, MODERATOR_EMAIL, STAFF_PASSWORD } from './corpus'
import { DOCUMENT_ACCEPT } from './load'

export type FreshnessResult = {
  publish: { actionMs: number; pages: Record<string, number | null> }
  approve: { actionMs: number; pages: Record<string, number | null> }
}

const POLL_MS = 25
const GIVE_UP_MS = 40_000

// As a reader's browser loads the page: what the proxy keeps in memory must be as fresh as Next's cache.
async function fetchText(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { redirect: 'manual', headers: { accept: DOCUMENT_ACCEPT } })
  return { status: response.status, text: await response.text() }
}

/** Milliseconds from `since` until `shows` is true for the page (null when it never did within GIVE_UP_MS). */
async function pollUntil(url: string, shows: (page: { status: number; text: string }) => boolean, since: number): Promise<number | null> {
  while (Date.now() - since < GIVE_UP_MS) {
    const page = await fetchText(url).catch(() => null)
    if (page && shows(page)) return Date.now() - since
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  return null
}

export async function measureFreshness(origin: string, distDir: string, corpus: Corpus): Promise<FreshnessResult> {
  const { draft, pending } = corpus
  const articlePath = `/fr/${draft.categorySlug}/${draft.slug}`
  const listings: Record<string, string> = {
    home: '/fr',
    category: `/fr/${draft.categorySlug}`,
    rail: corpus.railPath,
    feed: '/fr/feed.xml',
  }
  // Warm every page (twice: a page rendered on its first visit is cached for the second), and let the new
  // article's address answer 404 first, as it would for a reader who tried the link early.
  for (let i = 0; i < 2; i++) {
    for (const path of [...Object.values(listings), pending.articlePath]) await fetchText(origin + path)
    const early = await fetchText(origin + articlePath)
    if (early.status !== 404) throw new Error(`${articlePath} answered ${early.status} before publication (expected 404)`)
  }

  const editor = await signIn(origin, EDITOR_EMAIL, STAFF_PASSWORD)
  const moderator = await signIn(origin, MODERATOR_EMAIL, STAFF_PASSWORD)

  const transition = actionId(distDir, 'app/dashboard/articles/actions.ts', 'transitionAction')
  let started = Date.now()
  const published = await callAction({
    url: `${origin}/dashboard/articles/${draft.id}`,
    origin,
    id: transition,
    fields: { id: draft.id, transition: 'publish', scheduledAt: '' },
    cookie: editor,
  })
  if (!published.outcome?.ok) throw new Error(`Publishing failed: ${published.status} ${published.body.slice(0, 300)}`)
  const publishActionMs = Date.now() - started
  started = Date.now()
  const slugShown = (page: { status: number; text: string }) => page.status === 200 && page.text.includes(draft.slug)
  const publishPages = Object.fromEntries(
    await Promise.all([
      ...Object.entries(listings).map(async ([name, path]) => [name, await pollUntil(origin + path, slugShown, started)] as const),
      (async () => ['article', await pollUntil(origin + articlePath, (page) => page.status === 200 && page.text.includes(draft.slug), started)] as const)(),
    ]),
  )

  const moderate = actionId(distDir, 'app/dashboard/comments/actions.ts', 'moderateComments')
  started = Date.now()
  const approved = await callAction({ url: `${origin}/dashboard/comments`, origin, id: moderate, fields: { row: `approve:${pending.id}` }, cookie: moderator })
  if (!approved.outcome?.ok) throw new Error(`Approving failed: ${approved.status} ${approved.body.slice(0, 300)}`)
  const approveActionMs = Date.now() - started
  started = Date.now()
  const marker = pending.body.slice(0, 60)
  const approvePages = { article: await pollUntil(origin + pending.articlePath, (page) => page.status === 200 && page.text.includes(marker), started) }

  return { publish: { actionMs: publishActionMs, pages: publishPages }, approve: { actionMs: approveActionMs, pages: approvePages } }
}
