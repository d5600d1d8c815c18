import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ActionInput, ActionSelect, ActionTextarea } from '@/components/dashboard/action-field'
import { ActionForm } from '@/components/dashboard/action-form'
import { listImageOptions } from '@/db/queries/articles-dashboard'
import { getProfile } from '@/db/queries/people'
import { LANGUAGES } from '@/db/schema'
import { direction } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { requirePermission } from '@/lib/session'
import { updateProfileAction } from '../actions'
import { dashboardMetadata } from '@/lib/dashboard-metadata'

export const generateMetadata = () => dashboardMetadata('profile')

export default async function ProfilePage({ params }: PageProps<'/dashboard/users/[id]'>) {
  const { id } = await params
  const viewer = await requirePermission('user.manage', `/dashboard/users/${id}`)
  const person = /^[0-9a-f-]{36}$/i.test(id) ? await getProfile(id) : null
  if (!person) notFound()
  const t = getDictionary(viewer.locale)
  const p = t.newsroom.people
  const bioKey = { fr: 'bioFr', en: 'bioEn', ar: 'bioAr' } as const
  const images = await listImageOptions({ include: person.avatarMediaId })
  return (
    <section aria-labelledby="profile-heading" className="flex max-w-xl flex-col gap-4">
      <h1 id="profile-heading" className="text-2xl font-bold">
        {interpolate(p.profileTitle, { name: person.name })}
      </h1>
      <Link prefetch={false} href="/dashboard/users" className="underline">
        {p.back}
      </Link>
      <ActionForm action={updateProfileAction} t={{ errors: t.errors, newsroom: t.newsroom }} done={p.profileSaved} className="flex flex-col gap-3">
        <input type="hidden" name="id" value={person.id} />
        <ActionInput label={p.name} name="name" defaultValue={person.name} required maxLength={200} />
        <fieldset className="flex flex-col gap-3" aria-describedby="bio-help">
          <legend className="text-sm font-semibold">{p.bio}</legend>
          <p id="bio-help" className="text-sm text-gray-700">
            {p.bioHelp}
          </p>
          {LANGUAGES.map((language) => (
            <ActionTextarea
              key={language}
              label={interpolate(p.bioIn, { language: t.common.languageNames[language] })}
              name={bioKey[language]}
              defaultValue={person.bio?.[language] ?? ''}
              rows={3}
              maxLength={2000}
              lang={language}
              dir={direction(language)}
            />
          ))}
        </fieldset>
        <ActionSelect label={p.avatar} name="avatarMediaId" defaultValue={person.avatarMediaId ?? ''}>
          <option value="">{p.noAvatar}</option>
          {images.map((image) => (
            <option key={image.id} value={image.id}>
              {image.alt || image.name}
            </option>
          ))}
        </ActionSelect>
        <button type="submit" className="self-start rounded bg-ink px-3 py-1.5 font-semibold text-white">
          {p.saveProfile}
        </button>
      </ActionForm>
    </section>
  )
}
