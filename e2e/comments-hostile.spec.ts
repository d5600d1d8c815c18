import { expect, test, type Page } from '@playwright/test'
import { storageState, uniqueIp } from './support/accounts'
import { MIN_FILL_MS, formFields, openQueue, publishedArticlePaths, uniqueEmail, uniqueText } from './support/comments'
import { formatCount, fr } from './support/dictionaries'
import { HOSTILE_URL_AUTHOR, readerFixtures } from './support/fixtures'

// Each payload goes into the comment and the name (and, when short, the website). Whatever is stored must render
// as inert text on the article and in the moderation queue: no dialog, no script, no handler runs.
const PAYLOADS = [
  '<script>window.__xss=1;alert(1)</script>',
  '<img src=x onerror="window.__xss=1;alert(2)">',
  '<svg onload="window.__xss=1;alert(3)">',
  '<svg><script>window.__xss=1</script></svg>',
  '<iframe src="javascript:window.top.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">clic</a>',
  'javascript:window.__xss=1',
  '<body onload="window.__xss=1">',
  '<input autofocus onfocus="window.__xss=1">',
  '<details open ontoggle="window.__xss=1">',
  '<video><source onerror="window.__xss=1"></video>',
  '<audio src=x onerror="window.__xss=1">',
  '<marquee onstart="window.__xss=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '</textarea><script>window.__xss=1</script>',
  '</title><script>window.__xss=1</script>',
  '<style>@import "javascript:window.__xss=1";</style>',
  '<div style="background:url(javascript:window.__xss=1)">',
  '<object data="javascript:window.__xss=1">',
  '<embed src="javascript:window.__xss=1">',
  '<form action="javascript:window.__xss=1"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:window.__xss=1//">',
  '<link rel="import" href="data:text/html,<script>window.top.__xss=1</script>">',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '&#60;script&#62;window.__xss=1&#60;/script&#62;',
  '\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e',
  '%3Cscript%3Ewindow.__xss=1%3C/script%3E',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src="x` `<script>window.__xss=1</script>"` `>',
  '<img """><script>window.__xss=1</script>">',
  '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">b64</a>',
  'https://example.org/"><script>window.__xss=1</script>',
  'http://example.org/?q=<img src=x onerror=window.__xss=1>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
  '<!--<script>window.__xss=1</script>-->',
  '<![CDATA[<script>window.__xss=1</script>]]>',
  '<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">window.__xss=1</x:script>',
  "'; DROP TABLE comments; --",
  "' OR '1'='1",
  'Robert"); DELETE FROM comments WHERE ("1"="1',
  '\u202Eevil.exe\u202Cgpj.txt — texte inversé',
  'مرحبا \u202Bنص\u202C بالعربية \u2066isolé\u2069',
  'Emoji 😀👍🏽🇫🇷👨‍👩‍👧‍👦 et zéro-largeur \u200B\u200D',
  'Octet nul \u0000 au milieu \u0007 cloche',
  'Ligne 1\nLigne 2\r\nLigne 3\n\n\n\n\nLigne 4',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<template><script>window.__xss=1</script></template>',
  '<svg><animate onbegin="window.__xss=1" attributeName=x dur=1s>',
  '<x onclick="window.__xss=1">cliquez</x>',
  'A'.repeat(100_000),
]

function watch(page: Page) {
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  return dialogs
}

const ranScript = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)

