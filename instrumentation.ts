// Next calls register() once when a server process starts. The scheduler runs inside the app process (no cron
// or worker to install), but never during `next build` and never in the edge runtime.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { captureStartContext } = await import('./lib/outside-request')
  captureStartContext() // before any request: long timers started later run in it (lib/outside-request.ts)
  const { startScheduler } = await import('./lib/scheduler/start')
  startScheduler()
}
