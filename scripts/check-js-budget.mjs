#!/usr/bin/env node
// JavaScript budget of article pages, measured on the build output (run after `next build` on a seeded database):
// every script the prerendered HTML of each article loads, gzipped (level 9) as a server would send it.
//
// Two limits, both must hold:
//   - own JS  ≤ BUDGET  (default 90 KiB): what the article page adds beyond Next.js and React themselves, i.e. the
//     scripts not also loaded by the build's bare `_not-found` page (our client components, dictionaries, etc.);
//   - total   ≤ CEILING (default 150 KiB): everything, framework included, so a framework upgrade that bloats the
//     page is caught too. Next 16 + React 19 alone weigh about 132 KiB gzip here, so a 90 KiB total is out of reach.
// Usage: node scripts/check-js-budget.mjs [--budget=90] [--ceiling=150]
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const option = (name, fallback) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const BUDGET_KIB = option('budget', 90)
const CEILING_KIB = option('ceiling', 150)
const root = path.resolve(import.meta.dirname, '..')
const appDir = path.join(root, '.next/server/app')
const NOT_SECTIONS = new Set(['tag', 'auteur', 'recherche', 'page-introuvable'])

function fail(message) {
  console.error(`✗ ${message}`)
  process.exit(1)
}

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

function scriptsOf(file) {
  const html = readFileSync(file, 'utf8')
  const urls = new Set()
  // noModule scripts are legacy polyfills that module-capable browsers never download.
  for (const [tag] of html.matchAll(/<script[^>]*>/g)) {
    const src = /src="([^"]+\.js)"/.exec(tag)?.[1]
    if (src && !/nomodule/i.test(tag)) urls.add(src)
  }
  for (const [tag] of html.matchAll(/<link[^>]*>/g)) {
    const href = /href="([^"]+\.js)"/.exec(tag)?.[1]
    if (href && /rel="preload"/.test(tag) && /as="script"/.test(tag)) urls.add(href)
  }
  return [...urls].filter((url) => url.startsWith('/_next/static/'))
}

const sizes = new Map()
function gzipped(url) {
  if (!sizes.has(url)) {
    const file = path.join(root, '.next/static', url.replace(/^\/_next\/static\//, ''))
    sizes.set(url, gzipSync(readFileSync(file), { level: 9 }).length)
  }
  return sizes.get(url)
}

const pages = articlePages()
if (!pages.length) fail('no prerendered article page in .next/server/app/<lang>/<category>/. Run `next build` on a seeded database first.')
let framework
try {
  framework = new Set(scriptsOf(path.join(appDir, '_not-found.html')))
} catch {
  fail('no .next/server/app/_not-found.html to measure the framework against. Run `next build` first.')
}

let worst = { page: '', total: 0, own: 0, scripts: 0 }
for (const page of pages) {
  const scripts = scriptsOf(page)
  const total = scripts.reduce((sum, url) => sum + gzipped(url), 0)
  const own = scripts.filter((url) => !framework.has(url)).reduce((sum, url) => sum + gzipped(url), 0)
  if (total > worst.total) worst = { page: path.relative(appDir, page), total, own, scripts: scripts.length }
}

const kib = (bytes) => (bytes / 1024).toFixed(1)
const summary = `article JS (gzip): ${kib(worst.own)} KiB own + ${kib(worst.total - worst.own)} KiB Next.js/React = ${kib(worst.total)} KiB, on ${worst.page} (${worst.scripts} scripts; ${pages.length} articles checked)`
if (worst.own > BUDGET_KIB * 1024) fail(`${summary}: own JS over the ${BUDGET_KIB} KiB budget`)
if (worst.total > CEILING_KIB * 1024) fail(`${summary}: total over the ${CEILING_KIB} KiB ceiling`)
console.log(`✓ ${summary}; budget ${BUDGET_KIB} KiB own, ceiling ${CEILING_KIB} KiB total`)
