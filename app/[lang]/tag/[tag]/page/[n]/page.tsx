import type { Metadata } from 'next'
import { parsePageSegment } from '@/lib/pagination'
import { TagListing, tagMetadata } from '../../tag-listing'

// Listings not prerendered at build render in full on their first visit, then stay cached (as articles do).
export const instant = false

export function generateStaticParams() {
  return [{ n: '2' }]
}

export async function generateMetadata({ params }: PageProps<'/[lang]/tag/[tag]/page/[n]'>): Promise<Metadata> {
  const { lang, tag, n } = await params
  return tagMetadata(lang, tag, parsePageSegment(n))
}

export default async function TagPageN({ params }: PageProps<'/[lang]/tag/[tag]/page/[n]'>) {
  const { lang, tag, n } = await params
  return <TagListing lang={lang} slug={tag} page={parsePageSegment(n)} />
}
