import { expect, test } from '@playwright/test'
import { storageState } from './support/accounts'
import { MIN_FILL_MS, formFields, openQueue, publishedArticlePaths, uniqueText } from './support/comments'

// ≥ 1,000 comment posts from 50 concurrent clients, each post from its own address (the e2e server trusts
// X-Forwarded-For), at the running server: every success response must be exactly one stored comment.
const POSTS = 1000
const CLIENTS = 50

test('1,000 concurrent comment posts: stored count equals success responses', async ({ browser, request }) => {
  test.setTimeout(600_000)
  const articlePath = (await publishedArticlePaths(request))[2]!
  const marker = uniqueText('charge')
  const ip = (n: number) => `172.${16 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`

  // Each client loads the page (the form and its one-time token) as a reader would, then posts after the fill time.
  const forms: { articleId: string; token: string }[] = new Array(POSTS)
  const loadStart = Date.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = client; n < POSTS; n += CLIENTS) forms[n] = await formFields(request, articlePath, ip(n + 1))
    }),
  )
  const loadSeconds = (Date.now() - loadStart) / 1000
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS))

  const statuses = new Map<number, number>()
  let resets = 0
  const started = Date.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = client; n < POSTS; n += CLIENTS) {
        const post = () =>
          request.post('/api/comments', {
            headers: { 'x-forwarded-for': ip(n + 1) },
            form: { ...forms[n]!, body: `${marker} avis numéro ${n}`, name: `Lecteur ${n}`, email: `load-${marker.split(' ')[1]}-${n}@example.org` },
            maxRedirects: 0,
          })
        // A connection the server closed under load is retried with the same form token: the idempotency key makes
        // a repeat safe (it finds the row the first attempt may have stored), exactly like a reader's second click.
        let status = 0
        for (let attempt = 1; attempt <= 3 && !status; attempt++) {
          status = await post().then(
            (response) => response.status(),
            (error: Error) => {
              resets++
              if (attempt === 3) throw error
              return 0
            },
          )
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
      }
    }),
  )
  const seconds = (Date.now() - started) / 1000
  const successes = statuses.get(303) ?? 0
  const summary = `${POSTS} posts from ${CLIENTS} clients in ${seconds.toFixed(1)} s: ${(POSTS / seconds).toFixed(1)} posts/s; statuses ${JSON.stringify(Object.fromEntries(statuses))}; connection resets retried ${resets}; page loads for tokens ${(POSTS / loadSeconds).toFixed(1)}/s`
  console.log(summary)
  test.info().annotations.push({ type: 'throughput', description: summary })

  const moderator = await browser.newContext({ storageState: storageState('moderator') })
  const queue = await moderator.newPage()
  await openQueue(queue, marker)
  const found = await queue.getByText(/^[\d\s\u202f]+ commentaires? trouvés?$/).innerText()
  const stored = Number(found.replace(/\D/g, ''))
  expect(stored).toBe(successes)
  expect(successes).toBe(POSTS)
  await moderator.close()
})
