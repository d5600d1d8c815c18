import type { Metadata } from 'next'
import { listPublicTags } from '@/db/queries/taxonomy'
import { TagListing, tagMetadata } from './tag-listing'

// Listings not prerendered at build render in full on their first visit, then stay cached (as articles do).
export const instant = false

export async function generateStaticParams() {
  const tags = await listPublicTags()
  return tags.length ? tags.map((tag) => ({ tag: tag.slug })) : [{ tag: '_' }]
}

export async function generateMetadata({ params }: PageProps<'/[lang]/tag/[tag]'>): Promise<Metadata> {
  const { lang, tag } = await params
  return tagMetadata(lang, tag, 1)
}

export default async function TagPage({ params }: PageProps<'/[lang]/tag/[tag]'>) {
  const { lang, tag } = await params
  return <TagListing lang={lang} slug={tag} page={1} />
}
