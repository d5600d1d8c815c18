import { readFileSync } from 'node:fs'

export const FIXTURES_FILE = '.data/e2e/reader-fixtures.json'

export type ReaderFixtures = {
  publishedPath: string
  hidden: { path: string; title: string; slug: string }[]
  movedFrom: string // a redirects row under a language prefix (301)
  legacyFrom: string // an old WordPress-style URL (308)
  richDraftId: string // an editor's draft holding an embed, a table and a captioned figure, as an import writes them
}

export const readerFixtures = (): ReaderFixtures => JSON.parse(readFileSync(FIXTURES_FILE, 'utf8')) as ReaderFixtures
