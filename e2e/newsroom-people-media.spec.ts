import { expect, test, type Page } from '@playwright/test'
import { rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { storageState, uniqueIp } from './support/accounts'
import { fr } from './support/dictionaries'
import { unique } from './support/newsroom'

const m = fr.newsroom.media
test.describe.configure({ timeout: 90_000 })
const upload = (page: Page) => page.getByRole('form', { name: m.upload })
const p = fr.newsroom.people

test.describe('media library', () => {
  test.use({ storageState: storageState('editor'), extraHTTPHeaders: { 'accept-language': 'fr' } })

  test('an image is uploaded with its alt text and served with immutable caching', async ({ page }) => {
    const alt = unique('La place du marché sous la pluie')
    const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#2a6' } }).png().toBuffer()
    await page.goto('/dashboard/media')
    await upload(page).getByLabel(m.file).setInputFiles({ name: 'marche.png', mimeType: 'image/png', buffer: png })
    await upload(page).getByLabel(m.alt).fill(alt)
    await upload(page).getByRole('button', { name: m.send, exact: true }).click()
    await expect(page.getByText(m.uploaded)).toBeVisible()
    const image = page.getByRole('img', { name: alt })
    await expect(image).toBeVisible()
    const response = await page.request.get((await image.getAttribute('src'))!)
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(response.headers()['content-type']).toBe('image/webp')
  })

  test('a program renamed .jpg and a 40 MB file get specific messages', async ({ page }) => {
    await page.goto('/dashboard/media')
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'binary'), Buffer.alloc(4096, 1)])
    await upload(page).getByLabel(m.file).setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: exe })
    await upload(page).getByLabel(m.alt).fill('Photo')
    await upload(page).getByRole('button', { name: m.send, exact: true }).click()
    await expect(page.getByRole('alert').filter({ hasText: '« photo.jpg » n’est pas une image' })).toBeVisible()

    const big = path.join(os.tmpdir(), `enorme-${process.pid}.jpg`) // a path: much faster than a 40 MB buffer over the protocol
    writeFileSync(big, Buffer.alloc(40 * 1024 * 1024, 0xff))
    await upload(page).getByLabel(m.file).setInputFiles(big)
    await upload(page).getByLabel(m.alt).fill('Énorme')
    await upload(page).getByRole('button', { name: m.send, exact: true }).click()
    await expect(page.getByRole('alert').filter({ hasText: `« ${path.basename(big)} » pèse 40 Mo : la limite est de 15 Mo` })).toBeVisible({ timeout: 30_000 })
    rmSync(big)
  })
})

test('invite → accept → sign in; once deactivated, the person is signed out at the next request', async ({ browser }) => {
  const admin = await browser.newContext({ storageState: storageState('admin'), extraHTTPHeaders: { 'accept-language': 'fr' } })
  const adminPage = await admin.newPage()
  const email = `${unique('recrue').replace(' ', '-')}@kiosque.test`
  const name = unique('Inès Recrue')
  await adminPage.goto('/dashboard/users')
  const invite = adminPage.getByRole('form', { name: p.invite })
  await invite.getByLabel(p.email).fill(email)
  await invite.getByLabel(p.role).selectOption('journalist')
  await invite.getByRole('button', { name: p.sendInvite }).click()
  const link = await adminPage.getByLabel(p.inviteLink).inputValue()
  expect(link).toMatch(/\/invite\/[\w-]{40,}\?lang=fr$/) // the language the inviter chose (theirs by default)

  const person = await browser.newContext({ extraHTTPHeaders: { 'accept-language': 'fr', 'x-forwarded-for': uniqueIp() } })
  const page = await person.newPage()
  await page.goto(new URL(link).pathname)
  await expect(page.getByText(`comme ${fr.dashboard.roles.journalist} avec l’adresse ${email}`)).toBeVisible()
  await page.getByLabel(p.name).fill(name)
  await page.getByLabel(p.password).fill('mot-de-passe-solide')
  await page.getByLabel(p.passwordConfirm).fill('mot-de-passe-different')
  await page.getByRole('button', { name: p.accept }).click()
  await expect(page.getByText(p.errors.passwordsDiffer)).toBeVisible()
  await page.getByLabel(p.password).fill('mot-de-passe-solide')
  await page.getByLabel(p.passwordConfirm).fill('mot-de-passe-solide')
  await page.getByRole('button', { name: p.accept }).click()
  await expect(page).toHaveURL(/\/sign-in/)
  await page.getByLabel(fr.auth.email).fill(email)
  await page.getByLabel(fr.auth.password).fill('mot-de-passe-solide')
  await page.getByRole('button', { name: fr.auth.submit }).click()
  await expect(page.getByRole('heading', { name: `Bonjour, ${name}` })).toBeVisible()

  // The link served once.
  const again = await browser.newContext({ extraHTTPHeaders: { 'accept-language': 'fr' } })
  const againPage = await again.newPage()
  await againPage.goto(new URL(link).pathname)
  await expect(againPage.getByRole('alert').filter({ hasText: p.errors.invitationInvalid })).toBeVisible()
  await again.close()

  await adminPage.reload()
  await adminPage.getByRole('button', { name: `${p.deactivate} : ${name}` }).click()
  await expect(adminPage.getByText(p.deactivated)).toBeVisible()
  await page.goto('/dashboard')
  await expect(page).toHaveURL(/\/sign-in/)
  await person.close()
  await admin.close()
})
