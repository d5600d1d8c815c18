import { setLocaleAction } from '@/app/dashboard/actions'
import { locales, type Locale } from '@/lib/i18n/config'
import type { Dictionary } from '@/lib/i18n/dictionaries'
import { ActionSelect } from './action-field'
import { ActionForm } from './action-form'

type Props = { t: Dictionary; locale: Locale }

/** The dashboard's language switcher: a plain form (works without JavaScript), saved on the person's account. */
export function LanguageForm({ t, locale }: Props) {
  const words = t.dashboard.language
  return (
    <ActionForm action={setLocaleAction} t={{ errors: t.errors }} done={words.saved} className="flex flex-wrap items-end gap-2">
      <ActionSelect label={words.label} labelClassName="text-xs font-semibold" name="locale" defaultValue={locale} key={locale}>
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {t.common.languageNames[code]}
          </option>
        ))}
      </ActionSelect>
      <button type="submit" className="rounded border border-gray-500 px-2 py-1">
        {words.apply}
      </button>
    </ActionForm>
  )
}
