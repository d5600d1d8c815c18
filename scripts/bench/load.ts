// autocannon as a library: one run per target, whose first seconds are a warm-up left out of the figures.
// Warm-up and measurement share one set of connections. Node (libuv 1.45 and later) accepts one new connection per
// turn of the event loop, so a fresh set of 64 connections arriving while the server is busy waits for up to 64
// turns: with a separate warm-up run, the measured run began with that queue, and its first requests measured the
// accept queue (up to 10 s on PGlite comment posts, when the server was still finishing the warm-up's posts), not
// the page. Readers' connections reach a real deployment through a reverse proxy that keeps its own to Node open.
import autocannon from 'autocannon'
import { sampleRss } from './server'

export type LoadResult = {
  target: string
  connections: number
  seconds: number
  requests: number
  rps: number
  p50: number
  p90: number
  p99: number
  max: number
  errors: number // socket errors, timeouts and unexpected statuses
  errorDetail: { socket: number; timeouts: number; statuses: Record<string, number> }
  non2xx: number
  bytesPerRequest: number
  peakRssMb: number | null
  extra?: Record<string, number | string>
}

export type LoadSpec = {
  target: string
  url: string
  connections: number
  warmupSeconds: number
  seconds: number
  serverPid?: number
  /** Statuses that count as success besides 2xx (e.g. 303 for the plain comment form). */
  okStatuses?: number[]
  requests?: autocannon.Request[]
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  /** Called when the warm-up ends and the figures start counting. */
  onMeasureStart?: () => void
}

/** What a browser sends when it loads a page; the proxy answers documents from memory (lib/rendered-pages.ts). */
export const DOCUMENT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

/** Latency percentiles of the measured responses, in whole milliseconds as autocannon reports them. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!)
}

export async function measure(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = []
  const statusCounts = new Map<number, number>()
  let bytes = 0
  let socketErrors = 0
  let timeouts = 0
  let measuring = false
  let settle: (error: unknown) => void = () => {}
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve())
  })
  const instance = autocannon(
    {
      url: spec.url,
      connections: spec.connections,
      duration: spec.warmupSeconds + spec.seconds,
      pipelining: 1,
      timeout: 10,
      method: spec.method ?? 'GET',
      headers: { accept: DOCUMENT_ACCEPT, ...spec.headers },
      requests: spec.requests,
    },
    (error) => settle(error),
  )
  // The peak RSS counts the warm-up too: it is load all the same.
  const rss = spec.serverPid ? sampleRss(spec.serverPid) : null
  const startMeasuring = () => {
    measuring = true
    spec.onMeasureStart?.()
  }
  const warmup = spec.warmupSeconds > 0 ? setTimeout(startMeasuring, spec.warmupSeconds * 1000) : null
  if (!warmup) startMeasuring()
  instance.on('response', (_client, status, resBytes, responseTime) => {
    if (!measuring) return
    latencies.push(responseTime)
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1)
    bytes += resBytes
  })
  instance.on('reqError', (error: Error) => {
    if (!measuring) return
    if (error.message === 'request timed out') timeouts++
    else socketErrors++
  })
  let peakRssMb: number | null = null
  try {
    await done
  } finally {
    if (warmup) clearTimeout(warmup)
    peakRssMb = rss ? rss.stop() : null
  }

  const ok = new Set(spec.okStatuses ?? [])
  const statuses: Record<string, number> = {}
  let unexpected = 0
  let non2xx = 0
  for (const [status, count] of statusCounts) {
    if (status < 200 || status >= 300) non2xx += count
    if ((status < 200 || status >= 300) && !ok.has(status)) {
      unexpected += count
      statuses[String(status)] = count
    }
  }
  const sorted = latencies.sort((a, b) => a - b)
  const requests = sorted.length
  return {
    target: spec.target,
    connections: spec.connections,
    seconds: spec.seconds,
    requests,
    rps: Math.round(requests / spec.seconds),
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: percentile(sorted, 100),
    errors: socketErrors + timeouts + unexpected,
    errorDetail: { socket: socketErrors, timeouts, statuses },
    non2xx,
    bytesPerRequest: requests ? Math.round(bytes / requests) : 0,
    peakRssMb,
  }
}
