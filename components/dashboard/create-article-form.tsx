'use client'

import { useActionState } from 'react'
import { createArticleAction } from '@/app/dashboard/articles/actions'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import type { ActionResult } from '@/lib/action'
import { translate, type Dictionary, type MessageKey } from '@/lib/i18n/dictionaries'

type Props = { t: Pick<Dictionary, 'newsroom' | 'errors' | 'common'>; categories: { id: string; name: string }[]; defaultLanguage: string }

/** Works without JavaScript: a plain form posting to the server action, which redirects to the editor. */
export function CreateArticleForm({ t, categories, defaultLanguage }: Props) {
  const [state, action, pending] = useActionState<ActionResult<unknown> | null, FormData>(createArticleAction, null)
  const failed = state && !state.ok ? state : null
  const fieldError = (name: string) => failed?.fieldErrors?.[name]?.map((key) => translate(t as Dictionary, key as MessageKey))
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4">
      {failed ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {translate(t as Dictionary, failed.error, failed.values)}
        </p>
      ) : null}
      <Field label={t.newsroom.create.headline} name="title" required maxLength={300} errors={fieldError('title')} defaultValue={failed?.submitted?.title} />
      <div className="flex flex-col gap-1">
        <label htmlFor="categoryId" className="text-sm font-semibold">
          {t.newsroom.create.category}
        </label>
        <select id="categoryId" name="categoryId" required className="rounded border border-gray-400 bg-white px-3 py-2">
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="language" className="text-sm font-semibold">
          {t.newsroom.create.language}
        </label>
        <select id="language" name="language" defaultValue={defaultLanguage} className="rounded border border-gray-400 bg-white px-3 py-2">
          {(['fr', 'en', 'ar'] as const).map((code) => (
            <option key={code} value={code}>
              {t.common.languageNames[code]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" disabled={pending}>
        {t.newsroom.create.submit}
      </Button>
    </form>
  )
}
