import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { and, count, eq, inArray, isNotNull } from 'drizzle-orm'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/db'
import { findRedirect } from '@/db/queries/redirects'
import {
  articleRevisions,
  articles,
  articleTags,
  categories,
  comments,
  externalRefs,
  media,
  redirects,
  tags,
  users,
} from '@/db/schema'
import { WxrFormatError } from '@/lib/wordpress/wxr-reader'
import { makeUser } from '../../test-support/factories'
import { expectationsFor } from './fixture-expectations'
import { FIXTURES, fixtureAsSite, testFolder } from './fixture-sites'
import { ImportFailedError, type ImportResult, importWordPress } from './import'

const NEWSROOM = path.join(FIXTURES, 'newsroom-wxr-1.2.xml')
const BLOG = path.join(FIXTURES, 'blog-wxr-1.1.xml')
const SOURCE = 'wordpress:https://courrier.example.org'
const tmp = testFolder('import')
/** A copy of a fixture as another site's export (its own refs). */
const variant = (file: string, host: string) => fixtureAsSite(file, host, tmp)

const TABLES = { users, categories, tags, articles, articleTags, articleRevisions, comments, media, redirects, externalRefs }
async function tableCounts(): Promise<Record<string, number>> {
  const entries = await Promise.all(Object.entries(TABLES).map(async ([name, table]) => [name, (await db.select({ n: count() }).from(table))[0]!.n] as const))
  return Object.fromEntries(entries)
}

async function refs(source: string, kind: string) {
  const rows = await db.select().from(externalRefs).where(and(eq(externalRefs.source, source), eq(externalRefs.kind, kind)))
  return new Map(rows.map((row) => [row.externalId, row.localId]))
}

const articleOf = async (source: string, wpId: string) => {
  const id = (await refs(source, 'post')).get(wpId)!
  return (await db.query.articles.findFirst({ where: eq(articles.id, id), with: { category: true, author: true, tags: { with: { tag: true } } } }))!
}

const totals = (result: ImportResult, outcome: 'created' | 'updated') => Object.values(result.summary.counts).reduce((sum, tally) => sum + tally[outcome], 0)

