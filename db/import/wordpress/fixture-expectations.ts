// What a WXR file should become, computed independently of the importer (with fast-xml-parser, a different parser
// and none of the importer's code), so the database can be compared with the file itself.
import { readFileSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'

type Node = Record<string, unknown>
const list = (value: unknown): Node[] => (value === undefined ? [] : Array.isArray(value) ? (value as Node[]) : [value as Node])
const text = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim())

const STATUS: Record<string, string> = { '1': 'approved', '0': 'pending', spam: 'spam', trash: 'trash' }
const IMPORTED_POST_STATUSES = ['publish', 'future', 'draft', 'pending', 'private']

export function expectationsFor(file: string) {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, cdataPropName: false, processEntities: true, htmlEntities: false })
  const channel = (parser.parse(readFileSync(file, 'utf8')) as { rss: { channel: Node } }).rss.channel
  const items = list(channel.item)
  const posts = items.filter((i) => text(i['wp:post_type']) === 'post' && /^\d+$/.test(text(i['wp:post_id'])) && IMPORTED_POST_STATUSES.includes(text(i['wp:status'])))
  const comments = posts.flatMap((post) => list(post['wp:comment']).filter((c) => !['pingback', 'trackback'].includes(text(c['wp:comment_type']))))
  const commentIds = new Set(comments.map((c) => text(c['wp:comment_id'])))
  const commentsByStatus: Record<string, number> = {}
  for (const c of comments) {
    const status = STATUS[text(c['wp:comment_approved'])] ?? 'unknown'
    commentsByStatus[status] = (commentsByStatus[status] ?? 0) + 1
  }
  const replies = comments
    .filter((c) => text(c['wp:comment_parent']) !== '0' && commentIds.has(text(c['wp:comment_parent'])))
    .map((c) => [text(c['wp:comment_id']), text(c['wp:comment_parent'])] as const)
  const tagLinks = posts.reduce((sum, post) => sum + new Set(list(post.category).filter((c) => c['@domain'] === 'post_tag').map((c) => c['@nicename'])).size, 0)
  const usedTags = new Set(posts.flatMap((post) => list(post.category).filter((c) => c['@domain'] === 'post_tag').map((c) => text(c['@nicename']))))
  const declaredTags = new Set(list(channel['wp:tag']).map((t) => text(t['wp:tag_slug'])))
  return {
    posts: posts.length,
    postIds: posts.map((p) => text(p['wp:post_id'])),
    categories: list(channel['wp:category']).length,
    tags: new Set([...declaredTags, ...usedTags]).size,
    tagLinks,
    comments: comments.length,
    commentsByStatus,
    replies,
    attachments: items.filter((i) => text(i['wp:post_type']) === 'attachment').length,
    authors: list(channel['wp:author']).length,
  }
}
