// How Kiosque's production server is started, by `npm start` and by the benchmark alike, so the figures the bench
// prints are those of the server people run.
//
// Memory: left to itself, V8 sizes the heap for this 24 GB machine and lets a busy server grow to 600–800 MB
// before collecting in earnest (`npm run bench`: peak RSS 833 MB on PGlite, 661 MB on PostgreSQL). What the server
// really keeps is far less. At its peak under the bench, on PGlite: V8's heap 160 MB (60–100 MB of it in use: Next's
// two caches, the proxy's stored pages), PGlite's WebAssembly memory 128 MB (its initial size, outside the heap),
// other buffers 32 MB.
// - A 256 MB old space makes V8 collect before the process passes about 400 MB, with room for the caches when full
//   (home and article pages at 16 connections, same machine and hour: 432/481 MB → 366/370 MB).
// - 8 MB young semi-spaces instead of V8's 16 MB, all of which a busy server keeps resident: 10–20 MB less peak RSS
//   for the same throughput (`npm run bench -- --only article,comments-floor,comments
//   --server-node-options=--max-semi-space-size=8`, runs interleaved: 343/354 → 333 MB). Smaller ones took off
//   25 MB in an earlier measurement, but cost throughput.
// - --wasm-lazy-compilation compiles only the PGlite functions that are called (30 MB off the importer's peak).
export const SERVER_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=8', '--wasm-lazy-compilation']

// glibc's malloc gives every thread that allocates an arena of its own (V8's compiler and GC threads, libuv's
// workers), each keeping what was freed in it, and raises the size above which blocks are mapped on their own as
// large blocks are freed. One arena and a fixed 128 KB threshold: same throughput, 20–25 MB less peak RSS under
// load (`npm run bench -- --only home,article,comments`: 379–409 → 355–386 MB; the WordPress import, 299–328 →
// 250–257 MB). Read by glibc at process start, so they are set in the server's environment, not from inside it.
export const SERVER_ENV = { MALLOC_ARENA_MAX: '1', MALLOC_MMAP_THRESHOLD_: '131072' }

const NEXT_BIN = 'node_modules/next/dist/bin/next'

/** `node <flags> next start`: the child is the server itself, so stopping it stops the server (see NOTES.md). */
export function nextStartCommand(options: { port: number; host?: string; nextBin?: string; dir?: string }): [string, string[]] {
  const args = [...SERVER_NODE_FLAGS, options.nextBin ?? NEXT_BIN, 'start', ...(options.dir ? [options.dir] : []), '-p', String(options.port)]
  if (options.host) args.push('-H', options.host)
  return [process.execPath, args]
}
