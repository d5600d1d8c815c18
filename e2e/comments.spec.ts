import { expect, test, type Locator, type Page } from '@playwright/test'
import { storageState, uniqueIp } from './support/accounts'
import { MIN_FILL_MS, fillCommentForm, formFields, openQueue, publishedArticlePaths, uniqueEmail, uniqueText } from './support/comments'
import { formatCount, fr, interpolate } from './support/dictionaries'
import { readerFixtures } from './support/fixtures'

test.use({ extraHTTPHeaders: { 'accept-language': 'fr' } })

let articlePath = ''
test.beforeAll(async ({ request }) => {
  const paths = await publishedArticlePaths(request)
  articlePath = paths[0]!
})

/**
 * Next serves one stale copy of a cached page right after its tag is invalidated, then the fresh one: a reader
 * who reloads sees the change. The helper reloads until it shows (a few seconds at most).
 */
async function expectAfterReload(page: Page, locator: Locator) {
  await expect(async () => {
    await page.goto(articlePath)
    await expect(locator).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
}

const thread = (page: Page) => page.getByRole('list', { name: fr.comments.list })

test('a reader without JavaScript posts, sees it pending, a moderator approves it with the keyboard, the reader sees it published', async ({ browser }) => {
  test.setTimeout(60_000) // waits out the form's minimum fill time, like a person
  const reader = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': uniqueIp(), 'accept-language': 'fr' } })
  const page = await reader.newPage()
  await page.goto(articlePath)
  const body = uniqueText('Sans JavaScript, un avis posé')
  await fillCommentForm(page, { body, name: 'Nadia', email: uniqueEmail() })
  await page.waitForTimeout(MIN_FILL_MS)
  await page.getByRole('button', { name: fr.comments.submit }).click()
  await expect(page).toHaveURL(/#comment-held$/)
  await expect(page.getByText(fr.comments.awaitingLong)).toBeVisible()
  await expect(thread(page).getByText(body)).toHaveCount(0) // nobody else sees it

  const moderator = await browser.newContext({ storageState: storageState('moderator') })
  const queue = await moderator.newPage()
  await openQueue(queue, body)
  await expect(queue.getByRole('row', { name: new RegExp(body) })).toBeVisible()
  await expect(async () => {
    await queue.keyboard.press('j') // retried: the first press may land before the page is interactive
    await expect(queue.getByRole('row', { name: new RegExp(body) })).toHaveAttribute('aria-current', 'true', { timeout: 1_000 })
  }).toPass()
  await queue.keyboard.press('a')
  await expect(queue.getByText(formatCount(fr.moderation.done, 1))).toBeVisible()
  await openQueue(queue, body, 'approved')
  await expect(queue.getByRole('row', { name: new RegExp(body) })).toBeVisible()

  await expectAfterReload(page, thread(page).getByText(body))
  await reader.close()
  await moderator.close()
})

test('without JavaScript, Reply makes the form a reply (with a way out), and a published reply says so', async ({ browser }) => {
  test.setTimeout(60_000) // waits out the form's minimum fill time, like a person
  // Staff comments are published at once, so the published notice shows without a moderator.
  const context = await browser.newContext({
    storageState: storageState('moderator'),
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'x-forwarded-for': uniqueIp(), 'accept-language': 'fr' },
  })
  const page = await context.newPage()
  await page.goto(articlePath)
  const parent = thread(page).getByRole('article').first()
  const parentName = (await parent.locator('header').first().innerText()).split('\n')[0]!.trim()
  const replyLink = parent.getByRole('link', { name: fr.comments.replyTo.replace('{name}', parentName), exact: true })
  const replying = page.getByText(fr.comments.replyingTo.replace('{name}', parentName), { exact: true })
  await expect(replying).toBeHidden()

  await replyLink.click()
  await expect(page).toHaveURL(/\?replyto=[0-9a-f-]{36}#reply-to-[0-9a-f-]{36}$/)
  await expect(replying).toBeVisible()
  await page.getByRole('link', { name: fr.comments.cancelReply }).click()
  await expect(page).toHaveURL(new RegExp(`${articlePath}#respond$`))
  await expect(replying).toBeHidden()

  await replyLink.click()
  await expect(replying).toBeVisible()
  const body = uniqueText('Réponse sans JavaScript')
  await fillCommentForm(page, { body, name: 'Rédaction', email: uniqueEmail() })
  await page.waitForTimeout(MIN_FILL_MS)
  await page.getByRole('button', { name: fr.comments.submit }).click()
  await expect(page).toHaveURL(/#comment-posted$/)
  await expect(page.getByText(fr.comments.posted, { exact: true })).toBeVisible()
  await expect(page.getByText(fr.comments.awaitingLong)).toBeHidden()
  // Threaded: the reply sits in the list nested inside its parent's item.
  const parentItem = thread(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('article', { name: fr.comments.says.replace('{name}', parentName) }) })
    .first()
  await expectAfterReload(page, parentItem.getByRole('list').getByText(body))
  await context.close()
})

test('a thread closed by age says so and offers neither the form nor Reply, with or without JavaScript', async ({ browser }) => {
  const { closedPath } = readerFixtures()
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { 'accept-language': 'fr' } })
    const page = await context.newPage()
    await page.goto(closedPath)
    const section = page.getByRole('region', { name: fr.comments.heading })
    await expect(section.getByText(fr.comments.closed, { exact: true }), `JavaScript ${javaScriptEnabled}`).toBeVisible()
    await expect(section.getByRole('form', { name: fr.comments.formTitle })).toHaveCount(0)
    await expect(section.getByRole('link', { name: new RegExp(`^${fr.comments.replyTo.replace('{name}', '.*')}$`) })).toHaveCount(0)
    await context.close()
  }
})

