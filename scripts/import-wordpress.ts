// npm run import:wordpress -- <export.xml> [--dry-run] [--default-language fr|en] [--authors map.csv] [--uploads <dir>] [--site <url>|none]
// npm run import:wordpress -- --refresh-site [--site <url>]
// A thin CLI over db/import/wordpress: arguments, progress, Ctrl-C, and the summary table. See docs/wordpress-import.md.
import { existsSync, statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import cliProgress from 'cli-progress'
import type { Db } from '@/db'
import { readAuthorsMap } from '@/db/import/wordpress/authors-map'
import { KINDS, type Summary } from '@/db/import/wordpress/context'
import { ImportFailedError, type ImportProgress, importWordPress } from '@/db/import/wordpress/import'
import { readWxr, WxrFormatError } from '@/lib/wordpress/wxr-reader'
import { env } from '@/lib/env'
import { describeDatabase, explainDatabaseError } from './lib/database-errors'
import { type CreatedDatabase, openImportDatabase } from './lib/import-database'
import { refreshSite } from './lib/refresh-site'

const USAGE = [
  'Usage: npm run import:wordpress -- <export.xml> [--dry-run] [--default-language fr|en] [--authors map.csv] [--uploads <wp-content/uploads dir>] [--site <url>|none]',
  '       npm run import:wordpress -- --refresh-site [--site <url>]   (only tell the running site to refresh its cache)',
].join('\n')
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1)
const number = (n: number) => new Intl.NumberFormat('en').format(n)

function parseCommandLine() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'default-language': { type: 'string', default: 'fr' },
      authors: { type: 'string' },
      uploads: { type: 'string' },
      report: { type: 'string' }, // JSON summary for scripts (the benchmark)
      site: { type: 'string' }, // the running site to refresh afterwards; "none" to skip
      'refresh-site': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const [file, ...extra] = positionals
  const problems: string[] = []
  const site = values.site === 'none' ? null : (values.site ?? env.SITE_URL)
  if (site && !URL.canParse(site)) problems.push(`--site must be the site's URL (such as https://news.example.com) or "none", not "${site}".`)
  if (values['refresh-site']) {
    if (problems.length || positionals.length || !site) exitWithUsage(problems.length ? problems : ['--refresh-site takes no file, and needs a site URL.'])
    return { refreshOnly: true as const, site: site! }
  }
  if (!file || extra.length) problems.push('give exactly one export file.')
  else if (!existsSync(file) || !statSync(file).isFile()) problems.push(`${file} does not exist or is not a file.`)
  const language = values['default-language']
  if (language !== 'fr' && language !== 'en') problems.push(`--default-language must be fr or en, not "${language}".`)
  if (values.authors && !existsSync(values.authors)) problems.push(`--authors: ${values.authors} does not exist.`)
  if (values.uploads && !(existsSync(values.uploads) && statSync(values.uploads).isDirectory())) problems.push(`--uploads: ${values.uploads} is not a folder.`)
  if (problems.length) exitWithUsage(problems)
  return { refreshOnly: false as const, file: file!, language: language as 'fr' | 'en', dryRun: values['dry-run'], authors: values.authors, uploads: values.uploads ?? null, report: values.report, site }
}

function exitWithUsage(problems: string[]): never {
  console.error(`${problems.join('\n')}\n${USAGE}`)
  process.exit(2)
}

type ImportArgs = Extract<ReturnType<typeof parseCommandLine>, { refreshOnly: false }>

/** A bar on a terminal; a plain line every few seconds in a log or a pipe. */
function progressReporter(totalBytes: number) {
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: ' {bar} {percentage}% | {done}/{total_mb} MB | {posts} posts | {comments} comments | ETA {eta_formatted}', hideCursor: true, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    )
    bar.start(totalBytes, 0, { done: '0.0', total_mb: mb(totalBytes), posts: 0, comments: 0 })
    return {
      update: (p: ImportProgress) => bar.update(p.bytesRead, { done: mb(p.bytesRead), posts: number(p.posts), comments: number(p.comments) }),
      stop: () => bar.stop(),
    }
  }
  let last = 0
  return {
    update: (p: ImportProgress) => {
      if (Date.now() - last < 2000) return
      last = Date.now()
      console.log(`${mb(p.bytesRead)}/${mb(p.totalBytes)} MB (${Math.round((100 * p.bytesRead) / p.totalBytes)} %), ${number(p.posts)} posts, ${number(p.comments)} comments`)
    },
    stop: () => {},
  }
}

