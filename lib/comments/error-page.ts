// The answer to a comment posted without JavaScript that could not be accepted: a small standalone page with a
// real HTTP status (422, 403, 409, 429…), the reason, the reader's own text (nothing typed is lost) and a way back.
import { direction, type Locale } from '@/lib/i18n/config'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
}

export function renderCommentErrorPage(page: {
  locale: Locale
  siteName: string
  title: string
  message: string
  details: string[]
  textLabel: string
  text: string
  backLabel: string
  backHref: string
}): string {
  const e = escapeHtml
  const details = page.details.length ? `<ul>${page.details.map((line) => `<li>${e(line)}</li>`).join('')}</ul>` : ''
  const text = page.text ? `<label>${e(page.textLabel)}<textarea readonly rows="8">${e(page.text)}</textarea></label>` : ''
  return `<!doctype html>
<html lang="${page.locale}" dir="${direction(page.locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${e(page.title)} — ${e(page.siteName)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#14171a;background:#fbfaf7}
[role=alert]{border:1px solid #fca5a5;background:#fef2f2;padding:1rem;border-radius:.25rem}
label{display:flex;flex-direction:column;gap:.25rem;margin-top:1.5rem;font-weight:600}textarea{font:inherit;font-weight:400;padding:.5rem}
a{display:inline-block;margin-top:1.5rem;color:#b3261e;font-weight:600}</style></head>
<body><main><h1>${e(page.title)}</h1><div role="alert"><p>${e(page.message)}</p>${details}</div>${text}
<a href="${e(page.backHref)}">${e(page.backLabel)}</a></main></body></html>`
}
