import { cacheLife } from 'next/cache'

const FIVE_MINUTES = 300
const THIRTY_DAYS = 30 * 86_400
const ONE_YEAR = 365 * 86_400

/**
 * "Comments are closed" once a thread's closing date (publication + N days, a setting) has passed, rendered in the
 * cached page itself: it must show without JavaScript, and a streamed per-request part stays hidden without it. The
 * clock is read inside this cache entry, which lives until the closing date (at least five minutes, at most thirty
 * days), so the page is rendered again, closed, once the date has passed. [data-comments-closed] lets CSS hide the
 * form and the Reply links; the server refuses late posts whatever the page shows.
 */
export async function ClosedByAgeNotice({ closesAt, text }: { closesAt: string; text: string }) {
  if (!(await hasClosed(closesAt))) return null
  return (
    <p data-comments-closed className="mt-4 rounded border border-line bg-white p-4">
      {text}
    </p>
  )
}

/** Whether the closing date has passed, cached until it does (the clock is read once per cache entry). */
async function hasClosed(closesAt: string): Promise<boolean> {
  'use cache'
  const remaining = Math.ceil((new Date(closesAt).getTime() - Date.now()) / 1000)
  if (remaining <= 0) {
    cacheLife('max')
    return true
  }
  cacheLife({ stale: FIVE_MINUTES, revalidate: Math.min(Math.max(remaining, FIVE_MINUTES), THIRTY_DAYS), expire: ONE_YEAR })
  return false
}
