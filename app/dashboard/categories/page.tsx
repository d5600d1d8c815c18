import { ActionInput } from '@/components/dashboard/action-field'
import { ActionForm } from '@/components/dashboard/action-form'
import { listCategoriesAdmin, listTagsAdmin } from '@/db/queries/taxonomy-admin'
import { LANGUAGES } from '@/db/schema'
import { formatCount, getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { localized } from '@/lib/i18n/localized'
import { requirePermission } from '@/lib/session'
import { createCategoryAction, createTagAction, deleteCategoryAction, deleteTagAction, updateCategoryAction, updateTagAction } from './actions'
import { dashboardMetadata } from '@/lib/dashboard-metadata'

const label = 'text-xs font-semibold'

export const generateMetadata = () => dashboardMetadata('categories')

export default async function TaxonomyPage() {
  const viewer = await requirePermission('taxonomy.manage', '/dashboard/categories')
  const t = getDictionary(viewer.locale)
  const x = t.newsroom.taxonomy
  const words = { errors: t.errors, newsroom: t.newsroom }
  const [sections, tagRows] = await Promise.all([listCategoriesAdmin(), listTagsAdmin()])
  const nameKey = { fr: 'nameFr', en: 'nameEn', ar: 'nameAr' } as const
  const nameFields = (name?: Record<string, string | undefined>) =>
    LANGUAGES.map((language) => (
      <ActionInput
        key={language}
        label={interpolate(x.nameIn, { language: t.common.languageNames[language] })}
        labelClassName={label}
        name={nameKey[language]}
        defaultValue={name?.[language] ?? ''}
        required={language === 'fr'}
      />
    ))
  const categoryFields = (values?: { slug: string; name: Record<string, string | undefined>; position: number }, suffix = 'new') => (
    <>
      <ActionInput label={x.slug} labelClassName={label} name="slug" defaultValue={values?.slug} required aria-describedby={`rename-help-${suffix}`} />
      {nameFields(values?.name)}
      <ActionInput label={x.position} labelClassName={label} name="position" type="number" min={0} defaultValue={values?.position ?? 0} controlClassName="w-20" />
    </>
  )
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">{x.title}</h1>
      <section aria-labelledby="sections-heading" className="flex flex-col gap-3">
        <h2 id="sections-heading" className="text-xl font-bold">
          {x.categories}
        </h2>
        <p id="rename-help-new" className="text-sm text-gray-700">
          {x.renameHelp}
        </p>
        <ul className="flex flex-col gap-3">
          {sections.map((section) => (
            <li key={section.id} className="rounded border border-gray-200 bg-white p-3">
              <h3 className="font-semibold">
                {localized(section.name, viewer.locale)} · <span className="text-sm font-normal">{formatCount(x.articles, section.articleCount)}</span>
              </h3>
              <ActionForm action={updateCategoryAction} t={words} done={x.saved} className="mt-2 flex flex-wrap items-end gap-2">
                <input type="hidden" name="id" value={section.id} />
                {categoryFields(section, 'new')}
                <button type="submit" className="rounded border border-gray-500 px-2 py-1 text-sm" aria-label={`${x.save} : ${section.slug}`}>
                  {x.save}
                </button>
              </ActionForm>
              {section.articleCount === 0 ? (
                <ActionForm action={deleteCategoryAction} t={words} done={x.deleted}>
                  <input type="hidden" name="id" value={section.id} />
                  <button type="submit" className="text-sm text-red-800 underline" aria-label={`${x.delete} : ${section.slug}`}>
                    {x.delete}
                  </button>
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
        <ActionForm action={createCategoryAction} t={words} done={x.created} className="flex flex-wrap items-end gap-2 rounded border border-dashed border-gray-400 p-3">
          <h3 className="w-full font-semibold">{x.newCategory}</h3>
          {categoryFields(undefined, 'new')}
          <button type="submit" className="rounded bg-ink px-3 py-1 text-sm text-white">
            {x.create}
          </button>
        </ActionForm>
      </section>
      <section aria-labelledby="tags-heading" className="flex flex-col gap-3">
        <h2 id="tags-heading" className="text-xl font-bold">
          {x.tags}
        </h2>
        <p id="tag-names-help" className="text-sm text-gray-700">
          {x.tagNamesHelp}
        </p>
        <ul className="grid gap-2 md:grid-cols-2">
          {tagRows.map((tag) => (
            <li key={tag.id} className="rounded border border-gray-200 bg-white p-2">
              <h3 className="font-semibold">
                {localized(tag.name, viewer.locale)} · <span className="text-sm font-normal">{formatCount(x.articles, tag.articleCount)}</span>
              </h3>
              <ActionForm action={updateTagAction} t={words} done={x.saved} className="mt-2 flex flex-wrap items-end gap-2">
                <input type="hidden" name="id" value={tag.id} />
                <ActionInput label={x.slug} labelClassName={label} name="slug" defaultValue={tag.slug} required />
                {nameFields(tag.name)}
                <button type="submit" className="rounded border border-gray-500 px-2 py-1 text-sm" aria-label={`${x.save} : ${tag.slug}`}>
                  {x.save}
                </button>
              </ActionForm>
              <ActionForm action={deleteTagAction} t={words} done={x.deleted}>
                <input type="hidden" name="id" value={tag.id} />
                <button type="submit" className="text-sm text-red-800 underline" aria-label={`${x.delete} : ${tag.slug}`}>
                  {x.delete}
                </button>
              </ActionForm>
            </li>
          ))}
        </ul>
        <ActionForm action={createTagAction} t={words} done={x.created} className="flex flex-wrap items-end gap-2 rounded border border-dashed border-gray-400 p-3">
          <h3 className="w-full font-semibold">{x.newTag}</h3>
          <ActionInput label={x.slug} labelClassName={label} name="slug" required />
          {nameFields()}
          <button type="submit" className="rounded bg-ink px-3 py-1 text-sm text-white">
            {x.create}
          </button>
        </ActionForm>
      </section>
    </div>
  )
}
