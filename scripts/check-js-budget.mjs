#!/usr/bin/env node
// Fails when an article page ships more than the JavaScript budget (gzip), measured on the build output: every
// script the prerendered HTML of the article pages loads (src or preload), gzipped as a server would send it.
// Usage: node scripts/check-js-budget.mjs [budgetKiB=90]   (after `next build`)
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_KIB = Number(process.argv[2] ?? 90)
const root = path.resolve(import.meta.dirname, '..')
const appDir = path.join(root, '.next/server/app')
const NOT_SECTIONS = new Set(['tag', 'auteur', 'recherche', 'page-introuvable'])

// Prerendered articles live at .next/server/app/<lang>/<category>/<slug>.html (not the [slug] fallback shell).
function articlePages() {
  const pages = []
  for (const lang of ['fr', 'en', 'ar']) {
    const langDir = path.join(appDir, lang)
    let sections = []
    try {
      sections = readdirSync(langDir).filter((name) => !NOT_SECTIONS.has(name) && statSync(path.join(langDir, name)).isDirectory())
    } catch {
      continue
    }
    for (const section of sections) {
      for (const file of readdirSync(path.join(langDir, section))) {
        if (file.endsWith('.html') && !file.startsWith('[')) pages.push(path.join(langDir, section, file))
      }
    }
  }
  return pages
}

function scriptsOf(html) {
  const urls = new Set()
  // noModule scripts are legacy polyfills that module-capable browsers never download.
  for (const [tag] of html.matchAll(/<script[^>]*>/g)) {
    const src = /src="([^"]+\.js)"/.exec(tag)?.[1]
    if (src && !/nomodule/i.test(tag)) urls.add(src)
  }
  for (const match of html.matchAll(/<link[^>]+rel="preload"[^>]+as="script"[^>]+href="([^"]+\.js)"|<link[^>]+as="script"[^>]+rel="preload"[^>]+href="([^"]+\.js)"/g)) urls.add(match[1] ?? match[2])
  return [...urls].filter((url) => url.startsWith('/_next/static/'))
}

const pages = articlePages()
if (!pages.length) {
  console.error('check-js-budget: no prerendered article page in .next/server/app/<lang>/<category>/. Run `next build` on a seeded database first.')
  process.exit(1)
}
const sizes = new Map()
let worst = { page: '', bytes: 0, scripts: 0 }
for (const page of pages) {
  const scripts = scriptsOf(readFileSync(page, 'utf8'))
  let bytes = 0
  for (const url of scripts) {
    if (!sizes.has(url)) {
      const file = path.join(root, '.next/static', url.replace(/^\/_next\/static\//, ''))
      sizes.set(url, gzipSync(readFileSync(file), { level: 9 }).length)
    }
    bytes += sizes.get(url)
  }
  if (bytes > worst.bytes) worst = { page: path.relative(appDir, page), bytes, scripts: scripts.length }
}
const kib = (worst.bytes / 1024).toFixed(1)
const line = `JS budget: ${kib} KiB gzip on the heaviest article page (${worst.page}, ${worst.scripts} scripts, ${pages.length} pages checked); budget ${BUDGET_KIB} KiB`
if (worst.bytes > BUDGET_KIB * 1024) {
  console.error(`✗ ${line}`)
  process.exit(1)
}
console.log(`✓ ${line}`)
