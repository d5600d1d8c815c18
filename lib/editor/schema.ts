// The editor's document schema, shared by the browser editor and the headless round-trip test. ProseMirror drops
// whatever its schema cannot hold, so every element the article sanitiser allows (lib/html.ts) has a node or a mark
// here: opening an article and saving it again must never lose a table, a caption or an embed.
import { Mark, Node, type Extensions } from '@tiptap/core'
import Image from '@tiptap/extension-image'
import Link from '@tiptap/extension-link'
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'
import StarterKit from '@tiptap/starter-kit'
import { embedFromUrl, type Embed as BuiltEmbed } from '@/lib/embeds'

/** A raw attribute read as stored and written back only when present (no invented defaults). */
const raw = (name: string) => ({
  default: null,
  parseHTML: (element: HTMLElement) => element.getAttribute(name),
  renderHTML: (attributes: Record<string, unknown>) => (attributes[name] == null ? {} : { [name]: attributes[name] }),
})

const mark = (name: string, tag: 'sub' | 'sup') =>
  Mark.create({
    name,
    excludes: name === 'subscript' ? 'superscript' : 'subscript',
    parseHTML: () => [{ tag }],
    renderHTML: ({ HTMLAttributes }) => [tag, HTMLAttributes, 0],
  })
export const Subscript = mark('subscript', 'sub')
export const Superscript = mark('superscript', 'sup')

/** Images keep every attribute the sanitiser allows, and the link around them (WordPress captions have one). */
export const ArticleImage = Image.extend({
  addAttributes() {
    return {
      src: raw('src'),
      alt: raw('alt'),
      title: raw('title'),
      width: raw('width'),
      height: raw('height'),
      loading: raw('loading'),
      srcset: raw('srcset'),
      sizes: raw('sizes'),
      href: { default: null, parseHTML: (element: HTMLElement) => element.parentElement?.closest('a')?.getAttribute('href') ?? null, renderHTML: () => ({}) },
    }
  },
  renderHTML({ node, HTMLAttributes }) {
    const image = ['img', HTMLAttributes] as const
    return node.attrs.href ? ['a', { href: node.attrs.href as string }, image] : image
  },
}).configure({ inline: false, allowBase64: true })

/** <figure>: an image (or a table, a quote…) and an optional caption the journalist can edit. */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'block+ figcaption?',
  isolating: true,
  defining: true,
  draggable: true,
  parseHTML: () => [
    { tag: 'figure:not([data-embed])' },
    // A paragraph holding only images or frames (common in imports) would otherwise leave an empty one behind.
    { tag: 'p', priority: 60, skip: true, getAttrs: (element: HTMLElement) => (onlyMedia(element) ? null : false) },
  ],
  renderHTML: ({ HTMLAttributes }) => ['figure', HTMLAttributes, 0],
})

export const Figcaption = Node.create({
  name: 'figcaption',
  content: 'inline*',
  defining: true,
  parseHTML: () => [{ tag: 'figcaption' }],
  renderHTML: ({ HTMLAttributes }) => ['figcaption', HTMLAttributes, 0],
  addKeyboardShortcuts() {
    // Enter ends the caption and starts a paragraph after the figure, as a newsroom expects.
    return {
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection
        if (!empty || $from.parent.type.name !== this.name) return false
        const after = $from.after($from.depth - 1)
        return editor.chain().insertContentAt(after, { type: 'paragraph' }).setTextSelection(after + 1).run()
      },
    }
  },
})

const onlyMedia = (element: HTMLElement) =>
  element.children.length > 0 &&
  !Array.from(element.childNodes).some((child) => child.nodeType === 3 && child.textContent?.trim()) &&
  Array.from(element.children).every((child) => child.tagName === 'IMG' || child.tagName === 'IFRAME' || (child.tagName === 'A' && child.children.length === 1 && child.firstElementChild?.tagName === 'IMG' && !child.textContent?.trim()))

/** The frame attributes the sanitiser allows (lib/html.ts), kept in the order they were written. */
const IFRAME_ATTRIBUTES = new Set(['src', 'title', 'allow', 'allowfullscreen', 'loading'])

export type EmbedAttributes = {
  provider: string | null
  frame: Record<string, string> | null
  href: string | null
  label: string | null
  caption: string | null
}

/** The embed node's attributes for what lib/embeds.ts built from a pasted address. */
export function embedAttributes(embed: BuiltEmbed): EmbedAttributes {
  return 'src' in embed
    ? { provider: embed.provider, frame: { src: embed.src, title: embed.title, loading: 'lazy', allowfullscreen: 'allowfullscreen' }, href: null, label: null, caption: null }
    : { provider: embed.provider, frame: null, href: embed.href, label: embed.label, caption: null }
}