test('a reply is threaded under its parent, and the help overlay lists the shortcuts', async ({ browser }) => {
  test.setTimeout(60_000) // waits out the form's minimum fill time, like a person
  const reader = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': uniqueIp(), 'accept-language': 'fr' } })
  const page = await reader.newPage()
  await page.goto(articlePath)
  const parent = thread(page).getByRole('article').first()
  const parentName = (await parent.getByRole('banner').or(parent.locator('header')).first().innerText()).split('\n')[0]!
  await parent.getByRole('link', { name: new RegExp(`^${fr.comments.replyTo.replace('{name}', '.*')}$`) }).click()
  const replyForm = page.getByRole('form', { name: fr.comments.replyTo.replace('{name}', parentName.trim()) })
  await expect(replyForm).toBeVisible()
  const body = uniqueText('Une réponse en fil')
  await replyForm.getByLabel(fr.comments.body).fill(body)
  await replyForm.getByLabel(fr.comments.name).fill('Karim')
  await replyForm.getByLabel(fr.comments.email).fill(uniqueEmail())
  await replyForm.getByLabel(fr.comments.remember).check()
  await page.waitForTimeout(MIN_FILL_MS)
  await replyForm.getByRole('button', { name: fr.comments.submit }).click()
  await expect(page.getByText(fr.comments.awaiting, { exact: true }).first()).toBeVisible()
  await expect(page.getByRole('region', { name: fr.comments.yours }).getByText(body)).toBeVisible() // shown to its author only
  // The post's answer set this browser's cookies: after a reload the held reply is still theirs, and they are remembered.
  await page.reload()
  await expect(page.getByRole('region', { name: fr.comments.yours }).getByText(body)).toBeVisible()
  await expect(page.getByLabel(fr.comments.name).first()).toHaveValue('Karim')

  const moderator = await browser.newContext({ storageState: storageState('moderator') })
  const queue = await moderator.newPage()
  await openQueue(queue, body)
  const row = queue.getByRole('row', { name: new RegExp(body) })
  await expect(row).toContainText(`${fr.moderation.inResponseTo} ${parentName.trim()}`)
  const help = queue.getByRole('dialog', { name: fr.moderation.shortcuts })
  await expect(async () => {
    await queue.keyboard.press('?') // retried: the first press may land before the page is interactive
    await expect(help).toBeVisible({ timeout: 1_000 })
  }).toPass()
  await expect(help).toContainText(fr.moderation.shortcutList.approve)
  await queue.keyboard.press('?')
  await expect(help).toHaveCount(0)
  await row.getByRole('button', { name: fr.moderation.actions.approve }).click()
  await expect(queue.getByText(formatCount(fr.moderation.done, 1))).toBeVisible()

  // The reply sits in the list nested inside its parent's item.
  const parentItem = thread(page).getByRole('listitem').filter({ has: page.getByRole('article', { name: fr.comments.says.replace('{name}', parentName.trim()) }) }).first()
  await expectAfterReload(page, parentItem.getByRole('list').getByText(body))
  await reader.close()
  await moderator.close()
})

