import { readFileSync } from 'node:fs'

export const FIXTURES_FILE = '.data/e2e/reader-fixtures.json'

export type ReaderFixtures = {
  publishedPath: string
  hidden: { path: string; title: string; slug: string }[]
  movedFrom: string // a redirects row under a language prefix (301)
  legacyFrom: string // an old WordPress-style URL (308)
  richDraftId: string // an editor's draft holding an embed, a table and a captioned figure, as an import writes them
  bare: { title: string; bodyStart: string } // a recent article with no stored excerpt (cards fall back to the body)
  closedPath: string // published more than closeAfterDays (365, set by the fixtures) ago: comments closed by age
}

/** Approved comments on publishedPath whose stored website is a script address (as an import might bring). */
export const HOSTILE_URL_AUTHOR = 'Lecteur importé'
/** An author with a second page of French articles (13, years old) and one Arabic article: no demo author has one. */
export const ARCHIVE_AUTHOR = { slug: 'e2e-archives', name: 'Archives E2E', french: 13, arabic: 1 }
export const HOSTILE_AUTHOR_URLS = ['javascript:window.__xss=1', 'data:text/html,<script>window.__xss=1</script>', 'vbscript:msgbox(1)']

export const readerFixtures = (): ReaderFixtures => JSON.parse(readFileSync(FIXTURES_FILE, 'utf8')) as ReaderFixtures
