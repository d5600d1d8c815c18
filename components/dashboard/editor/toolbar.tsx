'use client'

import { NodeSelection } from '@tiptap/pm/state'
import type { Editor, JSONContent } from '@tiptap/react'
import { useState } from 'react'
import type { PickerImage } from '@/db/queries/media'
import { embedAttributes } from '@/lib/editor/schema'
import { embedFromUrl } from '@/lib/embeds'
import type { Dictionary } from '@/lib/i18n/dictionaries'
import { MediaPicker } from './media-picker'

type Props = { editor: Editor; t: Dictionary['newsroom']['editor']; disabled: boolean }

// The sanitiser keeps https and mailto links only (lib/html.ts): anything else would lose its address on save.
const SAFE_LINK = /^(https:\/\/|mailto:)/i

/** Formatting buttons: each has a name for screen readers and says whether it is on (aria-pressed). */
export function Toolbar({ editor, t, disabled }: Props) {
  const [panel, setPanel] = useState<'link' | 'embed' | null>(null)
  const [picking, setPicking] = useState(false)
  const [url, setUrl] = useState('')
  const [error, setError] = useState<string | null>(null)

  const button = (label: string, active: boolean, run: () => void) => (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={active}
      disabled={disabled}
      onClick={run}
      className={`rounded border px-2 py-1 text-sm ${active ? 'border-ink bg-ink text-white' : 'border-gray-300 bg-white hover:bg-gray-100'}`}
    >
      {label}
    </button>
  )
  const chain = () => editor.chain().focus()

  const applyLink = () => {
    if (!SAFE_LINK.test(url.trim())) return setError(t.linkInvalid)
    chain().extendMarkRange('link').setLink({ href: url.trim() }).run()
    setPanel(null)
    setError(null)
  }
  // A block goes in with a paragraph after it, for the cursor; a selected embed or figure is never replaced.
  const insertBlock = (block: JSONContent) => {
    const { selection } = editor.state
    const content = [block, { type: 'paragraph' }]
    if (selection instanceof NodeSelection) chain().insertContentAt(selection.to, content).run()
    else chain().insertContent(content).run()
  }
  const insertEmbed = () => {
    const result = embedFromUrl(url)
    if (!result.ok) return setError(t[result.error])
    insertBlock({ type: 'embed', attrs: embedAttributes(result.embed) })
    setPanel(null)
    setError(null)
  }
  const insertImage = (image: PickerImage, alt: string, caption: string) => {
    const attrs = { src: image.src, alt, width: image.width, height: image.height, srcset: image.srcset || null, sizes: image.srcset ? '(min-width: 48rem) 48rem, 100vw' : null, loading: 'lazy' }
    const figcaption = { type: 'figcaption', content: caption ? [{ type: 'text', text: caption }] : [] }
    insertBlock({ type: 'figure', content: [{ type: 'image', attrs }, figcaption] })
  }
  const open = (next: 'link' | 'embed') => {
    setError(null)
    setPanel(panel === next ? null : next)
  }

  return (
    <div className="border-b border-gray-200 bg-gray-50 p-2">
      <div role="toolbar" aria-label={t.toolbar} className="flex flex-wrap gap-1">
        {button(t.bold, editor.isActive('bold'), () => chain().toggleBold().run())}
        {button(t.italic, editor.isActive('italic'), () => chain().toggleItalic().run())}
        {button(t.heading2, editor.isActive('heading', { level: 2 }), () => chain().toggleHeading({ level: 2 }).run())}
        {button(t.heading3, editor.isActive('heading', { level: 3 }), () => chain().toggleHeading({ level: 3 }).run())}
        {button(t.bulletList, editor.isActive('bulletList'), () => chain().toggleBulletList().run())}
        {button(t.orderedList, editor.isActive('orderedList'), () => chain().toggleOrderedList().run())}
        {button(t.blockquote, editor.isActive('blockquote'), () => chain().toggleBlockquote().run())}
        {button(t.link, editor.isActive('link') || panel === 'link', () => {
          setUrl((editor.getAttributes('link').href as string | undefined) ?? 'https://')
          open('link')
        })}
        {button(t.image, picking, () => setPicking(true))}
        {button(t.embed, panel === 'embed', () => {
          setUrl('')
          open('embed')
        })}
        {button(t.undo, false, () => chain().undo().run())}
        {button(t.redo, false, () => chain().redo().run())}
      </div>
      {panel ? (
        <form
          noValidate // our messages, not the browser's: they say what to paste instead
          className="mt-2 flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault()
            if (panel === 'link') applyLink()
            else insertEmbed()
          }}
        >
          <label className="flex min-w-72 flex-col text-sm">
            {panel === 'link' ? t.linkUrl : t.embedUrl}
            <input value={url} onChange={(e) => setUrl(e.target.value)} className="rounded border border-gray-400 px-2 py-1" type="url" aria-invalid={error ? true : undefined} autoFocus />
          </label>
          <button type="submit" className="rounded bg-ink px-3 py-1 text-sm text-white">
            {panel === 'link' ? t.linkApply : t.embedInsert}
          </button>
          {panel === 'link' && editor.isActive('link') ? (
            <button type="button" onClick={() => (chain().unsetLink().run(), setPanel(null))} className="rounded border px-3 py-1 text-sm">
              {t.linkRemove}
            </button>
          ) : null}
          {error ? (
            <p role="alert" className="w-full text-sm text-red-700">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
      <MediaPicker t={t} open={picking} onClose={() => setPicking(false)} onInsert={insertImage} />
    </div>
  )
}
