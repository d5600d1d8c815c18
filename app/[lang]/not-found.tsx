import { LocalizedNotFound } from '@/components/site/localized-not-found'

// Rendered inside the site layout (header, footer, <html lang dir>) when a page calls notFound().
export default function NotFound() {
  return <LocalizedNotFound />
}
