// Streams a WordPress export (WXR 1.0–1.2) record by record: memory stays flat whatever the file size, because
// only the record being read is held. The consumer pulls records with `for await`, so a slow database write
// pauses the file read instead of buffering it.
import { createReadStream } from 'node:fs'
import { SaxesParser, type SaxesTagNS } from 'saxes'
import type { WxrAuthor, WxrCategory, WxrChannel, WxrComment, WxrItem, WxrRecord, WxrTag, WxrTerm } from './wxr-types'

const WP_NS = /^https?:\/\/wordpress\.org\/export\/(1\.[0-2])\/$/
const PREFIXES: Record<string, string> = {
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://wellformedweb.org/CommentAPI/': 'wfw',
}

/** Malformed XML, a wrong encoding or a file that is not WXR: says where, so the file can be fixed. */
export class WxrFormatError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
    readonly column: number | null,
  ) {
    super(line === null ? message : `line ${line}, column ${column}: ${message}`)
    this.name = 'WxrFormatError'
  }
}

// A flat element being collected: its text, attributes and, for containers, the children already closed.
type Frame = { key: string; text: string; attributes: Record<string, string>; fields: Map<string, string>; categories: WxrItem['categories']; meta: [string, string][]; comments: WxrComment[] }

const newFrame = (key: string, attributes: Record<string, string>): Frame => ({ key, text: '', attributes, fields: new Map(), categories: [], meta: [], comments: [] })

function qualified(tag: SaxesTagNS): string {
  if (!tag.uri) return tag.local
  if (WP_NS.test(tag.uri)) return `wp:${tag.local}`
  if (/^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/excerpt\/$/.test(tag.uri)) return `excerpt:${tag.local}`
  const prefix = PREFIXES[tag.uri]
  return prefix ? `${prefix}:${tag.local}` : `${tag.prefix}:${tag.local}`
}

/**
 * A copy that owns its characters. V8 keeps a substring as a view on the string it was cut from, here the 256 KB
 * chunk of the file: an id or URL kept until the end of the import would hold the whole file in memory.
 */
export const detach = (text: string) => (text ? Buffer.from(text, 'utf8').toString('utf8') : '')

const field = (frame: Frame, key: string) => detach(frame.fields.get(key)?.trim() ?? '')

function toAuthor(f: Frame): WxrAuthor {
  return {
    type: 'author',
    id: field(f, 'wp:author_id'),
    login: field(f, 'wp:author_login'),
    email: field(f, 'wp:author_email'),
    displayName: field(f, 'wp:author_display_name'),
    firstName: field(f, 'wp:author_first_name'),
    lastName: field(f, 'wp:author_last_name'),
  }
}

const toCategory = (f: Frame): WxrCategory => ({
  type: 'category',
  termId: field(f, 'wp:term_id'),
  slug: field(f, 'wp:category_nicename'),
  parentSlug: field(f, 'wp:category_parent'),
  name: field(f, 'wp:cat_name'),
  description: field(f, 'wp:category_description'),
})

const toTag = (f: Frame): WxrTag => ({
  type: 'tag',
  termId: field(f, 'wp:term_id'),
  slug: field(f, 'wp:tag_slug'),
  name: field(f, 'wp:tag_name'),
  description: field(f, 'wp:tag_description'),
})

const toTerm = (f: Frame): WxrTerm => ({
  type: 'term',
  termId: field(f, 'wp:term_id'),
  taxonomy: field(f, 'wp:term_taxonomy'),
  slug: field(f, 'wp:term_slug'),
  parentSlug: field(f, 'wp:term_parent'),
  name: field(f, 'wp:term_name'),
})

function toComment(f: Frame): WxrComment {
  return {
    id: field(f, 'wp:comment_id'),
    author: field(f, 'wp:comment_author'),
    email: field(f, 'wp:comment_author_email'),
    url: field(f, 'wp:comment_author_url'),
    ip: field(f, 'wp:comment_author_IP'),
    date: field(f, 'wp:comment_date'),
    dateGmt: field(f, 'wp:comment_date_gmt'),
    content: f.fields.get('wp:comment_content') ?? '',
    approved: field(f, 'wp:comment_approved'),
    type: field(f, 'wp:comment_type'),
    parentId: field(f, 'wp:comment_parent'),
    userId: field(f, 'wp:comment_user_id'),
  }
}

function toItem(f: Frame, line: number): WxrItem {
  return {
    type: 'item',
    line,
    title: f.fields.get('title') ?? '',
    link: field(f, 'link'),
    guid: field(f, 'guid'),
    creator: field(f, 'dc:creator'),
    content: f.fields.get('content:encoded') ?? '',
    excerpt: f.fields.get('excerpt:encoded') ?? '',
    postId: field(f, 'wp:post_id'),
    postDate: field(f, 'wp:post_date'),
    postDateGmt: field(f, 'wp:post_date_gmt'),
    postModifiedGmt: field(f, 'wp:post_modified_gmt'),
    commentStatus: field(f, 'wp:comment_status'),
    postName: field(f, 'wp:post_name'),
    status: field(f, 'wp:status'),
    postParent: field(f, 'wp:post_parent'),
    postType: field(f, 'wp:post_type'),
    postPassword: field(f, 'wp:post_password'),
    attachmentUrl: field(f, 'wp:attachment_url'),
    categories: f.categories,
    meta: f.meta,
    comments: f.comments,
  }
}

const RECORDS = new Set(['wp:author', 'wp:category', 'wp:tag', 'wp:term', 'item'])
const CHANNEL_FIELDS = new Set(['title', 'link', 'language', 'wp:wxr_version', 'wp:base_site_url', 'wp:base_blog_url'])

