// How Kiosque's production server is started, by `npm start` and by the benchmark alike, so the figures the bench
// prints are those of the server people run.
//
// Memory: left to itself, V8 sizes the heap for this 24 GB machine and lets a busy server grow to 600–800 MB
// before collecting in earnest (`npm run bench`: peak RSS 833 MB on PGlite, 661 MB on PostgreSQL). What the server
// really keeps is far less: Next's two caches (50 MB each at most), the search pages (16 MB) and, on PGlite, the
// database's WebAssembly memory (about 180 MB, outside the JavaScript heap). A 256 MB old space and 8 MB young
// semi-spaces keep it under 400 MB under load. --wasm-lazy-compilation compiles only the PGlite functions that are
// called (it took 30 MB off the importer's peak).
export const SERVER_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=8', '--wasm-lazy-compilation']

const NEXT_BIN = 'node_modules/next/dist/bin/next'

/** `node <flags> next start`: the child is the server itself, so stopping it stops the server (see NOTES.md). */
export function nextStartCommand(options: { port: number; host?: string; nextBin?: string; dir?: string }): [string, string[]] {
  const args = [...SERVER_NODE_FLAGS, options.nextBin ?? NEXT_BIN, 'start', ...(options.dir ? [options.dir] : []), '-p', String(options.port)]
  if (options.host) args.push('-H', options.host)
  return [process.execPath, args]
}
