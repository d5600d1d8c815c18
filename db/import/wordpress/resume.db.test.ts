import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { articles, comments, externalRefs } from '@/db/schema'
import { fixtureAsSite, testFolder } from './fixture-sites'
import { ImportFailedError, importWordPress } from './import'
import { updateUnlessEdited } from './posts'

const tmp = testFolder('resume')
const asSite = (name: string, host: string) => fixtureAsSite(name, host, tmp)

async function localId(source: string, kind: string, externalId: string): Promise<string> {
  const [row] = await db.select({ id: externalRefs.localId }).from(externalRefs).where(and(eq(externalRefs.source, source), eq(externalRefs.kind, kind), eq(externalRefs.externalId, externalId)))
  return row!.id
}

const commentRow = async (id: string) => (await db.select().from(comments).where(eq(comments.id, id)))[0]!
const articleRow = async (id: string) => (await db.select().from(articles).where(eq(articles.id, id)))[0]!

describe('a run that stopped on a broken file, then the whole file', () => {
  const host = 'resume.example.net'
  const source = `wordpress:https://${host}`

  it('links the replies and featured images the stopped run could not link', async () => {
    // The truncated copy breaks off after post 101 (whose reply 502 precedes its parent 501) and its image 201.
    const error = await importWordPress(db, { file: asSite('truncated.xml', host), mediaDir: tmp, batchSize: { posts: 1, comments: 100 } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportFailedError)
    const reply = await localId(source, 'comment', '502')
    const post = await localId(source, 'post', '101')
    expect((await commentRow(reply)).parentId).toBeNull() // the links were due at the end, never reached
    expect((await articleRow(post)).featuredMediaId).toBeNull()

    const full = await importWordPress(db, { file: asSite('newsroom-wxr-1.2.xml', host), mediaDir: tmp })
    expect(full.summary.counts.post.unchanged).toBeGreaterThanOrEqual(1) // 101 itself did not change
    expect((await commentRow(reply)).parentId).toBe(await localId(source, 'comment', '501'))
    expect((await articleRow(post)).featuredMediaId).toBe(await localId(source, 'attachment', '201'))
  })

  it('leaves alone an image the newsroom removed after the import', async () => {
    const post = await localId(source, 'post', '101')
    await db.update(articles).set({ featuredMediaId: null, version: 5 }).where(eq(articles.id, post))
    await importWordPress(db, { file: asSite('newsroom-wxr-1.2.xml', host), mediaDir: tmp })
    expect(await articleRow(post)).toMatchObject({ featuredMediaId: null, version: 5 })
  })
})

describe('imported comments', () => {
  it('are cleaned like the public comment form: no script links, no direction overrides or control characters', async () => {
    const host = 'hostile.example.net'
    const source = `wordpress:https://${host}`
    await importWordPress(db, { file: asSite('hostile-comments.xml', host), mediaDir: tmp })
    const forged = await commentRow(await localId(source, 'comment', '71'))
    expect(forged).toMatchObject({ authorName: 'Adminnimda du site', authorEmail: 'pirate@example.net', authorUrl: null, body: 'Cliquez ici\n\nVraiment.' })
    expect((await commentRow(await localId(source, 'comment', '72'))).authorUrl).toBeNull()
    expect(await commentRow(await localId(source, 'comment', '73'))).toMatchObject({ authorUrl: 'https://www.lina.example.net/blog', parentId: forged.id })
  })
})

describe('updating an imported article', () => {
  it('is a compare-and-set on the version: a newsroom save in between wins', async () => {
    const host = 'cas.example.net'
    await importWordPress(db, { file: asSite('hostile-comments.xml', host), mediaDir: tmp })
    const id = await localId(`wordpress:https://${host}`, 'post', '7')
    // The import read version 1; an editor saved version 2 before the import's write reached the database.
    await db.update(articles).set({ title: 'Titre de la rédaction', version: 2 }).where(eq(articles.id, id))
    expect(await updateUnlessEdited(db, id, 1, { title: 'Titre de WordPress' })).toBe(false)
    expect(await articleRow(id)).toMatchObject({ title: 'Titre de la rédaction', version: 2 })

    expect(await updateUnlessEdited(db, id, 2, { title: 'Titre de WordPress' })).toBe(true)
    expect(await articleRow(id)).toMatchObject({ title: 'Titre de WordPress', version: 3 })
  })
})
