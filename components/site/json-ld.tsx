import { serializeJsonLd } from '@/lib/seo/json-ld'

// With RichText, the only dangerouslySetInnerHTML in the code base: serializeJsonLd escapes "<" so no value can
// close the script element.
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
