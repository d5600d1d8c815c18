-- Search ranks every match (ts_rank_cd needs the document): computed at query time, a common word cost seconds
-- (1.7 s for 1,800 matches on the 2,000-article bench corpus, on PostgreSQL). The document is now computed once per
-- write, stored, and indexed; db/queries/search.ts matches and ranks on the column.
ALTER TABLE articles ADD COLUMN search_document tsvector GENERATED ALWAYS AS (public.kiosque_search_document(language, title, excerpt, body_html)) STORED;
--> statement-breakpoint
DROP INDEX IF EXISTS articles_search_idx;
--> statement-breakpoint
CREATE INDEX articles_search_idx ON articles USING gin (search_document) WHERE status = 'published';
