// Uploaded files are served under /media/<storage key> (see RESERVED_SLUGS); one place builds that URL.
export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey.split('/').map(encodeURIComponent).join('/')}`
}
