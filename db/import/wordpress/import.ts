// importWordPress(db, options): reads a WXR file as a stream and writes it in transactional batches. A batch is
// all or nothing, so a crash, a bad byte or Ctrl-C leaves whole items only; external_refs make a re-run of the
// same file a no-op and a newer export an update.
import { stat } from 'node:fs/promises'
import { sql, TransactionRollbackError } from 'drizzle-orm'
import { type Db, driver } from '@/db'
import { restoreSearchIndexAfterImport } from '@/db/migrate'
import type { Language } from '@/db/schema'
import { getStorage, localStorage } from '@/lib/storage/storage'
import { readWxr, WxrFormatError } from '@/lib/wordpress/wxr-reader'
import type { WxrAuthor, WxrCategory, WxrItem, WxrRecord, WxrTag } from '@/lib/wordpress/wxr-types'
import { copySummary, emptySummary, type ImportContext, type Summary, tally, warn } from './context'
import { linkCategoryParents, linkCommentParents, linkFeaturedImages, writeArchiveRedirects } from './finish'
import { importAttachments } from './media'
import { importAuthors } from './people'
import { importPosts } from './posts'
import { importCategories, importTags } from './terms'

export type ImportProgress = { bytesRead: number; totalBytes: number; posts: number; comments: number }

export type ImportOptions = {
  file: string
  dryRun?: boolean
  language?: Language
  authorEmails?: Map<string, string> // --authors: WordPress login → e-mail of an existing user
  uploadsDir?: string | null
  mediaDir?: string // tests: a folder of their own instead of the site's media storage
  signal?: AbortSignal // Ctrl-C: the batch being written finishes, then the import stops
  onProgress?: (progress: ImportProgress) => void
  batchSize?: { posts: number; comments: number; characters?: number }
}

export type ImportResult = {
  summary: Summary
  source: string
  wxrVersion: string
  interrupted: boolean
  dryRun: boolean
  changedTags: string[] // cache tags a running site should refresh, beyond the base ones (lib/site-refresh.ts)
  tooManyChangedTags: boolean // more pages changed than listed: restarting the site is the sure way
}

/** The import stopped: `committed` is what the database holds from this run (nothing for a dry run). */
export class ImportFailedError extends Error {
  constructor(
    readonly reason: Error,
    readonly committed: Summary,
  ) {
    super(reason.message, { cause: reason })
    this.name = 'ImportFailedError'
  }
}

export async function importWordPress(db: Db, options: ImportOptions): Promise<ImportResult> {
  if (!options.dryRun) return run(db, options)
  // A dry run does everything inside one transaction and rolls it back: same checks, same counts, no writes.
  let result: ImportResult | undefined
  try {
    await db.transaction(async (tx) => {
      result = await run(tx as unknown as Db, options) // a transaction is a Db whose commit we control
      tx.rollback()
    })
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error
  }
  return result!
}

async function run(db: Db, options: ImportOptions): Promise<ImportResult> {
  const totalBytes = (await stat(options.file)).size
  const ctx: ImportContext = {
    db,
    source: '',
    siteUrl: '',
    language: options.language ?? 'fr',
    dryRun: Boolean(options.dryRun),
    uploadsDir: options.uploadsDir ?? null,
    storage: options.mediaDir ? localStorage(options.mediaDir) : getStorage(),
    summary: emptySummary(),
    authorsByLogin: new Map(),
    authorsById: new Map(),
    authorEmails: options.authorEmails ?? new Map(),
    categories: new Map(),
    tags: new Map(),
    attachments: new Map(),
    mediaIds: new Map(),
    pendingParents: [],
    pendingThumbnails: [],
    changedTags: new Set(),
    tooManyChangedTags: false,
  }
  // A batch is one transaction: large enough to amortise commits, small enough to keep memory flat (a few MB of text).
  const limits = { posts: 100, comments: 2000, characters: 4_000_000, ...options.batchSize }
  let committed = copySummary(ctx.summary)
  let wxrVersion = ''
  let batch: WxrRecord[] = []
  let batchPosts = 0
  let batchComments = 0
  let batchCharacters = 0
  let bytesRead = 0
  let interrupted = false
  const report = () => {
    const { post, comment } = committed.counts
    options.onProgress?.({ bytesRead, totalBytes, posts: post.created + post.updated + post.unchanged, comments: comment.created + comment.updated + comment.unchanged })
  }

  const inTransaction = async (write: () => Promise<void>) => {
    await db.transaction(async (tx) => {
      ctx.db = tx as unknown as Db
      try {
        await write()
      } finally {
        ctx.db = db
      }
    })
    committed = copySummary(ctx.summary)
    report()
  }
  let batches = 0
  const flush = async () => {
    if (!batch.length) return
    const records = batch
    batch = []
    batchPosts = 0
    batchComments = 0
    batchCharacters = 0
    await inTransaction(() => writeBatch(ctx, records))
    if ((++batches & (batches - 1)) === 0) await refreshStatistics(db) // after batches 1, 2, 4, 8, 16…
  }

  const searchIndex = !ctx.dryRun && driver === 'pglite' ? await deferSearchIndexMerge(db) : null
  try {
    await refreshStatistics(db)
    for await (const record of readWxr(options.file, (bytes) => (bytesRead = bytes))) {
      if (record.type === 'channel') {
        wxrVersion = record.wxrVersion
        ctx.siteUrl = record.baseBlogUrl || record.link || record.baseSiteUrl
        ctx.source = `wordpress:${(record.baseSiteUrl || ctx.siteUrl).replace(/\/+$/, '')}`
        if (ctx.source === 'wordpress:') throw new WxrFormatError('the export names no site (no <wp:base_site_url> nor <link> in the channel), so re-runs could not recognise its items.', null, null)
        continue
      }
      batch.push(record)
      if (record.type === 'item') {
        batchPosts++
        batchComments += record.comments.length
        batchCharacters += record.content.length + record.comments.reduce((sum, c) => sum + c.content.length, 0)
      }
      if (batchPosts >= limits.posts || batchComments >= limits.comments || batchCharacters >= limits.characters) {
        await flush()
        if (options.signal?.aborted) {
          interrupted = true
          break
        }
      }
    }
    if (!interrupted) await flush()
    await inTransaction(async () => {
      await linkCategoryParents(ctx)
      await writeArchiveRedirects(ctx)
      await linkCommentParents(ctx)
      await linkFeaturedImages(ctx)
    })
  } catch (error) {
    throw new ImportFailedError(error instanceof Error ? error : new Error(String(error)), options.dryRun ? emptySummary() : committed)
  } finally {
    await searchIndex?.restore()
  }
  return { summary: ctx.summary, source: ctx.source, wxrVersion, interrupted, dryRun: ctx.dryRun, changedTags: [...ctx.changedTags], tooManyChangedTags: ctx.tooManyChangedTags }
}

