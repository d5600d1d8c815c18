// Ceiling (b) of `npm run bench`: the machine's limit. A bare Node http server answering every request with the
// article's HTML bytes from memory. Usage: node scripts/bench/bare-server.mjs <file> <port>
import { readFileSync } from 'node:fs'
import http from 'node:http'

const [file, port] = process.argv.slice(2)
const body = readFileSync(file)
const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) }
http
  .createServer((request, response) => {
    response.writeHead(200, headers)
    response.end(body)
  })
  .listen(Number(port), '127.0.0.1')
