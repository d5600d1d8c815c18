// The one schema for the whole product, used through both drivers (PGlite and postgres.js).
// Each list query has an index matching its WHERE and ORDER BY; the query it serves is named beside it.
import { relations, sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'

export const LANGUAGES = ['fr', 'en', 'ar'] as const
export type Language = (typeof LANGUAGES)[number]
export type LocalizedText = Partial<Record<Language, string>> & { fr: string }
/** Text that may exist in some languages only (an author's bio): no fallback is implied. */
export type OptionalLocalizedText = Partial<Record<Language, string>>

export const ROLES = ['admin', 'editor', 'journalist', 'moderator'] as const
export type Role = (typeof ROLES)[number]

export const ARTICLE_STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'archived'] as const
export const COMMENT_STATUSES = ['pending', 'approved', 'spam', 'trash'] as const

export const role = pgEnum('role', ROLES)
export const language = pgEnum('language', LANGUAGES)
export const articleStatus = pgEnum('article_status', ARTICLE_STATUSES)
export const commentStatus = pgEnum('comment_status', COMMENT_STATUSES)
export const revisionReason = pgEnum('revision_reason', ['create', 'save', 'autosave', 'restore', 'takeover', 'conflict', 'import'])

const createdAt = timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
const timestamps = {
  createdAt,
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
}

// ─── People ───────────────────────────────────────────────────────────────────────────────────────

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(), // stored lower-cased; unique below
    name: text('name').notNull(),
    slug: text('slug').notNull(), // author page URL: /fr/auteur/<slug>
    bio: jsonb('bio').$type<OptionalLocalizedText>(), // per language; the author page shows its own language's
    avatarMediaId: uuid('avatar_media_id').references((): AnyPgColumn => media.id, { onDelete: 'set null' }),
    passwordHash: text('password_hash'), // null for imported authors until they accept an invitation
    role: role('role').notNull().default('journalist'),
    active: boolean('active').notNull().default(true),
    // Bumped on deactivation, role change or "sign out everywhere": older JWTs stop working on the next request.
    sessionVersion: integer('session_version').notNull().default(1),
    locale: language('locale').notNull().default('fr'),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), uniqueIndex('users_slug_key').on(t.slug)],
)

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    role: role('role').notNull(),
    tokenHash: text('token_hash').notNull(), // sha-256 of the link's token; the token itself is never stored
    invitedById: uuid('invited_by_id').references(() => users.id, { onDelete: 'set null' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }), // set when inviting an imported author
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt,
  },
  (t) => [uniqueIndex('invitations_token_hash_key').on(t.tokenHash), index('invitations_email_idx').on(t.email)],
)

// ─── Taxonomy ─────────────────────────────────────────────────────────────────────────────────────

export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<Partial<Record<Language, string>>>(),
    parentId: uuid('parent_id').references((): AnyPgColumn => categories.id, { onDelete: 'set null' }),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex('categories_slug_key').on(t.slug), index('categories_parent_idx').on(t.parentId)],
)

export const tags = pgTable(
  'tags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(), // as categories.name: French always, other languages fall back to it
    createdAt,
  },
  (t) => [uniqueIndex('tags_slug_key').on(t.slug)],
)

// ─── Media ────────────────────────────────────────────────────────────────────────────────────────

export type MediaVariant = { width: number; height: number; format: 'webp' | 'avif' | 'jpeg' | 'png'; key: string; bytes: number }

export const media = pgTable(
  'media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storageKey: text('storage_key'), // path inside the storage backend; null for a remote original not yet fetched
    sourceUrl: text('source_url'), // original URL (WordPress import)
    originalName: text('original_name').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull().default(0),
    width: integer('width'),
    height: integer('height'),
    alt: text('alt').notNull().default(''),
    caption: text('caption'),
    credit: text('credit'),
    variants: jsonb('variants').$type<MediaVariant[]>().notNull().default([]),
    uploadedById: uuid('uploaded_by_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt,
  },
  (t) => [index('media_created_idx').on(t.createdAt)], // listMedia
)

// ─── Articles ─────────────────────────────────────────────────────────────────────────────────────