/**
 * A provider embed (figure[data-embed]): a player frame from an allowed host, or a static link card. An atom: the
 * journalist moves or deletes it whole; its attributes are the ones the sanitiser lets through, stored as found.
 */
export const Embed = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      provider: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute('data-embed') ?? pastedFrame(frameOf(element))?.provider ?? null, renderHTML: () => ({}) },
      frame: {
        default: null,
        parseHTML: (element: HTMLElement) => {
          const frame = frameOf(element)
          if (!frame) return null
          if (!element.hasAttribute('data-embed')) return pastedFrame(frame)?.frame ?? null
          return Object.fromEntries(Array.from(frame.attributes).filter((a) => IFRAME_ATTRIBUTES.has(a.name)).map((a) => [a.name, a.value]))
        },
        renderHTML: () => ({}),
      },
      href: { default: null, parseHTML: (element: HTMLElement) => element.querySelector('a[href]')?.getAttribute('href') ?? null, renderHTML: () => ({}) },
      label: { default: null, parseHTML: (element: HTMLElement) => element.querySelector('a[href]')?.textContent ?? textOutsideCaption(element), renderHTML: () => ({}) },
      caption: { default: null, parseHTML: (element: HTMLElement) => element.querySelector('figcaption')?.textContent || null, renderHTML: () => ({}) },
    }
  },
  parseHTML: () => [
    { tag: 'figure[data-embed]', priority: 60 },
    // A bare frame (pasted embed code, old HTML): rebuilt from the allow-list like a pasted address, or left out.
    { tag: 'iframe[src]', getAttrs: (element: HTMLElement) => (pastedFrame(element) ? null : false) },
  ],
  renderHTML({ node }) {
    const attrs = node.attrs as EmbedAttributes
    const figure = { 'data-embed': attrs.provider ?? '' }
    const caption = attrs.caption ? [['figcaption', {}, attrs.caption]] : []
    if (attrs.frame?.src) return ['figure', figure, ['iframe', attrs.frame], ...caption]
    if (attrs.href) return ['figure', figure, ['a', { href: attrs.href }, attrs.label || attrs.href], ...caption]
    return ['figure', figure, attrs.label ?? '', ...caption] // a card whose link did not survive: its words do
  },
})

const textOutsideCaption = (element: HTMLElement) =>
  Array.from(element.childNodes).filter((child) => child.nodeName !== 'FIGCAPTION').map((child) => child.textContent ?? '').join('').trim() || null
const frameOf = (element: HTMLElement) => (element.tagName === 'IFRAME' ? element : element.querySelector('iframe'))
const pastedFrame = (frame: Element | null) => {
  const result = embedFromUrl(frame?.getAttribute('src') ?? '')
  return result.ok && 'src' in result.embed ? embedAttributes(result.embed) : null
}

/** Links render only what was written, in the order the sanitiser writes it (it adds rel/target to external links). */
const LINK_ATTRIBUTES = ['href', 'title', 'rel', 'target'] as const
const ArticleLink = Link.extend({
  renderHTML(props) {
    const [tag, attributes, hole] = this.parent!(props) as [string, Record<string, unknown>, 0]
    return [tag, Object.fromEntries(LINK_ATTRIBUTES.filter((name) => attributes[name] != null).map((name) => [name, attributes[name]])), hole]
  },
}).configure({ openOnClick: false, autolink: true, protocols: ['https', 'mailto'], HTMLAttributes: { target: null, rel: null, class: null } })

/** Tables as stored: no generated colgroup or inline width, header cells keep their scope. */
const ArticleTable = Table.extend({
  renderHTML: ({ HTMLAttributes }) => ['table', HTMLAttributes, ['tbody', 0]],
}).configure({ resizable: false })

/** Rows remember whether they were in <thead>; the serialiser (./article-html.ts) puts them back there. */
const ArticleTableRow = TableRow.extend({
  addAttributes: () => ({
    section: {
      default: null,
      parseHTML: (element: HTMLElement) => (element.parentElement?.tagName === 'THEAD' ? 'head' : null),
      renderHTML: (attributes: Record<string, unknown>) => (attributes.section ? { 'data-section': attributes.section } : {}),
    },
  }),
})

const ArticleTableHeader = TableHeader.extend({
  addAttributes() {
    return { ...this.parent?.(), scope: raw('scope') }
  },
})

/** Every extension of the article editor, in the browser and in tests alike. */
export function articleExtensions(extra: Extensions = []): Extensions {
  return [
    StarterKit.configure({
      link: false,
      heading: { levels: [2, 3, 4] },
    }),
    ArticleLink,
    ArticleTable,
    ArticleTableRow,
    ArticleTableHeader,
    TableCell,
    ArticleImage,
    Figure,
    Figcaption,
    Embed,
    Subscript,
    Superscript,
    ...extra,
  ]
}