describe('importing a WXR 1.2 newsroom export', () => {
  const expected = expectationsFor(NEWSROOM)
  let first: ImportResult

  beforeAll(async () => {
    first = await importWordPress(db, { file: NEWSROOM, mediaDir: tmp })
  })

  it('holds exactly what the file holds: posts, terms, term links, comments per status, replies', async () => {
    const postIds = [...(await refs(SOURCE, 'post')).values()]
    expect(postIds).toHaveLength(expected.posts)
    expect((await db.select({ n: count() }).from(articles).where(inArray(articles.id, postIds)))[0]!.n).toBe(expected.posts)
    expect((await db.select({ n: count() }).from(articleTags).where(inArray(articleTags.articleId, postIds)))[0]!.n).toBe(expected.tagLinks)
    expect((await refs(SOURCE, 'tag')).size).toBe(expected.tags)
    // declared categories, plus "uncategorized" for the post that had none
    expect((await refs(SOURCE, 'category')).size).toBe(expected.categories + 1)
    expect((await refs(SOURCE, 'attachment')).size).toBe(expected.attachments)

    const imported = await db.select({ status: comments.status, n: count() }).from(comments).where(inArray(comments.articleId, postIds)).groupBy(comments.status)
    expect(Object.fromEntries(imported.map((row) => [row.status, row.n]))).toEqual(expected.commentsByStatus)

    const commentRefs = await refs(SOURCE, 'comment')
    const threaded = await db.select({ id: comments.id, parentId: comments.parentId }).from(comments).where(and(inArray(comments.articleId, postIds), isNotNull(comments.parentId)))
    expect(threaded).toHaveLength(expected.replies.length)
    for (const [reply, parent] of expected.replies) {
      expect(threaded).toContainEqual({ id: commentRefs.get(reply), parentId: commentRefs.get(parent) })
    }
  })

  it('links a reply that precedes its parent, and turns a reply to a missing comment into a top-level one', async () => {
    const commentRefs = await refs(SOURCE, 'comment')
    const row = async (wpId: string) => (await db.select().from(comments).where(eq(comments.id, commentRefs.get(wpId)!)))[0]!
    expect((await row('502')).parentId).toBe(commentRefs.get('501')) // 502 comes first in the file
    expect((await row('512')).parentId).toBeNull()
    expect(first.summary.warnings).toContain('Comment 512 replies to comment 9999, which is not in the export: shown as a top-level comment.')
    expect((await row('501')).body).toBe('Enfin un vrai débat.\nMerci.')
    expect((await row('502')).body).toBe('Je réponds à Jeanne : d’accord !')
    expect(first.summary.counts.pingback.skipped).toBe(2)
  })

  it('maps every status, date and comment setting, and keeps the newsroom safe from the content', async () => {
    const published = await articleOf(SOURCE, '101')
    expect(published).toMatchObject({ status: 'published', title: 'Municipales : le second tour s’annonce serré à Saint-Étienne', commentsOpen: true, slug: 'municipales-second-tour' })
    expect(published.publishedAt?.toISOString()).toBe('2024-03-04T08:30:00.000Z')
    expect(published.category.slug).toBe('municipales')
    expect(published.excerpt).toBe('Trois listes & un suspense.')
    expect(published.bodyHtml).toContain('<p>Les bureaux de vote ouvriront à 8 h.<br />\nLes résultats sont attendus vers 20 h.</p>')
    expect(published.bodyHtml).toContain(
      '<figure><img src="https://courrier.example.org/wp-content/uploads/2024/03/mairie.jpg" alt="La mairie" width="800" height="533" /><figcaption>La mairie de Saint-Étienne, dimanche.</figcaption></figure>',
    )
    expect(published.bodyHtml).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"')
    expect(published.bodyHtml).toContain('[contact-form-7 id="42" title="Contact"]')
    expect(published.bodyHtml).not.toMatch(/<script|alert|style=|<span|<p><\/p>/)
    const image = await db.query.media.findFirst({ where: eq(media.id, published.featuredMediaId ?? '') })
    expect(image).toMatchObject({ sourceUrl: 'https://courrier.example.org/wp-content/uploads/2024/03/mairie.jpg', alt: 'La mairie', mime: 'image/jpeg', storageKey: null })

    const arabic = await articleOf(SOURCE, '102')
    expect(arabic).toMatchObject({ slug: 'article-102', commentsOpen: false, status: 'published' })
    expect(arabic.bodyHtml).toContain('<figure data-embed="vimeo"><iframe src="https://player.vimeo.com/video/76979871"')
    expect(arabic.bodyHtml).toContain('<img src="https://courrier.example.org/wp-content/uploads/2024/03/affiche.png"')
    expect(arabic.bodyHtml).not.toContain('wp:paragraph')
    expect(arabic.tags.map((t) => t.tag.name).sort((a, b) => a.fr.localeCompare(b.fr))).toEqual([{ fr: 'Festival' }, { fr: 'Musique' }, { fr: 'ثقافة' }])

    expect(await articleOf(SOURCE, '103')).toMatchObject({ status: 'scheduled', publishedAt: null, scheduledAt: new Date('2030-06-01T06:00:00Z') })
    expect(await articleOf(SOURCE, '104')).toMatchObject({ status: 'draft', slug: 'brouillon-enquete-sur-les-transports', publishedAt: null })
    expect(await articleOf(SOURCE, '105')).toMatchObject({ status: 'in_review' })
    expect(await articleOf(SOURCE, '106')).toMatchObject({ status: 'archived', commentsOpen: false })
    expect((await articleOf(SOURCE, '104')).category.slug).toBe('uncategorized')
    expect(first.summary.shortcodes).toEqual({ 'contact-form-7': 1, playlist: 1 })
    expect(first.summary.counts).toMatchObject({ page: { skipped: 1 }, other: { skipped: 1 }, term: { skipped: 1 }, post: { created: 6, skipped: 2 } })
  })

  it('creates authors as inactive journalists without passwords, and a placeholder for a missing author', async () => {
    const authorRefs = await refs(SOURCE, 'author')
    const helene = await db.query.users.findFirst({ where: eq(users.id, authorRefs.get('hlefebvre')!) })
    expect(helene).toMatchObject({ name: 'Hélène Lefèbvre', slug: 'helene-lefebvre', role: 'journalist', active: false, passwordHash: null, email: 'helene.lefebvre@courrier.example.org' })
    const arabicName = await db.query.users.findFirst({ where: eq(users.id, authorRefs.get('ymansour')!) })
    expect(arabicName).toMatchObject({ name: 'يوسف منصور', slug: 'auteur-ymansour' })
    expect((await articleOf(SOURCE, '104')).author).toMatchObject({ name: 'pigiste', active: false })
    const staffReply = (await db.select().from(comments).where(eq(comments.id, (await refs(SOURCE, 'comment')).get('503')!)))[0]!
    expect(staffReply.userId).toBe(helene!.id)
  })

  it('files categories under their parent and redirects old permalinks, ?p=, category and tag archives', async () => {
    const categoryRefs = await refs(SOURCE, 'category')
    const child = await db.query.categories.findFirst({ where: eq(categories.id, categoryRefs.get('municipales')!) })
    expect(child?.parentId).toBe(categoryRefs.get('politique'))
    const target = async (from: string) => (await db.select({ to: redirects.toPath, status: redirects.statusCode }).from(redirects).where(eq(redirects.fromPath, from)))[0]
    expect(await target('/2024/03/04/municipales-second-tour')).toEqual({ to: '/fr/municipales/municipales-second-tour', status: 301 })
    expect(await target('/?p=101')).toEqual({ to: '/fr/municipales/municipales-second-tour', status: 301 })
    expect(await target('/2024/03/05/مهرجان')).toEqual({ to: '/fr/culture/article-102', status: 301 })
    expect(await target('/category/politique/municipales')).toEqual({ to: '/fr/municipales', status: 301 })
    expect(await target('/?cat=4')).toEqual({ to: '/fr/politique', status: 301 })
    expect(await target('/tag/elections')).toEqual({ to: '/fr/tag/elections', status: 301 })
    expect(await target('/tag/ثقافة')).toEqual({ to: '/fr/tag/tag-12', status: 301 })
  })

  it('redirects author archives, feeds and paginated archives', async () => {
    const target = async (from: string) => (await db.select({ to: redirects.toPath }).from(redirects).where(eq(redirects.fromPath, from)))[0]?.to
    expect(await target('/author/hlefebvre')).toBe('/fr/auteur/helene-lefebvre')
    expect(await target('/?author=3')).toBe('/fr/auteur/auteur-ymansour')
    expect(await target('/feed')).toBe('/fr/feed.xml')
    expect(await target('/category/politique/municipales/feed')).toBe('/fr/municipales/feed.xml')
    // WordPress's page 3 is not ours (page sizes differ): the first page of the same listing.
    expect(await findRedirect('/category/politique/municipales/page/3/')).toEqual({ to: '/fr/municipales', status: 301 })
    expect(await findRedirect('/tag/elections/page/2')).toEqual({ to: '/fr/tag/elections', status: 301 })
    expect(await findRedirect('/2024/03/04/page/2')).toBeNull()
  })

  it('adds 0 rows and changes nothing when the same file is imported again', async () => {
    const before = await tableCounts()
    const snapshot = await db.select({ id: articles.id, updatedAt: articles.updatedAt, version: articles.version }).from(articles)
    const again = await importWordPress(db, { file: NEWSROOM, mediaDir: tmp })
    expect(await tableCounts()).toEqual(before)
    expect(totals(again, 'created')).toBe(0)
    expect(totals(again, 'updated')).toBe(0)
    expect(again.summary.counts.post.unchanged).toBe(expected.posts)
    expect(again.summary.counts.comment.unchanged).toBe(expected.comments)
    expect(await db.select({ id: articles.id, updatedAt: articles.updatedAt, version: articles.version }).from(articles)).toEqual(snapshot)
  })

  it('updates what a newer export changed, keeps a revision, and never overwrites an article edited here', async () => {
    const newer = path.join(tmp, 'newer.xml')
    writeFileSync(newer, readFileSync(NEWSROOM, 'utf8').replace('le second tour s&#8217;annonce serré', 'le second tour sera serré').replace(/(<wp:comment_id>503<\/wp:comment_id>[\s\S]*?<wp:comment_approved><!\[CDATA\[)0/, '$11'))
    const before = await tableCounts()
    const result = await importWordPress(db, { file: newer, mediaDir: tmp })
    expect(result.summary.counts.post).toMatchObject({ updated: 1, created: 0 })
    expect(result.summary.counts.comment).toMatchObject({ updated: 1, created: 0 })
    expect(await tableCounts()).toEqual({ ...before, articleRevisions: before.articleRevisions! + 1 })
    const updated = await articleOf(SOURCE, '101')
    expect(updated).toMatchObject({ title: 'Municipales : le second tour sera serré à Saint-Étienne', version: 2, slug: 'municipales-second-tour' })
    expect(updated.tags.map((t) => t.tag.slug)).toEqual(['elections'])
    const [replaced] = await db.select().from(articleRevisions).where(eq(articleRevisions.articleId, updated.id))
    expect(replaced).toMatchObject({ version: 1, reason: 'import', title: 'Municipales : le second tour s’annonce serré à Saint-Étienne' })

    // An editor changes the article here; the WordPress side changes again: the newsroom's version wins.
    await db.update(articles).set({ title: 'Titre corrigé par la rédaction', version: 3 }).where(eq(articles.id, updated.id))
    writeFileSync(newer, readFileSync(newer, 'utf8').replace('sera serré', 'sera très serré'))
    const third = await importWordPress(db, { file: newer, mediaDir: tmp })
    expect(third.summary.counts.post).toMatchObject({ updated: 0, skipped: 3 })
    expect(third.summary.warnings.some((w) => w.includes('edited in Kiosque since the last import'))).toBe(true)
    expect((await articleOf(SOURCE, '101')).title).toBe('Titre corrigé par la rédaction')
  })
  it('a tag renamed in WordPress changes its French name and keeps the translations made here', async () => {
    const [festival] = await db.select().from(tags).where(eq(tags.slug, 'festival'))
    await db.update(tags).set({ name: { fr: 'Festival', en: 'Festival season', ar: 'مهرجان' } }).where(eq(tags.id, festival!.id))
    const renamed = path.join(tmp, 'renamed-tag.xml')
    writeFileSync(renamed, readFileSync(NEWSROOM, 'utf8').replace('<wp:tag_name><![CDATA[Festival]]>', '<wp:tag_name><![CDATA[Festivals]]>'))
    const result = await importWordPress(db, { file: renamed, mediaDir: tmp })
    expect(result.summary.counts.tag).toMatchObject({ updated: 1, created: 0 })
    expect((await db.select().from(tags).where(eq(tags.id, festival!.id)))[0]?.name).toEqual({ fr: 'Festivals', en: 'Festival season', ar: 'مهرجان' })
  })
})

describe('importing a WXR 1.1 blog export', () => {
  const source = 'wordpress:http://wxr11.example.com'
  const file = variant(BLOG, 'wxr11.example.com')

  it('writes nothing on a dry run, yet reports what it would create', async () => {
    const before = await tableCounts()
    const dry = await importWordPress(db, { file, dryRun: true, language: 'en', mediaDir: tmp })
    expect(dry.dryRun).toBe(true)
    expect(dry.summary.counts.post.created).toBe(2)
    expect(dry.summary.counts.comment.created).toBe(2)
    expect(await tableCounts()).toEqual(before)
  })

  it('imports empty-typed comments with their thread, and defaults the language and category', async () => {
    const expected = expectationsFor(file)
    const result = await importWordPress(db, { file, language: 'en', mediaDir: tmp })
    expect(result.wxrVersion).toBe('1.1')
    expect(result.summary.counts.post.created).toBe(expected.posts)
    expect(result.summary.counts.comment.created).toBe(expected.comments)
    const hello = await articleOf(source, '1')
    expect(hello).toMatchObject({ language: 'en', title: 'Bonjour tout le monde & bienvenue', commentsOpen: false })
    expect(hello.bodyHtml).toContain('<figure data-embed="youtube">')
    expect(hello.bodyHtml).toContain('<p>Fin.</p>')
    expect((await articleOf(source, '2')).category.slug).toBe('uncategorized')
    expect((await articleOf(source, '2')).bodyHtml).toBe('<p>Déjà en paragraphes.</p>')
    const commentRefs = await refs(source, 'comment')
    const reply = (await db.select().from(comments).where(eq(comments.id, commentRefs.get('2')!)))[0]!
    expect(reply).toMatchObject({ parentId: commentRefs.get('1'), status: 'pending' })
  })

  it('attributes posts to existing accounts given by --authors', async () => {
    const editor = await makeUser('editor')
    const mapped = variant(BLOG, 'mapped.example.com')
    await importWordPress(db, { file: mapped, authorEmails: new Map([['admin', editor.email]]), mediaDir: tmp })
    expect((await articleOf('wordpress:http://mapped.example.com', '1')).authorId).toBe(editor.id)
    const unchanged = await db.query.users.findFirst({ where: eq(users.id, editor.id) })
    expect(unchanged).toMatchObject({ name: editor.name, role: 'editor', active: true })
  })
})

describe('--uploads', () => {
  it("stores the files it finds through the dashboard's image pipeline, with its variants, and keeps a link for the others", async () => {
    const uploads = mkdtempSync(path.join(tmp, 'uploads-'))
    const mediaDir = mkdtempSync(path.join(tmp, 'media-'))
    mkdirSync(path.join(uploads, '2024/03'), { recursive: true })
    await sharp({ create: { width: 40, height: 20, channels: 3, background: '#c00' } }).jpeg().toFile(path.join(uploads, '2024/03/mairie.jpg'))
    writeFileSync(path.join(uploads, '2024/03/affiche.png'), '<script>not a picture</script>')
    const source = 'wordpress:https://uploads.example.org'
    const result = await importWordPress(db, { file: variant(NEWSROOM, 'uploads.example.org'), uploadsDir: uploads, mediaDir })

    const mediaRefs = await refs(source, 'attachment')
    const photo = await db.query.media.findFirst({ where: eq(media.id, mediaRefs.get('201')!) })
    // What an upload from the dashboard gets: the original under a unique key, WebP and AVIF variants beside it.
    expect(photo).toMatchObject({ storageKey: expect.stringMatching(/^\d{4}-\d{2}\/[0-9a-f-]{36}\/original\.jpeg$/), width: 40, height: 20, mime: 'image/jpeg' })
    expect(photo!.variants.map((v) => [v.format, v.width])).toEqual([['webp', 40], ['avif', 40]])
    expect((await sharp(path.join(mediaDir, photo!.storageKey!)).metadata()).format).toBe('jpeg')
    for (const variant of photo!.variants) expect((await sharp(path.join(mediaDir, variant.key)).metadata()).format).toBe(variant.format === 'avif' ? 'heif' : 'webp')

    const refused = await db.query.media.findFirst({ where: eq(media.id, mediaRefs.get('202')!) })
    expect(refused).toMatchObject({ storageKey: null, variants: [], sourceUrl: 'https://uploads.example.org/wp-content/uploads/2024/03/affiche.png' })
    expect(result.summary.warnings).toContain('Attachment 202: 2024/03/affiche.png is not an image Kiosque shows (JPEG, PNG, WebP, GIF or AVIF); kept as a link to the original.')
  })

  it('keeps a link to the original for a file missing from the folder', async () => {
    const uploads = mkdtempSync(path.join(tmp, 'uploads-empty-'))
    const result = await importWordPress(db, { file: variant(NEWSROOM, 'missing-uploads.example.org'), uploadsDir: uploads, mediaDir: mkdtempSync(path.join(tmp, 'media-')) })
    const photo = await db.query.media.findFirst({ where: eq(media.id, (await refs('wordpress:https://missing-uploads.example.org', 'attachment')).get('201')!) })
    expect(photo).toMatchObject({ storageKey: null, sourceUrl: 'https://missing-uploads.example.org/wp-content/uploads/2024/03/mairie.jpg' })
    expect(result.summary.warnings).toContain(`Attachment 201: 2024/03/mairie.jpg is not in ${uploads}; kept as a link to the original.`)
  })
})

describe('bad input', () => {
  it.each([
    ['truncated', 'truncated.xml', /^line 167, column 1: malformed XML: unclosed tag: item \(the file ends too early/],
    ['with an undefined entity', 'bad-entity.xml', /^line 71, column 25: malformed XML: undefined entity \(an HTML entity such as &nbsp;/],
    ['in Latin-1', 'latin1.xml', /^line 16, column 146: the file is not valid UTF-8/],
    ['not WXR', 'not-wxr.xml', /^line 2, column 20: this is not a WordPress export \(WXR\)/],
  ])('stops on a file %s, naming the line and column', async (_, name, message) => {
    const file = variant(path.join(FIXTURES, name), `${name.replace('.xml', '')}.example.net`)
    const error = await importWordPress(db, { file, mediaDir: tmp, batchSize: { posts: 1, comments: 100 } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportFailedError)
    expect((error as ImportFailedError).reason).toBeInstanceOf(WxrFormatError)
    expect((error as ImportFailedError).message).toMatch(message)
  })

  it('reports what was committed before a truncated file broke off, and the database holds exactly that', async () => {
    const source = 'wordpress:https://cut.example.net'
    const file = variant(path.join(FIXTURES, 'truncated.xml'), 'cut.example.net')
    const error = (await importWordPress(db, { file, mediaDir: tmp, batchSize: { posts: 1, comments: 100 } }).catch((e: unknown) => e)) as ImportFailedError
    // Post 101 and attachment 201 were complete and committed in their own batches; 202 broke off mid-item.
    expect(error.committed.counts.post.created).toBe(1)
    expect(error.committed.counts.attachment.created).toBe(1)
    expect((await refs(source, 'post')).size).toBe(1)
    expect((await refs(source, 'comment')).size).toBe(error.committed.counts.comment.created)
    expect((await refs(source, 'attachment')).size).toBe(1)
  })
})