export const articles = pgTable(
  'articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    language: language('language').notNull().default('fr'),
    title: text('title').notNull(),
    excerpt: text('excerpt').notNull().default(''),
    bodyHtml: text('body_html').notNull().default(''), // sanitised on write (lib/html.ts), rendered by <RichText>
    bodyJson: jsonb('body_json'), // the editor's document, when written in the dashboard
    sourceCredit: text('source_credit'), // e.g. "AFP", "Reuters", "avec agences"
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    featuredMediaId: uuid('featured_media_id').references(() => media.id, { onDelete: 'set null' }),
    status: articleStatus('status').notNull().default('draft'),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    // Set when a published article is edited after publication ("Mis à jour le …").
    contentUpdatedAt: timestamp('content_updated_at', { withTimezone: true }),
    version: integer('version').notNull().default(1), // optimistic concurrency: every write is WHERE version = $seen
    translationGroupId: uuid('translation_group_id'), // articles sharing it are translations of one another
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    commentsOpen: boolean('comments_open').notNull().default(true),
    missedSchedule: boolean('missed_schedule').notNull().default(false), // published late because the server was down
    lockedById: uuid('locked_by_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    // The editor page that holds the lock, or that last let it go: a request that page sent before its goodbye
    // beacon (a heartbeat, an autosave) must not take the lock back once the beacon freed it.
    lockSession: uuid('lock_session'),
    deletedAt: timestamp('deleted_at', { withTimezone: true }), // trash: restorable for 30 days
    ...timestamps,
  },
  (t) => [
    uniqueIndex('articles_slug_key').on(t.slug),
    index('articles_status_published_idx').on(t.status, t.publishedAt.desc()), // sitemaps, listPublishedSince
    // Lists end in `order by published_at desc, id desc limit n`: with id in the index the newest rows are read in
    // order and the scan stops at n (without it, 100,000 articles meant a full scan and a sort: 105 ms per list).
    // NULLS FIRST as in `order by … desc`: an index sorted NULLS LAST cannot give that order.
    index('articles_language_published_idx').on(t.status, t.language, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()), // home, rail, feeds
    index('articles_category_published_idx').on(t.categoryId, t.status, t.language, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()), // section pages, neighbours
    index('articles_author_published_idx').on(t.authorId, t.status, t.language, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()), // listPublishedByAuthor
    index('articles_author_updated_idx').on(t.authorId, t.updatedAt.desc()), // listDraftsForViewer
    index('articles_status_updated_idx').on(t.status, t.updatedAt.desc()), // dashboard list by status
    index('articles_scheduled_idx').on(t.scheduledAt).where(sql`${t.status} = 'scheduled'`), // scheduler
    index('articles_translation_idx').on(t.translationGroupId), // listTranslations
  ],
)

export const articleCoauthors = pgTable(
  'article_coauthors',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] }), index('article_coauthors_user_idx').on(t.userId)],
)

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId, t.articleId)], // listPublishedWithTag
)

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    excerpt: text('excerpt').notNull(),
    bodyHtml: text('body_html').notNull(),
    bodyJson: jsonb('body_json'),
    reason: revisionReason('reason').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt,
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.createdAt.desc())], // listRevisions
)

// ─── Comments ─────────────────────────────────────────────────────────────────────────────────────

export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => comments.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    authorEmail: text('author_email').notNull(), // never shown to readers
    authorUrl: text('author_url'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }), // staff posting under their account
    body: text('body').notNull(), // plain text, escaped on output
    status: commentStatus('status').notNull().default('pending'),
    shadow: boolean('shadow').notNull().default(false), // shadow-banned: visible to its author only
    reportCount: integer('report_count').notNull().default(0),
    ip: text('ip'),
    userAgent: text('user_agent'),
    // The form's one-time token: a double submit finds the row it already created.
    idempotencyKey: text('idempotency_key'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(), // purge of spam/trash
    ...timestamps,
  },
  (t) => [
    index('comments_article_status_idx').on(t.articleId, t.status, t.createdAt), // listApprovedComments
    index('comments_status_created_idx').on(t.status, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()), // moderation queue tabs, in either order
    index('comments_reported_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`${t.reportCount} > 0`), // the Reported tab: its count and list
    index('comments_email_idx').on(t.authorEmail, t.status), // commenter history, first-time check
    index('comments_parent_idx').on(t.parentId),
    uniqueIndex('comments_idempotency_key').on(t.idempotencyKey),
    // isDuplicateComment: the same words on the same article, found without reading every comment of a busy one. A
    // digest, not the text: a B-tree entry holds about 2.7 KB and a comment up to 20,000 characters.
    index('comments_article_body_digest_idx').on(t.articleId, sql`md5(trim(regexp_replace(lower(${t.body}), '\\s+', ' ', 'g')))`),
  ],
)

export const commentReports = pgTable(
  'comment_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commentId: uuid('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    reason: text('reason'),
    ip: text('ip'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt,
  },
  (t) => [index('comment_reports_comment_idx').on(t.commentId)],
)

