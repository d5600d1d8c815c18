import { commentSegments, safeHref } from '@/lib/comments/text'

/** Plain text as React text nodes: line breaks kept, http(s) URLs linked with rel="nofollow ugc". No HTML is parsed. */
export function CommentBody({ body }: { body: string }) {
  return (
    <p className="mt-2 whitespace-pre-line break-words leading-relaxed">
      {commentSegments(body).map((segment, index) =>
        segment.type === 'break' ? (
          <br key={index} />
        ) : segment.type === 'link' ? (
          <a key={index} href={segment.href} rel="nofollow ugc noopener" className="text-accent underline">
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </p>
  )
}

/**
 * The commenter's name, linked to their website when they gave one. The address is checked again on output (only
 * http and https): rows imported from elsewhere or written before a rule changed never become javascript: links.
 */
export function CommentAuthor({ name, url }: { name: string; url: string | null }) {
  const href = url ? safeHref(url) : null
  return href ? (
    <a href={href} rel="nofollow ugc noopener" className="font-semibold underline">
      {name}
    </a>
  ) : (
    <span className="font-semibold">{name}</span>
  )
}
