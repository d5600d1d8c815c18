// wp:author → users: journalists, inactive until invited, no password (WordPress hashes are never imported).
import { eq, like, or } from 'drizzle-orm'
import { users } from '@/db/schema'
import { slugify } from '@/lib/slug'
import { checksum } from '@/lib/wordpress/map'
import type { WxrAuthor } from '@/lib/wordpress/wxr-types'
import { type ImportContext, tally, warn } from './context'
import { findRefs, saveRefs } from './refs'

async function uniqueUserSlug(ctx: ImportContext, name: string, fallback: string): Promise<string> {
  const base = slugify(name) || fallback
  const taken = new Set(
    (await ctx.db.select({ slug: users.slug }).from(users).where(or(eq(users.slug, base), like(users.slug, `${base}-%`)))).map((row) => row.slug),
  )
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

async function userIdByEmail(ctx: ImportContext, email: string): Promise<string | undefined> {
  const [row] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).limit(1)
  return row?.id
}

const displayName = (author: WxrAuthor) =>
  author.displayName || [author.firstName, author.lastName].filter(Boolean).join(' ') || author.login

export async function importAuthors(ctx: ImportContext, authors: WxrAuthor[]): Promise<void> {
  const refs = await findRefs(ctx, 'author', authors.map((a) => a.login))
  for (const author of authors) {
    if (!author.login) {
      tally(ctx, 'author', 'skipped')
      warn(ctx, 'author', `Author ${author.id || '(no id)'} has no login: skipped; their posts go to a placeholder author.`)
      continue
    }
    const name = displayName(author)
    const hash = checksum([name, author.email])
    const ref = refs.get(author.login)
    let userId: string
    if (!ref) {
      const linked = await linkOrCreateAuthor(ctx, author.login, name, author.email)
      userId = linked.id
      await saveRefs(ctx, 'author', [{ externalId: author.login, localId: userId, checksum: linked.created ? hash : LINKED }])
    } else {
      userId = ref.localId
      // Accounts we linked to (--authors, same e-mail) belong to the newsroom: only authors we created are updated.
      if (ref.checksum === hash || ref.checksum === LINKED) tally(ctx, 'author', 'unchanged')
      else {
        await ctx.db.update(users).set({ name }).where(eq(users.id, userId))
        await saveRefs(ctx, 'author', [{ externalId: author.login, localId: userId, checksum: hash }])
        tally(ctx, 'author', 'updated')
      }
    }
    ctx.authorsByLogin.set(author.login, userId)
    if (author.id) ctx.authorsById.set(author.id, userId)
  }
}

const LINKED = 'linked' // checksum of a ref to an account the import did not create

async function linkOrCreateAuthor(ctx: ImportContext, login: string, name: string, email: string): Promise<{ id: string; created: boolean }> {
  const mappedEmail = ctx.authorEmails.get(login)
  if (mappedEmail) {
    const id = await userIdByEmail(ctx, mappedEmail)
    if (!id) throw new Error(`--authors maps "${login}" to ${mappedEmail}, but no user has that e-mail.`)
    tally(ctx, 'author', 'unchanged')
    return { id, created: false }
  }
  const existing = email ? await userIdByEmail(ctx, email) : undefined
  if (existing) {
    tally(ctx, 'author', 'unchanged')
    warn(ctx, 'author', `Author "${login}" has the e-mail of an existing account (${email}): their posts are attributed to that account.`)
    return { id: existing, created: false }
  }
  const slug = await uniqueUserSlug(ctx, name, `auteur-${slugify(login) || 'wordpress'}`)
  const [row] = await ctx.db
    .insert(users)
    .values({ email: (email || `${slug}@wordpress-import.invalid`).toLowerCase(), name, slug, role: 'journalist', active: false, passwordHash: null })
    .returning({ id: users.id })
  tally(ctx, 'author', 'created')
  return { id: row!.id, created: true }
}

/** A post whose dc:creator is not among the export's authors: a placeholder account, created once. */
export async function ensureAuthor(ctx: ImportContext, login: string): Promise<string> {
  const key = login || '(none)'
  const known = ctx.authorsByLogin.get(key)
  if (known) return known
  const [ref] = (await findRefs(ctx, 'author', [key])).values()
  let userId = ref?.localId
  if (!userId) {
    warn(ctx, 'author', login ? `Posts by "${login}", who is not in the export's author list: a placeholder account was created.` : 'Posts without an author: attributed to a placeholder account "WordPress".')
    const linked = await linkOrCreateAuthor(ctx, key, login || 'WordPress', '')
    userId = linked.id
    await saveRefs(ctx, 'author', [{ externalId: key, localId: userId, checksum: linked.created ? checksum([login || 'WordPress', '']) : LINKED }])
  }
  ctx.authorsByLogin.set(key, userId)
  return userId
}
