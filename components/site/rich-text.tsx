import type { SafeHtml } from '@/lib/html'

// With JsonLd, the only dangerouslySetInnerHTML in the code base: the HTML was sanitised when it was written.
export function RichText({ html, lang }: { html: SafeHtml; lang?: string }) {
  return <div className="prose-article" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />
}
