import postgres from 'postgres'
const admin = postgres('postgres://postgres@127.0.0.1:5432/test', { max: 1, onnotice: () => {} })
const name = 'kiosque_bench_probe'
await admin.unsafe(`drop database if exists ${name} with (force)`)
await admin.unsafe(`create database ${name}`)
await admin.end()
process.env.DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${name}`
const { migrateDatabase } = await import('@/db/migrate')
const { db, closeDb } = await import('@/db')
await migrateDatabase()
const { buildCorpus, DEFAULT_SIZE } = await import('./corpus')
const t = Date.now()
const corpus = await buildCorpus(db, DEFAULT_SIZE, console.log)
console.log('total', (Date.now() - t) / 1000, corpus.hotArticle, corpus.categorySlug)
await closeDb()