test('a reported comment lands in the Reported tab with its reason', async ({ browser }) => {
  const reader = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': uniqueIp(), 'accept-language': 'fr' } })
  const page = await reader.newPage()
  await page.goto(articlePath)
  const target = thread(page).getByRole('article').first()
  const text = (await target.locator('p').first().innerText()).slice(0, 30)
  await target.getByText(fr.comments.report, { exact: true }).click()
  const reason = uniqueText('Propos hors sujet')
  await target.getByLabel(fr.comments.reportReason).fill(reason)
  await target.getByRole('button', { name: fr.comments.reportSubmit }).click()
  await expect(target.getByText(fr.comments.reported)).toBeVisible()

  const moderator = await browser.newContext({ storageState: storageState('moderator') })
  const queue = await moderator.newPage()
  await openQueue(queue, text, 'reported')
  await expect(queue.getByRole('row').filter({ hasText: reason })).toBeVisible()
  await moderator.close()
  await reader.close()
})

test('a banned commenter is refused with the reason and the end date, and accepted once the ban has ended', async ({ browser }) => {
  test.setTimeout(90_000)
  const ip = uniqueIp()
  const email = uniqueEmail()
  const reader = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': ip, 'accept-language': 'fr' } })
  const page = await reader.newPage()
  await page.goto(articlePath)
  const first = uniqueText('Premier message')
  await fillCommentForm(page, { body: first, name: 'Troll', email })
  await page.waitForTimeout(MIN_FILL_MS)
  await page.getByRole('button', { name: fr.comments.submit }).click()
  await expect(page.getByText(fr.comments.awaiting, { exact: true }).first()).toBeVisible()

  const moderator = await browser.newContext({ storageState: storageState('moderator') })
  const queue = await moderator.newPage()
  await openQueue(queue, first)
  const row = queue.getByRole('row', { name: new RegExp(first) })
  await row.getByText(fr.moderation.ban, { exact: true }).click()
  const reason = uniqueText('Insultes répétées')
  await row.getByLabel(fr.moderation.banReason).fill(reason)
  await row.getByLabel(fr.moderation.banExpires).fill('2031-01-15T10:00')
  await row.getByRole('button', { name: fr.moderation.banSubmit }).click()
  await expect(row.getByText(fr.moderation.banned)).toBeVisible()

  await page.goto(articlePath)
  await fillCommentForm(page, { body: uniqueText('Encore moi'), name: 'Troll', email })
  await page.waitForTimeout(MIN_FILL_MS)
  await page.getByRole('button', { name: fr.comments.submit }).click()
  const refusal = page.getByRole('form', { name: fr.comments.formTitle }).getByRole('alert')
  await expect(refusal).toContainText(reason)
  await expect(refusal).toContainText('2031')

  // The ban ends (its end date is set to now, in the past for the next post) rather than the test sleeping.
  await queue.reload()
  await queue.getByRole('button', { name: `${fr.moderation.banEnd} ${email}` }).click()
  await expect(queue.getByRole('button', { name: `${fr.moderation.banEnd} ${email}` })).toHaveCount(0)

  await page.goto(articlePath)
  const after = uniqueText('Après la fin du bannissement')
  await fillCommentForm(page, { body: after, name: 'Troll', email })
  await page.waitForTimeout(15_500) // WordPress-style flood delay since the refused attempt's accepted predecessor
  await page.getByRole('button', { name: fr.comments.submit }).click()
  await expect(page.getByRole('region', { name: fr.comments.yours }).getByText(after)).toBeVisible()
  await reader.close()
  await moderator.close()
})

test('posting twice within the flood delay is refused with the wait time; without JavaScript it is a 429', async ({ browser, request }) => {
  test.setTimeout(60_000) // waits out the form's minimum fill time, like a person
  const ip = uniqueIp()
  const reader = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': ip, 'accept-language': 'fr' } })
  const page = await reader.newPage()
  await page.goto(articlePath)
  await fillCommentForm(page, { body: uniqueText('Premier avis'), name: 'Rapide', email: uniqueEmail() })
  await page.waitForTimeout(MIN_FILL_MS)
  await page.getByRole('button', { name: fr.comments.submit }).click()
  await expect(page.getByText(fr.comments.awaiting, { exact: true }).first()).toBeVisible()
  const second = uniqueText('Deuxième avis')
  await fillCommentForm(page, { body: second, name: 'Rapide', email: uniqueEmail() })
  await page.waitForTimeout(MIN_FILL_MS) // a fresh form: past the fill time, but within the 15 s flood delay
  await page.getByRole('button', { name: fr.comments.submit }).click()
  const alert = page.getByRole('form', { name: fr.comments.formTitle }).getByRole('alert')
  await expect(alert).toHaveText(/Vous commentez trop souvent\. Réessayez dans \d+ s\./)
  await expect(page.getByLabel(fr.comments.body)).toHaveValue(second) // nothing typed is lost

  const { articleId, token } = await formFields(request, articlePath, ip)
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS))
  const plain = await request.post('/api/comments', {
    headers: { 'x-forwarded-for': ip, referer: `http://127.0.0.1${articlePath}` },
    form: { articleId, token, body: second, name: 'Rapide', email: uniqueEmail() },
    maxRedirects: 0,
  })
  expect(plain.status()).toBe(429)
  expect(Number(plain.headers()['retry-after'])).toBeGreaterThan(0)
  expect(await plain.text()).toContain(second)
  await reader.close()
})

