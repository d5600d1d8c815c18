import { AsyncLocalStorage } from 'node:async_hooks'

// A timer keeps the async context it was started in until it fires, and inside a request that context is the
// whole request: Next's stores hold its IncomingMessage, its ServerResponse and what the render kept. In-memory
// rate limiters forget each key with a timer as long as their window (an hour for the comments' hourly cap), so
// every comment post held its request in memory for an hour: a heap snapshot after 2,000 posts found 1,995
// ServerResponses reached from one-hour timers, and the heap in use went 114 → 166 MB.
//
// instrumentation.ts captures the context the server starts in (no request); code that sets long timers during a
// request runs them in it. On globalThis: instrumentation, actions and route handlers are separate bundles.
const shared = globalThis as unknown as { kiosqueStartContext?: <R>(fn: () => R) => R }

/** Called once at server start-up, outside any request. */
export function captureStartContext(): void {
  shared.kiosqueStartContext ??= AsyncLocalStorage.snapshot()
}

/** Runs `fn` in the server's start-up context when it was captured (scripts and tests: in the current one). */
export function outsideRequest<R>(fn: () => R): R {
  return shared.kiosqueStartContext ? shared.kiosqueStartContext(fn) : fn()
}
