import { readFileSync } from 'node:fs'

export const FIXTURES_FILE = '.data/e2e/reader-fixtures.json'

export type ReaderFixtures = {
  publishedPath: string
  hidden: { path: string; title: string; slug: string }[]
  movedFrom: string // a redirects row under a language prefix (301)
  legacyFrom: string // an old WordPress-style URL (308)
  bare: { title: string; bodyStart: string } // a recent article with no stored excerpt (cards fall back to the body)
}

export const readerFixtures = (): ReaderFixtures => JSON.parse(readFileSync(FIXTURES_FILE, 'utf8')) as ReaderFixtures