test('bulk actions send several comments to spam at once', async ({ browser, request }) => {
  const marker = uniqueText('Lot de spam')
  const forms = await Promise.all([1, 2, 3].map(async (n) => ({ n, ip: uniqueIp(), ...(await formFields(request, articlePath, uniqueIp())) })))
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS))
  for (const { n, ip, articleId, token } of forms) {
    const response = await request.post('/api/comments', {
      headers: { 'x-forwarded-for': ip },
      form: { articleId, token, body: `${marker} numéro ${n} achetez maintenant`, name: `Bot ${n}`, email: uniqueEmail() },
      maxRedirects: 0,
    })
    expect(response.status()).toBe(303)
  }
  const moderator = await browser.newContext({ storageState: storageState('moderator') })
  const queue = await moderator.newPage()
  await openQueue(queue, marker)
  await expect(queue.getByText(formatCount(fr.moderation.results, 3))).toBeVisible()
  for (const n of [1, 2, 3]) await queue.getByRole('checkbox', { name: fr.moderation.select.replace('{name}', `Bot ${n}`) }).check()
  await queue.getByLabel(fr.moderation.bulkLabel).selectOption(fr.moderation.actions.spam)
  await queue.getByRole('button', { name: fr.moderation.bulkApply }).click()
  await expect(queue.getByText(formatCount(fr.moderation.done, 3))).toBeVisible()
  await openQueue(queue, marker, 'spam')
  await expect(queue.getByText(formatCount(fr.moderation.results, 3))).toBeVisible()
  await moderator.close()
})

test('only moderators, editors and admins reach the queue; only admins the settings', async ({ browser }) => {
  for (const [role, queue, settings] of [
    ['journalist', false, false],
    ['moderator', true, false],
    ['editor', true, false],
    ['admin', true, true],
  ] as const) {
    const context = await browser.newContext({ storageState: storageState(role) })
    const page = await context.newPage()
    await page.goto('/dashboard/comments')
    await expect(page.getByRole('heading', { level: 1 }), role).toHaveText(queue ? fr.moderation.title : fr.errors.forbiddenTitle)
    await page.goto('/dashboard/settings/comments')
    await expect(page.getByRole('heading', { level: 1 }), role).toHaveText(settings ? fr.moderation.settings.title : fr.errors.forbiddenTitle)
    await context.close()
  }
})

test('without JavaScript, a refused comment lists every problem, and a form naming no article says so', async ({ browser, request }) => {
  const ip = uniqueIp()
  const { articleId, token } = await formFields(request, articlePath, ip)
  const send = (form: Record<string, string>) =>
    request.post('/api/comments', { headers: { 'x-forwarded-for': ip, referer: `http://127.0.0.1${articlePath}` }, form: { token, name: 'Nadia', ...form }, maxRedirects: 0 })
  // What the reader's browser shows: the refusal page, read by role.
  const reader = await browser.newContext({ javaScriptEnabled: false })
  const page = await reader.newPage()

  const empty = await send({ articleId, body: '', email: 'nadia@' })
  expect(empty.status()).toBe(422)
  await page.setContent(await empty.text())
  const alert = page.getByRole('alert')
  await expect(alert.getByText(fr.errors.checkFields)).toBeVisible()
  await expect(alert.getByRole('listitem')).toHaveText([interpolate(fr.comments.errors.tooShort, { min: 2 }), fr.comments.fieldErrors.email])

  const forged = await send({ articleId: 'not-an-article', body: 'Un avis sur rien', email: uniqueEmail() })
  expect(forged.status()).toBe(422)
  await page.setContent(await forged.text())
  await expect(alert).toHaveText(fr.comments.errors.unknownArticle)
  await expect(alert.getByText(fr.errors.checkFields)).toHaveCount(0)
  await reader.close()
})
