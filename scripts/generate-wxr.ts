// Writes a large, realistic WordPress export for the import benchmark: a regional daily's archive with authors,
// nested categories, tags, featured images, classic and Gutenberg posts with shortcodes, and threaded comments
// (about 15 % replies, some of them before their parent in the file). Deterministic: same options, same file.
//   npx tsx scripts/generate-wxr.ts [out.xml] [--posts 2200] [--comments 26000]
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

export type GenerateOptions = { posts: number; comments: number }
// redirects: the old addresses the import must answer, counted from what is written (see docs/wordpress-import.md).
export type GeneratedCounts = { authors: number; posts: number; comments: number; replies: number; attachments: number; redirects: number; bytes: number }

// Mulberry32: a tiny seeded PRNG, so every run writes the same file.
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = (
  'le conseil municipal a voté mardi soir une hausse du budget consacré aux transports publics après des mois de débats ' +
  'les habitants du quartier attendent depuis longtemps cette décision qui doit améliorer la desserte des lycées et des ' +
  'zones d’activité selon la préfecture les travaux commenceront au printemps et dureront deux ans l’opposition dénonce ' +
  'un calendrier électoral et réclame une étude indépendante sur le coût réel du projet pour les contribuables'
).split(' ')
const ARABIC = 'يعود مهرجان الموسيقى هذا الصيف إلى وسط المدينة بمشاركة فرق محلية ودولية وسط إقبال كبير من الجمهور'.split(' ')
const SECTIONS = ['politique', 'economie', 'societe', 'culture', 'sport', 'international', 'sciences', 'environnement', 'sante', 'education']

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
const pad = (n: number) => String(n).padStart(2, '0')
const wpDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`

export async function generateWxr(file: string, options: GenerateOptions): Promise<GeneratedCounts> {
  await mkdir(path.dirname(file), { recursive: true })
  const rand = random(20_240_304)
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!
  const words = (n: number, list = WORDS) => Array.from({ length: n }, () => pick(list)).join(' ')
  const sentence = () => {
    const s = words(12 + Math.floor(rand() * 14))
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`
  }
  const out = createWriteStream(file, { encoding: 'utf8' })
  let bytes = 0
  const write = async (chunk: string) => {
    bytes += Buffer.byteLength(chunk)
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }

  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>La Gazette du Bench</title>