export const commenterBans = pgTable(
  'commenter_bans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email'),
    ip: text('ip'), // a single address or a CIDR range
    reason: text('reason').notNull(),
    shadow: boolean('shadow').notNull().default(false),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt,
  },
  (t) => [index('commenter_bans_email_idx').on(t.email), index('commenter_bans_ip_idx').on(t.ip)],
)

// ─── Site plumbing ────────────────────────────────────────────────────────────────────────────────

export const redirects = pgTable(
  'redirects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromPath: text('from_path').notNull(), // normalised: leading slash, no trailing slash, query kept for ?p=123
    toPath: text('to_path').notNull(),
    statusCode: integer('status_code').notNull().default(301),
    createdAt,
  },
  (t) => [uniqueIndex('redirects_from_path_key').on(t.fromPath)],
)

export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(), // e.g. "article.publish", "user.role", "auth.signIn"
    targetType: text('target_type'),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    ip: text('ip'),
    createdAt,
  },
  (t) => [index('audit_log_created_idx').on(t.createdAt.desc()), index('audit_log_target_idx').on(t.targetType, t.targetId)],
)

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamps.updatedAt,
})

// Store for rate-limiter-flexible's RateLimiterDrizzle: survives restarts and works on both drivers.
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: timestamp('expire', { withTimezone: true }),
})

// Keys of imported items (WordPress post ids, term slugs, comment ids…): re-running an import finds them.
export const externalRefs = pgTable(
  'external_refs',
  {
    source: text('source').notNull(), // e.g. "wordpress:https://old.example.com"
    kind: text('kind').notNull(), // post | category | tag | author | comment | attachment
    externalId: text('external_id').notNull(),
    localId: uuid('local_id').notNull(),
    checksum: text('checksum'), // hash of the imported fields: a newer export updates only what changed
  },
  (t) => [primaryKey({ columns: [t.source, t.kind, t.externalId] })],
)

// ─── Relations ────────────────────────────────────────────────────────────────────────────────────

export const usersRelations = relations(users, ({ one, many }) => ({
  avatar: one(media, { fields: [users.avatarMediaId], references: [media.id] }),
  articles: many(articles, { relationName: 'author' }),
}))

export const categoriesRelations = relations(categories, ({ one, many }) => ({
  parent: one(categories, { fields: [categories.parentId], references: [categories.id], relationName: 'parent' }),
  children: many(categories, { relationName: 'parent' }),
  articles: many(articles),
}))

export const tagsRelations = relations(tags, ({ many }) => ({ articles: many(articleTags) }))

export const articlesRelations = relations(articles, ({ one, many }) => ({
  author: one(users, { fields: [articles.authorId], references: [users.id], relationName: 'author' }),
  lockedBy: one(users, { fields: [articles.lockedById], references: [users.id] }),
  category: one(categories, { fields: [articles.categoryId], references: [categories.id] }),
  featuredMedia: one(media, { fields: [articles.featuredMediaId], references: [media.id] }),
  tags: many(articleTags),
  coauthors: many(articleCoauthors),
  comments: many(comments),
  revisions: many(articleRevisions),
}))

export const articleTagsRelations = relations(articleTags, ({ one }) => ({
  article: one(articles, { fields: [articleTags.articleId], references: [articles.id] }),
  tag: one(tags, { fields: [articleTags.tagId], references: [tags.id] }),
}))

export const articleCoauthorsRelations = relations(articleCoauthors, ({ one }) => ({
  article: one(articles, { fields: [articleCoauthors.articleId], references: [articles.id] }),
  user: one(users, { fields: [articleCoauthors.userId], references: [users.id] }),
}))

export const articleRevisionsRelations = relations(articleRevisions, ({ one }) => ({
  article: one(articles, { fields: [articleRevisions.articleId], references: [articles.id] }),
  author: one(users, { fields: [articleRevisions.authorId], references: [users.id] }),
}))

export const commentsRelations = relations(comments, ({ one, many }) => ({
  article: one(articles, { fields: [comments.articleId], references: [articles.id] }),
  parent: one(comments, { fields: [comments.parentId], references: [comments.id], relationName: 'replies' }),
  replies: many(comments, { relationName: 'replies' }),
  user: one(users, { fields: [comments.userId], references: [users.id] }),
  reports: many(commentReports),
}))

export const commentReportsRelations = relations(commentReports, ({ one }) => ({
  comment: one(comments, { fields: [commentReports.commentId], references: [comments.id] }),
}))
