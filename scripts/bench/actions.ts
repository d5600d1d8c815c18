// Calling the app's real server actions from outside a browser, the way React's client does: the action's id from
// the build's server-reference manifest, the arguments encoded by React's own encodeReply (the same module the
// browser runs), POSTed to a page that uses the action with the Next-Action header.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
// One cast at this boundary: Next ships React's Flight client as untyped compiled JavaScript.
const flight = require('next/dist/compiled/react-server-dom-turbopack/client.node') as {
  encodeReply: (value: unknown) => Promise<string | FormData>
}

type Manifest = { node: Record<string, { filename: string; exportedName: string }> }

export function actionId(distDir: string, filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server/server-reference-manifest.json'), 'utf8')) as Manifest
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName)
  if (!found) throw new Error(`No server action ${exportedName} in ${filename} in ${distDir}`)
  return found[0]
}

/** (previousState, formData): what useActionState passes to an action made by defineAction. */
export async function encodeActionBody(fields: Record<string, string>): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  const encoded = await flight.encodeReply([null, form])
  if (typeof encoded === 'string') throw new Error('encodeReply returned a string for a FormData argument')
  // Serialised once here; the load generator sends the same bytes a browser's fetch(body: FormData) would.
  const boundary = `----kiosquebench${Math.random().toString(16).slice(2)}`
  const parts: string[] = []
  for (const [name, value] of encoded.entries()) {
    if (typeof value !== 'string') throw new Error('only text fields are supported')
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
  }
  parts.push(`--${boundary}--\r\n`)
  return { body: Buffer.from(parts.join(''), 'utf8'), contentType: `multipart/form-data; boundary=${boundary}` }
}

export function actionHeaders(id: string, origin: string, contentType: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'next-action': id, accept: 'text/x-component', 'content-type': contentType, origin, ...extra }
}

/** What an ActionResult looks like in the Flight response: the result object is one line of JSON. */
export function actionOutcome(body: string): { ok: boolean; error?: string } | null {
  if (body.includes('"ok":true')) return { ok: true }
  const failed = /"ok":false,"error":"([^"]+)"/.exec(body)
  return failed ? { ok: false, error: failed[1] } : null
}

export async function callAction(options: {
  url: string
  origin: string
  id: string
  fields: Record<string, string>
  cookie?: string
}): Promise<{ status: number; body: string; outcome: ReturnType<typeof actionOutcome> }> {
  const { body, contentType } = await encodeActionBody(options.fields)
  const response = await fetch(options.url, {
    method: 'POST',
    headers: actionHeaders(options.id, options.origin, contentType, options.cookie ? { cookie: options.cookie } : {}),
    body: new Uint8Array(body),
    redirect: 'manual',
  })
  const text = await response.text()
  return { status: response.status, body: text, outcome: actionOutcome(text) }
}

/** Signs in through Auth.js's own endpoints (CSRF token, then the credentials callback); returns the Cookie header. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const jar = new Map<string, string>()
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const [name, ...value] = (pair ?? '').split('=')
      if (name) jar.set(name.trim(), value.join('='))
    }
  }
  keep(csrf)
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie(), origin },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${origin}/dashboard` }),
    redirect: 'manual',
  })
  keep(response)
  if (![...jar.keys()].some((name) => name.includes('session-token'))) {
    throw new Error(`Sign-in as ${email} failed (status ${response.status}, location ${response.headers.get('location')})`)
  }
  return cookie()
}
