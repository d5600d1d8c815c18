import { parseArgs } from 'node:util'
import { type CorpusSize, DEFAULT_SIZE, LARGE_SIZE, SMOKE_SIZE } from './corpus'

export type BenchOptions = {
  mode: 'default' | 'large' | 'smoke'
  size: CorpusSize
  warmupSeconds: number
  seconds: number
  connections: number[]
  port: number
  keep: boolean
  only: Set<string> | null
  cpuProf: boolean
  skipCeilings: boolean
  /** NODE_OPTIONS for the Kiosque server under load only (not the build), e.g. "--max-old-space-size=256". */
  serverNodeOptions: string | null
  /** Server to create the benchmark's PostgreSQL database on; null runs on embedded PGlite. */
  postgresAdminUrl: string | null
}

export const USAGE = `npm run bench [-- options]
  --smoke            tiny corpus, 2 s runs at 16 connections: checks that every phase works (CI)
  --large            100,000 articles and 1,000,000 comments instead of 2,000 / 30,000
  --articles N       --comments N   corpus size by hand
  --duration S       measured seconds per run (default 10; smoke 2)
  --warmup S         warm-up seconds per run, not counted (default 3; smoke 1)
  --connections L    comma-separated connection counts (default 16,64; smoke 16)
  --only L           comma-separated targets: ceiling-a,ceiling-b,public-file,home,category,article,author,feed,search,search-new,comments-floor,comments,comments-form
  --port P           first of the ports used (default 3300; the bench uses P, P+1, P+2)
  --cpu-prof         run the Kiosque server under --cpu-prof, built with --no-mangling (profiles land in .data/bench/profiles)
  --no-ceilings      skip building and measuring the ceilings
  --server-node-options="F"  NODE_OPTIONS for the Kiosque server under load (not its build), e.g. "--max-old-space-size=256"
  --keep             keep the benchmark database afterwards
DATABASE_URL=postgres://…/any  runs on PostgreSQL: a fresh database kiosque_bench_<time> is created on that server and dropped after.`

export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: 'boolean', default: false },
      large: { type: 'boolean', default: false },
      articles: { type: 'string' },
      comments: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      only: { type: 'string' },
      port: { type: 'string', default: '3300' },
      'cpu-prof': { type: 'boolean', default: false },
      'no-ceilings': { type: 'boolean', default: false },
      'server-node-options': { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  if (values.smoke && values.large) throw new Error('--smoke and --large exclude each other.')
  const mode = values.smoke ? 'smoke' : values.large ? 'large' : 'default'
  const base = mode === 'smoke' ? SMOKE_SIZE : mode === 'large' ? LARGE_SIZE : DEFAULT_SIZE
  const number = (value: string | undefined, fallback: number, name: string) => {
    if (value === undefined) return fallback
    const n = Number(value)
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} wants a number, got "${value}".`)
    return n
  }
  const size = { ...base, articles: number(values.articles, base.articles, 'articles'), comments: number(values.comments, base.comments, 'comments') }
  if (size.articles < 60) throw new Error('--articles must be at least 60 (the phases pick articles by rank).')
  const connections = (values.connections ?? (mode === 'smoke' ? '16' : '16,64')).split(',').map((c) => number(c.trim(), 16, 'connections'))
  const adminUrl = process.env.DATABASE_URL || null
  return {
    mode,
    size,
    warmupSeconds: number(values.warmup, mode === 'smoke' ? 1 : 3, 'warmup'),
    seconds: number(values.duration, mode === 'smoke' ? 2 : 10, 'duration'),
    connections,
    port: number(values.port, 3300, 'port'),
    keep: values.keep,
    only: values.only ? new Set(values.only.split(',').map((t) => t.trim())) : null,
    cpuProf: values['cpu-prof'],
    skipCeilings: values['no-ceilings'],
    serverNodeOptions: values['server-node-options'] ?? null,
    postgresAdminUrl: adminUrl,
  }
}