\t<link>https://gazette.example.org</link>
\t<language>fr-FR</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>https://gazette.example.org</wp:base_site_url>
\t<wp:base_blog_url>https://gazette.example.org</wp:base_blog_url>
`)
  const authors = Array.from({ length: 24 }, (_, i) => `redac${i + 1}`)
  for (const [i, login] of authors.entries()) {
    await write(`\t<wp:author><wp:author_id>${i + 2}</wp:author_id><wp:author_login>${cdata(login)}</wp:author_login><wp:author_email>${cdata(`${login}@gazette.example.org`)}</wp:author_email><wp:author_display_name>${cdata(i % 5 === 0 ? `${pick(ARABIC)} ${pick(ARABIC)}` : `Journaliste ${i + 1} Lefèvre`)}</wp:author_display_name></wp:author>\n`)
  }
  const categories: { slug: string; parent: string }[] = []
  for (const section of SECTIONS) {
    categories.push({ slug: section, parent: '' })
    for (let j = 1; j <= 3; j++) categories.push({ slug: `${section}-${j}`, parent: section })
  }
  for (const [i, c] of categories.entries()) {
    await write(`\t<wp:category><wp:term_id>${i + 2}</wp:term_id><wp:category_nicename>${cdata(c.slug)}</wp:category_nicename><wp:category_parent>${cdata(c.parent)}</wp:category_parent><wp:cat_name>${cdata(c.slug.replace('-', ' '))}</wp:cat_name></wp:category>\n`)
  }
  const tagSlugs = Array.from({ length: 400 }, (_, i) => `sujet-${i + 1}`)
  for (const [i, slug] of tagSlugs.entries()) {
    await write(`\t<wp:tag><wp:term_id>${i + 100}</wp:term_id><wp:tag_slug>${cdata(slug)}</wp:tag_slug><wp:tag_name>${cdata(`Sujet ${i + 1}`)}</wp:tag_name></wp:tag>\n`)
  }

  // Archive addresses: the site feed (/feed, /feed/rss2, /feed/atom); per author /author/<login> and ?author=<id>;
  // per category /category/<path>, its /feed and ?cat=<id>, plus /category/<slug> and its /feed for a subcategory;
  // per tag /tag/<slug> and ?tag=<slug>. Each post adds its permalink and ?p=<id>.
  const archiveRedirects = 3 + 2 * authors.length + categories.reduce((sum, c) => sum + (c.parent ? 5 : 3), 0) + 2 * tagSlugs.length
  const counts: GeneratedCounts = { authors: authors.length, posts: 0, comments: 0, replies: 0, attachments: 0, redirects: archiveRedirects, bytes: 0 }
  const perPost = options.comments / options.posts
  let commentId = 1
  const start = Date.UTC(2015, 0, 1)
  for (let p = 0; p < options.posts; p++) {
    const postId = 1000 + p * 2
    const date = new Date(start + p * 3_600_000 * 31)
    const gutenberg = p % 3 === 0
    const paragraphs = Array.from({ length: 20 + Math.floor(rand() * 14) }, () => `${sentence()} ${sentence()} ${sentence()}`)
    if (p % 10 === 0) paragraphs.push(words(20, ARABIC))
    let content: string
    if (gutenberg) {
      content = paragraphs.map((text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`).join('\n\n')
      if (p % 9 === 0) content += `\n\n<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ"} -->\n<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div></figure>\n<!-- /wp:embed -->`
    } else {
      content = paragraphs.join('\n\n').replace(/\. /, '.\n')
      content += `\n\n[caption id="attachment_${postId + 1}" align="aligncenter" width="800"]<img src="https://gazette.example.org/wp-content/uploads/photo-${postId + 1}.jpg" alt="Photo" width="800" height="533" /> ${sentence()}[/caption]`
      if (p % 7 === 0) content += `\n\n<span style="color:#c00">${sentence()}</span> [contact-form-7 id="12"]`
    }
    const section = pick(categories)
    const tagLinks = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(tagSlugs))
    const status = p % 50 === 1 ? 'draft' : p % 50 === 2 ? 'pending' : p % 50 === 3 ? 'private' : 'publish'
    const slug = `article-${p + 1}-${words(4).replace(/[^a-z ]/g, '').trim().replace(/ +/g, '-')}`
    const nComments = Math.max(0, Math.round(perPost + (rand() - 0.5) * perPost))
    const postComments: string[] = []
    const ids: number[] = []
    for (let c = 0; c < nComments && counts.comments < options.comments; c++) {
      const id = commentId++
      const reply = ids.length > 0 && rand() < 0.165
      const parent = reply ? pick(ids) : 0
      if (reply) counts.replies++
      ids.push(id)
      counts.comments++
      const approved = rand() < 0.8 ? '1' : pick(['0', 'spam', 'trash'])
      const when = new Date(date.getTime() + (c + 1) * 600_000)
      postComments.push(`\t\t<wp:comment>
\t\t\t<wp:comment_id>${id}</wp:comment_id>
\t\t\t<wp:comment_author>${cdata(`Lecteur ${id % 997}`)}</wp:comment_author>
\t\t\t<wp:comment_author_email>${cdata(`lecteur${id % 997}@example.net`)}</wp:comment_author_email>
\t\t\t<wp:comment_author_url></wp:comment_author_url>
\t\t\t<wp:comment_author_IP>${cdata(`198.51.100.${id % 250}`)}</wp:comment_author_IP>
\t\t\t<wp:comment_date>${cdata(wpDate(when))}</wp:comment_date>
\t\t\t<wp:comment_date_gmt>${cdata(wpDate(when))}</wp:comment_date_gmt>
\t\t\t<wp:comment_content>${cdata(`${sentence()} ${sentence()}`)}</wp:comment_content>
\t\t\t<wp:comment_approved>${cdata(approved)}</wp:comment_approved>
\t\t\t<wp:comment_type>${cdata('comment')}</wp:comment_type>
\t\t\t<wp:comment_parent>${parent}</wp:comment_parent>
\t\t\t<wp:comment_user_id>0</wp:comment_user_id>
\t\t</wp:comment>\n`)
    }
    // WordPress lists comments by id, but threads sometimes arrive reversed: swap a reply before its parent now and then.
    if (postComments.length > 3 && p % 11 === 0) postComments.reverse()
    counts.posts++
    counts.redirects += 2
    await write(`\t<item>
\t\t<title>${cdata(sentence().slice(0, 90))}</title>
\t\t<link>https://gazette.example.org/${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${slug}/</link>
\t\t<dc:creator>${cdata(pick(authors))}</dc:creator>
\t\t<guid isPermaLink="false">https://gazette.example.org/?p=${postId}</guid>
\t\t<content:encoded>${cdata(content)}</content:encoded>
\t\t<excerpt:encoded>${cdata(p % 4 === 0 ? sentence() : '')}</excerpt:encoded>
\t\t<wp:post_id>${postId}</wp:post_id>
\t\t<wp:post_date>${cdata(wpDate(date))}</wp:post_date>
\t\t<wp:post_date_gmt>${cdata(status === 'draft' ? '0000-00-00 00:00:00' : wpDate(date))}</wp:post_date_gmt>
\t\t<wp:post_modified_gmt>${cdata(wpDate(date))}</wp:post_modified_gmt>
\t\t<wp:comment_status>${cdata(p % 6 === 0 ? 'closed' : 'open')}</wp:comment_status>
\t\t<wp:post_name>${cdata(slug)}</wp:post_name>
\t\t<wp:status>${cdata(status)}</wp:status>
\t\t<wp:post_parent>0</wp:post_parent>
\t\t<wp:post_type>${cdata('post')}</wp:post_type>
\t\t<wp:post_password>${cdata('')}</wp:post_password>
\t\t<category domain="category" nicename="${section.slug}">${cdata(section.slug)}</category>
${[...new Set(tagLinks)].map((t) => `\t\t<category domain="post_tag" nicename="${t}">${cdata(t)}</category>`).join('\n')}
\t\t<wp:postmeta><wp:meta_key>${cdata('_thumbnail_id')}</wp:meta_key><wp:meta_value>${cdata(String(postId + 1))}</wp:meta_value></wp:postmeta>
${postComments.join('')}\t</item>
\t<item>
\t\t<title>${cdata(`photo-${postId + 1}`)}</title>
\t\t<link>https://gazette.example.org/photo-${postId + 1}/</link>
\t\t<dc:creator>${cdata(pick(authors))}</dc:creator>
\t\t<guid isPermaLink="false">https://gazette.example.org/wp-content/uploads/photo-${postId + 1}.jpg</guid>
\t\t<content:encoded>${cdata('')}</content:encoded>
\t\t<excerpt:encoded>${cdata(sentence())}</excerpt:encoded>
\t\t<wp:post_id>${postId + 1}</wp:post_id>
\t\t<wp:post_date>${cdata(wpDate(date))}</wp:post_date>
\t\t<wp:post_date_gmt>${cdata(wpDate(date))}</wp:post_date_gmt>
\t\t<wp:status>${cdata('inherit')}</wp:status>
\t\t<wp:post_parent>${postId}</wp:post_parent>
\t\t<wp:post_type>${cdata('attachment')}</wp:post_type>
\t\t<wp:attachment_url>${cdata(`https://gazette.example.org/wp-content/uploads/photo-${postId + 1}.jpg`)}</wp:attachment_url>
\t\t<wp:postmeta><wp:meta_key>${cdata('_wp_attachment_image_alt')}</wp:meta_key><wp:meta_value>${cdata('Photo')}</wp:meta_value></wp:postmeta>
\t</item>
`)
    counts.attachments++
  }
  await write('</channel>\n</rss>\n')
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())))
  return { ...counts, bytes }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { posts: { type: 'string', default: '2200' }, comments: { type: 'string', default: '26000' } },
  })
  const file = positionals[0] ?? '.data/bench/wordpress-large.xml'
  generateWxr(file, { posts: Number(values.posts), comments: Number(values.comments) }).then((c) =>
    console.log(`${file}: ${(c.bytes / 1_048_576).toFixed(1)} MB, ${c.posts} posts, ${c.attachments} attachments, ${c.comments} comments (${c.replies} replies, ${((100 * c.replies) / c.comments).toFixed(1)} %)`),
  )
}
