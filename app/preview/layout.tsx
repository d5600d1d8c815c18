import type { Metadata } from 'next'
import '../globals.css'

// Shared preview links: their own root layout, never indexed, rendered per request (the token decides).
export const instant = false

export const metadata: Metadata = { title: 'Kiosque — prévisualisation', robots: { index: false, follow: false } }

export default function PreviewLayout({ children }: LayoutProps<'/preview'>) {
  return (
    <html lang="fr">
      <body className="min-h-screen bg-gray-50 font-sans antialiased">
        <main id="content" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  )
}
