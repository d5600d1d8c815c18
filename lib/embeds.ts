// The one allow-list of embeddable providers: a pasted address becomes markup the article sanitiser keeps
// (lib/html.ts), for the editor's "Embed" button and for the WordPress import alike. Videos play in a frame from
// the provider's privacy-friendly player host; posts from X and Instagram, which need the provider's scripts, become
// a static link card: no third-party script ever runs on our pages.

export const EMBED_PROVIDERS = ['youtube', 'vimeo', 'x', 'instagram'] as const
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number]

/** What the editor's embed node stores: a player frame (`src`) or a link card (`href` + `label`). */
export type Embed =
  | { provider: 'youtube' | 'vimeo'; src: string; title: string }
  | { provider: 'x' | 'instagram'; href: string; label: string }

export type EmbedError = 'embedNotUrl' | 'embedUnsupported' | 'embedNotPost'
export type EmbedResult = { ok: true; embed: Embed } | { ok: false; error: EmbedError }

/** Exact host names only: `youtube.com.evil.example` or `evilyoutube.com` are not YouTube. */
const HOSTS: Record<string, EmbedProvider> = {
  'youtube.com': 'youtube',
  'www.youtube.com': 'youtube',
  'm.youtube.com': 'youtube',
  'youtu.be': 'youtube',
  'youtube-nocookie.com': 'youtube',
  'www.youtube-nocookie.com': 'youtube',
  'vimeo.com': 'vimeo',
  'www.vimeo.com': 'vimeo',
  'player.vimeo.com': 'vimeo',
  'x.com': 'x',
  'www.x.com': 'x',
  'mobile.x.com': 'x',
  'twitter.com': 'x',
  'www.twitter.com': 'x',
  'mobile.twitter.com': 'x',
  'instagram.com': 'instagram',
  'www.instagram.com': 'instagram',
}

const YOUTUBE_ID = /^[\w-]{11}$/

function youtube(url: URL): Embed | null {
  const id =
    url.hostname === 'youtu.be'
      ? url.pathname.split('/')[1]
      : url.pathname === '/watch'
        ? url.searchParams.get('v')
        : url.pathname.match(/^\/(?:embed|shorts|live|v)\/([^/]+)/)?.[1]
  return id && YOUTUBE_ID.test(id) ? { provider: 'youtube', src: `https://www.youtube-nocookie.com/embed/${id}`, title: 'YouTube' } : null
}

function vimeo(url: URL): Embed | null {
  // vimeo.com/76979871, vimeo.com/channels/staffpicks/76979871, player.vimeo.com/video/76979871, and unlisted
  // videos with their privacy hash: vimeo.com/76979871/0a1b2c3d4e (player: ?h=0a1b2c3d4e).
  const parts = url.pathname.split('/').filter(Boolean)
  const index = parts.findIndex((part) => /^\d{5,12}$/.test(part))
  if (index < 0) return null
  const hash = parts[index + 1] ?? url.searchParams.get('h')
  const query = hash && /^[0-9a-f]{6,20}$/.test(hash) ? `?h=${hash}` : ''
  return { provider: 'vimeo', src: `https://player.vimeo.com/video/${parts[index]}${query}`, title: 'Vimeo' }
}

function x(url: URL): Embed | null {
  const match = url.pathname.match(/^\/(?:([A-Za-z0-9_]{1,15})|i\/web)\/status(?:es)?\/(\d{1,25})\/?$/)
  if (!match) return null
  const path = match[1] ? `${match[1]}/status/${match[2]}` : `i/web/status/${match[2]}`
  return { provider: 'x', href: `https://x.com/${path}`, label: `x.com/${path}` }
}

function instagram(url: URL): Embed | null {
  const match = url.pathname.match(/^\/(?:[A-Za-z0-9_.]{1,30}\/)?(p|reel|tv)\/([\w-]{5,40})\/?$/)
  if (!match) return null
  const path = `${match[1]}/${match[2]}/`
  return { provider: 'instagram', href: `https://www.instagram.com/${path}`, label: `instagram.com/${path}` }
}

const BUILDERS: Record<EmbedProvider, (url: URL) => Embed | null> = { youtube, vimeo, x, instagram }

/** A pasted address → the embed we build ourselves from the ids it contains, or why it cannot be embedded. */
export function embedFromUrl(raw: string): EmbedResult {
  let url: URL
  try {
    url = new URL(raw.trim().replace(/&amp;/g, '&'))
  } catch {
    return { ok: false, error: 'embedNotUrl' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'embedNotUrl' }
  const provider = HOSTS[url.hostname]
  if (!provider || url.username || url.password || url.port) return { ok: false, error: 'embedUnsupported' }
  const embed = BUILDERS[provider](url)
  return embed ? { ok: true, embed } : { ok: false, error: 'embedNotPost' }
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The stored markup; the editor's embed node renders the same shape (lib/editor/schema.ts). */
export function embedHtml(embed: Embed): string {
  if ('src' in embed) {
    const attributes = `src="${escapeAttribute(embed.src)}" title="${escapeAttribute(embed.title)}" loading="lazy" allowfullscreen="allowfullscreen"`
    return `<figure data-embed="${embed.provider}"><iframe ${attributes}></iframe></figure>`
  }
  return `<figure data-embed="${embed.provider}"><a href="${escapeAttribute(embed.href)}">${escapeText(embed.label)}</a></figure>`
}