test('hostile input in every field is stored as text and rendered inert on the article and in the queue', async ({ browser, request }) => {
  test.setTimeout(240_000)
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(50)
  const articlePath = (await publishedArticlePaths(request))[1]!
  const marker = uniqueText('xss')
  const forms = []
  for (const payload of PAYLOADS) forms.push({ payload, ip: uniqueIp(), ...(await formFields(request, articlePath, uniqueIp())) })
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS))

  let accepted = 0
  for (const { payload, ip, articleId, token } of forms) {
    const response = await request.post('/api/comments', {
      headers: { 'x-forwarded-for': ip },
      form: {
        articleId,
        token,
        body: `${marker} ${payload}`,
        name: payload.slice(0, 100).trim() || 'x',
        email: uniqueEmail(),
        url: payload.length < 200 ? `https://example.org/${payload}` : '',
      },
      maxRedirects: 0,
    })
    if (response.status() === 303) accepted++
    else {
      // Refused (too long, invalid website…): the refusal page shows the text escaped, never as markup.
      expect([422, 409], payload.slice(0, 40)).toContain(response.status())
      const html = await response.text()
      if (/[<>]/.test(payload)) expect(html).not.toContain(payload)
    }
  }
  expect(accepted).toBeGreaterThanOrEqual(50)

  const moderator = await browser.newContext({ storageState: storageState('moderator') })
  const queue = await moderator.newPage()
  const queueDialogs = watch(queue)
  await openQueue(queue, marker)
  await expect(queue.getByText(formatCount(fr.moderation.results, accepted))).toBeVisible()
  await expect(queue.getByRole('row').filter({ hasText: '<x onclick="window.__xss=1">cliquez</x>' }).first()).toBeVisible()
  // Approve everything, page by page, so the article shows every payload.
  for (let round = 0; round < 5; round++) {
    const boxes = await queue.getByRole('checkbox').all()
    if (!boxes.length) break
    for (const box of boxes) await box.check()
    expect(await ranScript(queue)).toBeNull()
    await queue.getByLabel(fr.moderation.bulkLabel).selectOption(fr.moderation.actions.approve)
    await queue.getByRole('button', { name: fr.moderation.bulkApply }).click()
    await expect(queue.getByText(formatCount(fr.moderation.done, boxes.length))).toBeVisible()
    await openQueue(queue, marker)
  }
  await openQueue(queue, marker, 'approved')
  expect(await ranScript(queue)).toBeNull()
  expect(queueDialogs).toEqual([])

  const reader = await browser.newContext()
  const page = await reader.newPage()
  const articleDialogs = watch(page)
  await page.goto(articlePath)
  const thread = page.getByRole('list', { name: fr.comments.list })
  await expect(thread.getByRole('article').filter({ hasText: marker })).toHaveCount(accepted)
  await expect(thread.getByText(`${marker} <img src=x onerror="window.__xss=1;alert(2)">`)).toBeVisible()
  await page.mouse.wheel(0, 100_000)
  for (const link of await thread.getByRole('link').filter({ hasText: 'example.org' }).all()) {
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//)
  }
  expect(await ranScript(page)).toBeNull()
  expect(articleDialogs).toEqual([])
  console.log(`hostile payloads: ${PAYLOADS.length} tried, ${accepted} stored and rendered inert, ${PAYLOADS.length - accepted} refused`)
  await reader.close()
  await moderator.close()
})

/** Every address the page could follow or load: none may use a script-capable scheme. */
async function scriptAddresses(page: Page) {
  return page
    .locator('[href], [src], [action], [formaction]')
    .evaluateAll((nodes) =>
      nodes
        .flatMap((node) => ['href', 'src', 'action', 'formaction'].map((name) => node.getAttribute(name) ?? ''))
        .filter((value) => /^\s*(?:javascript|data|vbscript):/i.test(value)),
    )
}

test('raw javascript:, data: and vbscript: websites are refused, and stored ones are never links', async ({ browser, request }) => {
  const { publishedPath } = readerFixtures()
  // Posted without JavaScript, unprefixed: refused as an invalid website, and the refusal page links nowhere.
  const fields = await formFields(request, publishedPath, uniqueIp())
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS))
  for (const url of ['javascript:window.__xss=1', 'JaVaScRiPt:window.__xss=1', ' javascript:alert(1)', 'data:text/html,<script>window.__xss=1</script>', 'vbscript:msgbox(1)']) {
    const response = await request.post('/api/comments', {
      headers: { 'x-forwarded-for': uniqueIp() },
      form: { ...fields, body: uniqueText('Site web hostile'), name: 'Hostile', email: uniqueEmail(), url },
      maxRedirects: 0,
    })
    expect(response.status(), url).toBe(422)
    expect(await response.text(), url).not.toMatch(/(?:href|src|action)="\s*(?:javascript|data|vbscript):/i)
  }

  // Stored ones (approved comments imported with such websites, see seed-fixtures): names shown as plain text.
  const reader = await browser.newContext({ javaScriptEnabled: false })
  const page = await reader.newPage()
  await page.goto(publishedPath)
  const thread = page.getByRole('list', { name: fr.comments.list })
  await expect(thread.getByText(`${HOSTILE_URL_AUTHOR} 1`, { exact: true })).toBeVisible()
  for (const n of [1, 2, 3]) await expect(thread.getByRole('link', { name: `${HOSTILE_URL_AUTHOR} ${n}`, exact: true })).toHaveCount(0)
  expect(await scriptAddresses(page)).toEqual([])

  const moderator = await browser.newContext({ storageState: storageState('moderator') })
  const queue = await moderator.newPage()
  await openQueue(queue, HOSTILE_URL_AUTHOR, 'approved')
  await expect(queue.getByRole('row', { name: new RegExp(`${HOSTILE_URL_AUTHOR} 1`) })).toBeVisible()
  expect(await scriptAddresses(queue)).toEqual([])
  await reader.close()
  await moderator.close()
})
