import type { Metadata } from 'next'
import { parsePageSegment } from '@/lib/pagination'
import { CategoryListing, categoryMetadata } from '../../category-listing'

// Listings not prerendered at build render in full on their first visit, then stay cached (as articles do).
export const instant = false

// Page 2 of every section is prerendered; later pages render on their first visit and are then cached.
export function generateStaticParams() {
  return [{ n: '2' }]
}

export async function generateMetadata({ params }: PageProps<'/[lang]/[category]/page/[n]'>): Promise<Metadata> {
  const { lang, category, n } = await params
  return categoryMetadata(lang, category, parsePageSegment(n))
}

export default async function CategoryPageN({ params }: PageProps<'/[lang]/[category]/page/[n]'>) {
  const { lang, category, n } = await params
  return <CategoryListing lang={lang} slug={category} page={parsePageSegment(n)} />
}