function hint(message: string): string {
  if (/undefined entity/.test(message)) return ' (an HTML entity such as &nbsp; outside CDATA: XML only knows &amp; &lt; &gt; &quot; &apos; and numeric ones like &#160;)'
  if (/unclosed tag|unexpected end/.test(message)) return ' (the file ends too early: it was probably cut off during download or export)'
  return ''
}


/**
 * Yields the channel header first, then authors, terms and items in file order. Throws WxrFormatError on malformed
 * XML (with line and column), on bytes that are not UTF-8, and on a file that is not a WordPress export.
 */
export async function* readWxr(file: string, onBytes?: (bytesRead: number) => void): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({ xmlns: true, fileName: '' })
  const pending: WxrRecord[] = []
  const stack: Frame[] = []
  const channel: WxrChannel = { type: 'channel', wxrVersion: '', baseSiteUrl: '', baseBlogUrl: '', title: '', link: '', language: '' }
  let channelSent = false
  let rootSeen = false
  let recordLine = 0

  parser.on('xmldecl', (decl) => {
    if (decl.encoding && !/^utf-?8$/i.test(decl.encoding)) {
      throw new WxrFormatError(`the file declares the encoding "${decl.encoding}"; WordPress exports are UTF-8. Convert it first (iconv -f ${decl.encoding} -t UTF-8).`, parser.line, parser.column + 1)
    }
  })
  parser.on('opentag', (tag) => {
    const key = qualified(tag)
    if (!rootSeen) {
      rootSeen = true
      const declaresWp = Object.values(tag.ns).some((uri) => WP_NS.test(uri))
      if (key !== 'rss' || !declaresWp) {
        throw new WxrFormatError(`this is not a WordPress export (WXR): the root element is <${tag.name}>${declaresWp ? '' : ' without the wp: export namespace'}. Export the site from WordPress with Tools → Export.`, parser.line, parser.column + 1)
      }
    }
    const parent = stack.at(-1)
    if (RECORDS.has(key) && parent?.key === 'channel') {
      if (!channelSent) {
        channelSent = true
        pending.push({ ...channel })
      }
      recordLine = parser.line
    }
    const attributes: Record<string, string> = {}
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.local] = attribute.value
    stack.push(newFrame(key, attributes))
  })
  const onText = (text: string) => {
    const top = stack.at(-1)
    // Text between elements of a record (indentation) is never read; only leaves keep theirs.
    if (top) top.text += text
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', () => {
    const frame = stack.pop()
    const parent = stack.at(-1)
    if (!frame || !parent) return
    if (parent.key === 'channel') {
      if (frame.key === 'wp:author') pending.push(toAuthor(frame))
      else if (frame.key === 'wp:category') pending.push(toCategory(frame))
      else if (frame.key === 'wp:tag') pending.push(toTag(frame))
      else if (frame.key === 'wp:term') pending.push(toTerm(frame))
      else if (frame.key === 'item') pending.push(toItem(frame, recordLine))
      else if (CHANNEL_FIELDS.has(frame.key)) {
        const value = frame.text.trim()
        if (frame.key === 'wp:wxr_version') channel.wxrVersion = value
        else if (frame.key === 'wp:base_site_url') channel.baseSiteUrl = value
        else if (frame.key === 'wp:base_blog_url') channel.baseBlogUrl = value
        else if (frame.key === 'title') channel.title = value
        else if (frame.key === 'link') channel.link = value
        else if (frame.key === 'language') channel.language = value
      }
      return
    }
    if (parent.key === 'item' && frame.key === 'category') {
      parent.categories.push({ domain: detach(frame.attributes.domain ?? 'category'), slug: detach(frame.attributes.nicename ?? ''), name: detach(frame.text.trim()) })
    } else if (parent.key === 'item' && frame.key === 'wp:postmeta') {
      parent.meta.push([field(frame, 'wp:meta_key'), detach(frame.fields.get('wp:meta_value') ?? '')])
    } else if (parent.key === 'item' && frame.key === 'wp:comment') {
      parent.comments.push(toComment(frame))
    } else if (stack.length >= 3) {
      parent.fields.set(frame.key, frame.text) // leaves of a record; nested containers (commentmeta) are not read
    }
  })

  const decoder = new TextDecoder('utf-8', { fatal: true })
  let bytesRead = 0
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
      bytesRead += chunk.length
      let text: string
      try {
        text = decoder.decode(chunk, { stream: true })
      } catch {
        // Feed what precedes the first bad byte, so the parser's position points at it.
        const lenient = new TextDecoder('utf-8').decode(chunk)
        parser.write(lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))))
        throw new WxrFormatError('the file is not valid UTF-8 (WordPress exports are UTF-8): it was probably re-saved in another encoding such as Latin-1 or Windows-1252. Convert it with iconv -t UTF-8.', parser.line, parser.column + 1)
      }
      parser.write(text)
      onBytes?.(bytesRead)
      yield* pending.splice(0)
    }
    parser.write(decoder.decode())
    parser.close()
  } catch (error) {
    if (error instanceof WxrFormatError) throw error
    const message = (error as Error).message.replace(/^:?\d+:\d+: /, '').replace(/\.$/, '')
    throw new WxrFormatError(`malformed XML: ${message}${hint(message)}`, parser.line, parser.column + 1)
  }
  if (!rootSeen) throw new WxrFormatError('the file is empty or contains no XML element.', null, null)
  if (!channel.wxrVersion && !channelSent) throw new WxrFormatError('this is not a WordPress export (WXR): no <wp:wxr_version> in the channel.', null, null)
  if (!channelSent) pending.push({ ...channel })
  yield* pending.splice(0)
}