async function writeBatch(ctx: ImportContext, records: WxrRecord[]): Promise<void> {
  const of = <T extends WxrRecord['type']>(type: T) => records.filter((r): r is Extract<WxrRecord, { type: T }> => r.type === type)
  const authors: WxrAuthor[] = of('author')
  const categoryRecords: WxrCategory[] = of('category')
  const tagRecords: WxrTag[] = of('tag')
  if (authors.length) await importAuthors(ctx, authors)
  if (categoryRecords.length) await importCategories(ctx, categoryRecords)
  if (tagRecords.length) await importTags(ctx, tagRecords)
  for (const term of of('term')) {
    if (term.taxonomy === 'category' || term.taxonomy === 'post_tag') continue // also listed as wp:category / wp:tag
    tally(ctx, 'term', 'skipped')
    warn(ctx, 'term', `Term "${term.slug}" of the taxonomy "${term.taxonomy}" has no equivalent in Kiosque: skipped.`)
  }
  const items: WxrItem[] = of('item')
  const attachments = items.filter((item) => item.postType === 'attachment')
  if (attachments.length) await importAttachments(ctx, attachments) // first, so galleries of this batch find them
  const posts = items.filter((item) => item.postType === 'post')
  if (posts.length) await importPosts(ctx, posts)
  for (const item of items) {
    if (item.postType === 'post' || item.postType === 'attachment') continue
    const kind = item.postType === 'page' ? 'page' : 'other'
    tally(ctx, kind, 'skipped')
    tally(ctx, 'comment', 'skipped', item.comments.length)
    warn(ctx, kind, `${item.postType || 'Item'} ${item.postId || '(no id)'} "${item.title.slice(0, 60)}" (line ${item.line}): Kiosque does not import items of type "${item.postType || '(none)'}"; skipped.`)
  }
}

/**
 * The look-ups by WordPress id (external_refs, redirects) are planned from table statistics. A table the import
 * is filling has none yet (autovacuum analyses it minutes later, if ever on a busy server), and PostgreSQL then
 * expects one row, picks a nested loop and compares every id with every ref: on 26,000 comments a single batch's
 * look-up took 9 s. Analysing those two tables at the start and as they double keeps the plans right for a few
 * milliseconds. (Not articles: its search index expressions make ANALYZE cost seconds there.)
 */
async function refreshStatistics(db: Db): Promise<void> {
  await db.execute(sql`analyze external_refs, redirects`)
}

/**
 * PGlite only. Migration 0004 keeps the search index without GIN's pending list (PGlite never vacuums, and searches
 * priced the list). Inserting each article's lexemes straight into the index costs the import more than parking
 * them in the list and merging it once, so the list is switched on for the import and off again at the end,
 * merged (gin_clean_pending_list), whatever way the import ends. A crash or kill before that leaves the list on:
 * searches stay correct (they read the list) but slower, until the next import run or the site's start
 * (restoreSearchIndexAfterImport, run with the migrations) restores it.
 * Not on PostgreSQL: changing the option locks the table a running site reads, and autovacuum merges the list there.
 */
async function deferSearchIndexMerge(db: Db): Promise<{ restore: () => Promise<void> }> {
  await db.execute(sql`alter index articles_search_idx set (fastupdate = on)`)
  return { restore: () => restoreSearchIndexAfterImport(db) }
}

