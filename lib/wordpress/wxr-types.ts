// The records of a WordPress export (WXR), as read from the file: strings exactly as WordPress wrote them.

export type WxrChannel = { type: 'channel'; wxrVersion: string; baseSiteUrl: string; baseBlogUrl: string; title: string; link: string; language: string }

export type WxrAuthor = { type: 'author'; id: string; login: string; email: string; displayName: string; firstName: string; lastName: string }

export type WxrCategory = { type: 'category'; termId: string; slug: string; parentSlug: string; name: string; description: string }

export type WxrTag = { type: 'tag'; termId: string; slug: string; name: string; description: string }

/** WXR 1.2's custom taxonomies (nav menus, formats, Polylang languages…). */
export type WxrTerm = { type: 'term'; termId: string; taxonomy: string; slug: string; parentSlug: string; name: string }

export type WxrComment = {
  id: string
  author: string
  email: string
  url: string
  ip: string
  date: string
  dateGmt: string
  content: string
  approved: string
  type: string
  parentId: string
  userId: string
}

export type WxrItem = {
  type: 'item'
  line: number // where the item starts in the file, for warnings
  title: string
  link: string
  guid: string
  creator: string
  content: string
  excerpt: string
  postId: string
  postDate: string
  postDateGmt: string
  postModifiedGmt: string
  commentStatus: string
  postName: string
  status: string
  postParent: string
  postType: string
  postPassword: string
  attachmentUrl: string
  categories: { domain: string; slug: string; name: string }[]
  meta: [key: string, value: string][]
  comments: WxrComment[]
}

export type WxrRecord = WxrChannel | WxrAuthor | WxrCategory | WxrTag | WxrTerm | WxrItem
