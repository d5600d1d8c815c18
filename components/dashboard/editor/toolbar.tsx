'use client'

import type { Editor } from '@tiptap/react'
import { useState } from 'react'
import type { Dictionary } from '@/lib/i18n/dictionaries'

type Props = { editor: Editor; t: Dictionary['newsroom']['editor']; disabled: boolean }

const SAFE_LINK = /^(https:\/\/|http:\/\/|mailto:)/i
const SAFE_IMAGE = /^(https:\/\/|\/media\/)/i

/** Formatting buttons: each has a name for screen readers and says whether it is on (aria-pressed). */
export function Toolbar({ editor, t, disabled }: Props) {
  const [panel, setPanel] = useState<'link' | 'image' | null>(null)
  const [url, setUrl] = useState('')
  const [alt, setAlt] = useState('')
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
  const insertImage = () => {
    if (!SAFE_IMAGE.test(url.trim()) || !alt.trim()) return setError(t.imageAlt)
    chain().setImage({ src: url.trim(), alt: alt.trim() }).run()
    setPanel(null)
    setError(null)
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
          setPanel(panel === 'link' ? null : 'link')
        })}
        {button(t.image, panel === 'image', () => {
          setUrl('')
          setAlt('')
          setPanel(panel === 'image' ? null : 'image')
        })}
        {button(t.undo, false, () => chain().undo().run())}
        {button(t.redo, false, () => chain().redo().run())}
      </div>
      {panel ? (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-sm">
            {panel === 'link' ? t.linkUrl : t.imageUrl}
            <input value={url} onChange={(e) => setUrl(e.target.value)} className="rounded border border-gray-400 px-2 py-1" type="url" />
          </label>
          {panel === 'image' ? (
            <label className="flex flex-col text-sm">
              {t.imageAlt}
              <input value={alt} onChange={(e) => setAlt(e.target.value)} className="rounded border border-gray-400 px-2 py-1" required />
            </label>
          ) : null}
          <button type="button" onClick={panel === 'link' ? applyLink : insertImage} className="rounded bg-ink px-3 py-1 text-sm text-white">
            {panel === 'link' ? t.linkApply : t.imageInsert}
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
        </div>
      ) : null}
    </div>
  )
}
