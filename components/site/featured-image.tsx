import { mediaUrl } from '@/lib/media-url'

/** The article's lead picture with its caption; the frame keeps its shape while the file loads (no layout shift). */
export function FeaturedImage({ storageKey, alt, caption }: { storageKey: string; alt: string; caption: string | null }) {
  return (
    <figure className="mt-6">
      <div className="aspect-[16/9] overflow-hidden bg-line">
        {/* eslint-disable-next-line @next/next/no-img-element -- media files are resized on upload; no image optimizer at request time */}
        <img src={mediaUrl(storageKey)} alt={alt} className="h-full w-full object-cover" fetchPriority="high" />
      </div>
      {caption ? <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption> : null}
    </figure>
  )
}
