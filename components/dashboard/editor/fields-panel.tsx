'use client'

import type { Dictionary } from '@/lib/i18n/dictionaries'
import { slugify } from '@/lib/slug'

export type EditorFields = {
  title: string
  slug: string
  excerpt: string
  categoryId: string
  language: 'fr' | 'en' | 'ar'
  tagNames: string
  translationOf: string
  sourceCredit: string
  featuredMediaId: string
  seoTitle: string
  seoDescription: string
  commentsOpen: boolean
  authorId: string
}

type Option = { id: string; name: string }
type Props = {
  t: Dictionary['newsroom']['editor']
  languageNames: Record<'fr' | 'en' | 'ar', string>
  fields: EditorFields
  errors: Partial<Record<keyof EditorFields, string>>
  disabled: boolean
  categories: Option[]
  authors: Option[] | null
  images: Option[]
  onChange: (patch: Partial<EditorFields>) => void
}

const input = 'rounded border border-gray-400 bg-white px-2 py-1 text-sm disabled:bg-gray-100'

/** The side panel: every field labelled, errors tied to their field. */
export function FieldsPanel({ t, languageNames, fields, errors, disabled, categories, authors, images, onChange }: Props) {
  const text = (name: keyof EditorFields, label: string, extra: { help?: string; multiline?: boolean } = {}) => {
    const id = `field-${name}`
    const described = [errors[name] ? `${id}-error` : null, extra.help ? `${id}-help` : null].filter(Boolean).join(' ') || undefined
    const common = {
      id,
      value: String(fields[name]),
      disabled,
      'aria-invalid': errors[name] ? true : undefined,
      'aria-describedby': described,
      className: input,
    }
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
        {extra.multiline ? (
          <textarea {...common} rows={3} onChange={(e) => onChange({ [name]: e.target.value })} />
        ) : (
          <input {...common} onChange={(e) => onChange({ [name]: e.target.value })} />
        )}
        {extra.help ? (
          <p id={`${id}-help`} className="text-xs text-gray-600">
            {extra.help}
          </p>
        ) : null}
        {errors[name] ? (
          <p id={`${id}-error`} className="text-sm text-red-700">
            {errors[name]}
          </p>
        ) : null}
      </div>
    )
  }
  const select = (name: keyof EditorFields, label: string, options: Option[], empty?: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`field-${name}`} className="text-sm font-semibold">
        {label}
      </label>
      <select id={`field-${name}`} value={String(fields[name])} disabled={disabled} className={input} onChange={(e) => onChange({ [name]: e.target.value })}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <div className="flex flex-col gap-3">
      {text('slug', t.slug, { help: t.slugHelp })}
      <button type="button" disabled={disabled} onClick={() => onChange({ slug: slugify(fields.title) })} className="self-start text-sm underline">
        {t.regenerateSlug}
      </button>
      {text('excerpt', t.excerpt, { multiline: true })}
      {select('categoryId', t.category, categories)}
      {text('tagNames', t.tags, { help: t.tagsHelp })}
      {select('language', t.language, (['fr', 'en', 'ar'] as const).map((id) => ({ id, name: languageNames[id] })))}
      {text('translationOf', t.translationOf)}
      {text('sourceCredit', t.sourceCredit)}
      {select('featuredMediaId', t.featuredMediaId, images, t.noImage)}
      {text('seoTitle', t.seoTitle)}
      {text('seoDescription', t.seoDescription, { multiline: true })}
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input type="checkbox" checked={fields.commentsOpen} disabled={disabled} onChange={(e) => onChange({ commentsOpen: e.target.checked })} />
        {t.commentsOpen}
      </label>
      {authors ? select('authorId', t.author, authors) : null}
    </div>
  )
}
