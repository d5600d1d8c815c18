import type { Metadata } from 'next'
import { listPublicAuthors } from '@/db/queries/taxonomy'
import { AuthorListing, authorMetadata } from './author-listing'

// Listings not prerendered at build render in full on their first visit, then stay cached (as articles do).
export const instant = false

export async function generateStaticParams() {
  const authors = await listPublicAuthors()
  return authors.length ? authors.map((author) => ({ author: author.slug })) : [{ author: '_' }]
}

export async function generateMetadata({ params }: PageProps<'/[lang]/auteur/[author]'>): Promise<Metadata> {
  const { lang, author } = await params
  return authorMetadata(lang, author, 1)
}

export default async function AuthorPage({ params }: PageProps<'/[lang]/auteur/[author]'>) {
  const { lang, author } = await params
  return <AuthorListing lang={lang} slug={author} page={1} />
}
