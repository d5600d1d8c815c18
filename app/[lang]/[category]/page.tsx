import type { Metadata } from 'next'
import { listCategories } from '@/db/queries/categories'
import { CategoryListing, categoryMetadata } from './category-listing'

// Listings not prerendered at build render in full on their first visit, then stay cached (as articles do).
export const instant = false

export async function generateStaticParams() {
  const categories = await listCategories()
  return categories.length ? categories.map((category) => ({ category: category.slug })) : [{ category: '_' }]
}

export async function generateMetadata({ params }: PageProps<'/[lang]/[category]'>): Promise<Metadata> {
  const { lang, category } = await params
  return categoryMetadata(lang, category, 1)
}

export default async function CategoryPage({ params }: PageProps<'/[lang]/[category]'>) {
  const { lang, category } = await params
  return <CategoryListing lang={lang} slug={category} page={1} />
}
