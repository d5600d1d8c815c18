import type { Metadata } from 'next'
import { parsePageSegment } from '@/lib/pagination'
import { AuthorListing, authorMetadata } from '../../author-listing'

// Listings not prerendered at build render in full on their first visit, then stay cached (as articles do).
export const instant = false

export function generateStaticParams() {
  return [{ n: '2' }]
}

export async function generateMetadata({ params }: PageProps<'/[lang]/auteur/[author]/page/[n]'>): Promise<Metadata> {
  const { lang, author, n } = await params
  return authorMetadata(lang, author, parsePageSegment(n))
}

export default async function AuthorPageN({ params }: PageProps<'/[lang]/auteur/[author]/page/[n]'>) {
  const { lang, author, n } = await params
  return <AuthorListing lang={lang} slug={author} page={parsePageSegment(n)} />
}
