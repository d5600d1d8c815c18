import 'server-only'
import { desc, eq, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { tags as cacheTags } from '@/lib/cache-tags'
import { MARK_END, MARK_START, withEllipses } from '@/lib/search-query'
import { db } from '../index'
import { articles, categories, type Language, users } from '../schema'
import { publishedOnly } from './public-cards'

export const SEARCH_PAGE_SIZE = 10
/**
 * Ranking reads every candidate's document. A common word in a large archive matches tens of thousands of
 * articles (a third of the 100,000-article bench corpus), and ranking them all took seconds per query; so the newest
 * SEARCH_CANDIDATES matches are ranked (readers page through 20 pages at most). The total stays exact. On the bench
 * corpus a word in 1,448 articles took 173 ms to rank 1,000 candidates on PGlite, 42 ms for 200.
 */
export const SEARCH_CANDIDATES = 200
/**
 * Snippets are cut from the excerpt and the opening of the body: ts_headline parses all the text it is given, and
 * whole bodies made a page of ten results cost 137 ms on PGlite (60 ms with the opening only).
 */
const SNIPPET_BODY_CHARS = 2_000

// The stored, indexed document (migration 0002_search-document): matching uses articles_search_idx, and ranking
// reads the stored vector instead of re-parsing every matching article's text.
const document = sql`${articles}.search_document`
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`

/**
 * Published articles in one language matching what a reader typed (websearch syntax: words, "phrases", -not),
 * insensitive to accents, best matches first, each with a snippet whose matches are wrapped in MARK_START/END.
 * `total` counts every match; it is 0 on a page past the last one, which has no items.
 */
export async function searchPublished(language: Language, text: string, page: number, pageSize = SEARCH_PAGE_SIZE) {
  'use cache'
  cacheLife('minutes')
  cacheTag(cacheTags.articles)
  const query = sql`websearch_to_tsquery(kiosque_search_config(${language}::language), ${text})`
  // One statement: the candidates, their rank and the count of all matches come from a single pass over the
  // matches (the window count is taken before the LIMIT). A separate count(*) looked them all up again: on PGlite,
  // which runs in the server's own thread, that second pass was paid by every reader waiting.
  const candidates = db.$with('candidates').as(
    db
      .select({
        id: articles.id,
        rank: sql<number>`ts_rank_cd(${document}, ${query})`.as('rank'),
        total: sql<number>`count(*) over ()`.mapWith(Number).as('total'),
      })
      .from(articles)
      .where(publishedOnly(eq(articles.language, language), sql`${document} @@ ${query}`))
      .orderBy(desc(articles.publishedAt))
      .limit(SEARCH_CANDIDATES),
  )
  const items = await db
    .with(candidates)
    .select({
      id: articles.id,
      slug: articles.slug,
      language: articles.language,
      title: articles.title,
      publishedAt: articles.publishedAt,
      categorySlug: categories.slug,
      categoryName: categories.name,
      authorName: users.name,
      titleMarked: sql<string>`ts_headline(kiosque_search_config(${articles.language}), ${articles.title}, ${query}, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`})`,
      opening: sql<string>`left(${articles.excerpt}, 40)`,
      snippet: sql<string>`ts_headline(kiosque_search_config(${articles.language}), ${articles.excerpt} || ' … ' || left(kiosque_html_text(${articles.bodyHtml}), ${sql.raw(String(SNIPPET_BODY_CHARS))}), ${query}, ${HEADLINE_OPTIONS})`,
      total: candidates.total,
    })
    .from(candidates)
    .innerJoin(articles, eq(articles.id, candidates.id))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .orderBy(desc(candidates.rank), desc(articles.publishedAt), desc(articles.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const total = items[0]?.total ?? 0
  return {
    items: items.map(({ opening, snippet, total: _total, ...item }) => ({ ...item, snippet: withEllipses(snippet, opening) })),
    total,
    pageable: Math.min(total, SEARCH_CANDIDATES),
    page,
    pageSize,
  }
}