export function formatSummary(summary: Summary): string {
  const header = ['', 'created', 'updated', 'unchanged', 'skipped', 'warnings']
  const rows = KINDS.map((kind) => {
    const t = summary.counts[kind]
    return [kind, t.created, t.updated, t.unchanged, t.skipped, t.warnings].map((cell) => (typeof cell === 'number' ? number(cell) : cell))
  })
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => String(row[column]).length)))
  const line = (row: (string | number)[]) => row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[0]!) : String(cell).padStart(widths[column]!))).join('  ')
  const shortcodes = Object.entries(summary.shortcodes).sort((a, b) => b[1] - a[1])
  return [
    line(header),
    ...rows.map(line),
    shortcodes.length ? `\nUnknown shortcodes kept as text: ${shortcodes.map(([name, n]) => `[${name}] ×${number(n)}`).join(', ')}` : '',
  ].join('\n')
}

function printWarnings(summary: Summary) {
  const total = Object.values(summary.counts).reduce((sum, t) => sum + t.warnings, 0)
  if (!total) return
  console.log(`\n${number(total)} warning(s)${total > 20 ? ', the first 20' : ''}:`)
  for (const message of summary.warnings.slice(0, 20)) console.log(`  - ${message}`)
}

/** A file that is not a WordPress export is refused before the database is even opened. */
async function checkIsWxr(file: string): Promise<boolean> {
  try {
    for await (const record of readWxr(file)) if (record.type === 'channel') return true
    return true
  } catch (error) {
    if (!(error instanceof WxrFormatError)) throw error
    console.error(`Import stopped: ${error.message}\nNothing was written.`)
    return false
  }
}

async function main() {
  const args = parseCommandLine()
  if (args.refreshOnly) {
    const outcome = await refreshSite(args.site, [])
    console.log(outcome.message)
    if (!outcome.ok) process.exitCode = 1
    return
  }
  const started = Date.now()
  if (!(await checkIsWxr(args.file))) {
    process.exitCode = 1
    return
  }
  const { db, close, created } = await openImportDatabase()
  if (created) console.log(`Created the embedded database in ${(created.wallMs / 1000).toFixed(1)} s (in a child process, which peaked at ${Math.round(created.maxRssKb / 1024)} MB).`)
  try {
    await run(db, args, started, created)
  } finally {
    await close()
  }
}

async function run(db: Db, args: ImportArgs, started: number, created: CreatedDatabase) {
  const authorEmails = args.authors ? await readAuthorsMap(db, args.authors) : new Map<string, string>()
  console.log(`${args.dryRun ? 'Dry run (nothing will be written): ' : 'Importing '}${args.file} into ${describeDatabase()}`)
  const progress = progressReporter(statSync(args.file).size)
  const stop = new AbortController()
  process.on('SIGINT', () => {
    if (stop.signal.aborted) process.exit(130) // second Ctrl-C: the open batch rolls back with the connection
    stop.abort()
    console.error('\nStopping after the batch being written (Ctrl-C again to quit now; that batch is then rolled back)…')
  })
  try {
    const result = await importWordPress(db, {
      file: args.file,
      dryRun: args.dryRun,
      language: args.language,
      authorEmails,
      uploadsDir: args.uploads,
      signal: stop.signal,
      onProgress: progress.update,
    })
    progress.stop()
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(`\n${result.dryRun ? 'Would import' : 'Imported'} from ${result.source} (WXR ${result.wxrVersion || '?'}) in ${seconds} s:\n`)
    console.log(formatSummary(result.summary))
    printWarnings(result.summary)
    if (result.interrupted) console.log('\nInterrupted: every batch above was committed whole. Run the same command again to finish; imported items are recognised.')
    if (!result.dryRun && args.site) console.log(`\n${(await refreshSite(args.site, result.changedTags, result.tooManyChangedTags)).message}`)
    else if (!result.dryRun) console.log('\nNo site to refresh (--site none): restart the site, or run npm run import:wordpress -- --refresh-site, so old addresses and lists stop answering from its cache.')
    if (args.report) {
      const { writeFileSync } = await import('node:fs')
      // This process's own CPU and peak; creating a new PGlite folder (initdb) ran in a child, reported on its own.
      writeFileSync(args.report, JSON.stringify({ summary: result.summary, wallMs: Date.now() - started, cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000, maxRssKb: process.resourceUsage().maxRSS, created }))
    }
  } catch (error) {
    progress.stop()
    if (!(error instanceof ImportFailedError)) throw error
    console.error(`\nImport stopped: ${error.message}`)
    console.error(args.dryRun ? '\nDry run: nothing was written.' : '\nWhat was committed before it stopped (whole items only):\n')
    if (!args.dryRun) console.error(formatSummary(error.committed))
    console.error('\nFix the file and run the same command again: items already imported are recognised, not duplicated.')
    process.exitCode = 1
  }
}

main().catch((error: unknown) => {
  console.error(explainDatabaseError(error).message)
  process.exitCode = 1
})
