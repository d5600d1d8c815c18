// Unsaved editor work kept on this device, so a reload, a crash or a lost connection never costs a word.
export type LocalDraft<F> = { version: number; fields: F; bodyHtml: string; savedAt: string }

const key = (articleId: string) => `kiosque:draft:${articleId}`

export function readLocalDraft<F>(articleId: string): LocalDraft<F> | null {
  try {
    const raw = window.localStorage.getItem(key(articleId))
    return raw ? (JSON.parse(raw) as LocalDraft<F>) : null
  } catch {
    return null // private mode or a corrupt entry: nothing to restore
  }
}

export function writeLocalDraft<F>(articleId: string, draft: LocalDraft<F>): void {
  try {
    window.localStorage.setItem(key(articleId), JSON.stringify(draft))
  } catch {
    // storage full or disabled: the server copy is the only one; the status line still says "unsaved"
  }
}

export function clearLocalDraft(articleId: string): void {
  try {
    window.localStorage.removeItem(key(articleId))
  } catch {
    // nothing to clear
  }
}

/** Block-level text of an HTML fragment, for the conflict view (the browser parses; nothing is rendered as HTML). */
export function htmlToBlocks(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const blocks = [...doc.body.querySelectorAll('p, h2, h3, h4, li, blockquote, figcaption, th, td, pre')]
    .filter((el) => !el.querySelector('p, li'))
    .map((el) => el.textContent?.trim() ?? '')
  return blocks.filter(Boolean)
}
