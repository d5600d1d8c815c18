-- GIN's "fast update" parks new entries in a pending list that only VACUUM (or the list reaching 4 MB) merges into
-- the index, and the planner prices every search by that list. PGlite runs no autovacuum: after loading 2,000
-- articles the list held them all, and every search, even for a word in five articles, scanned the whole table
-- (65 ms instead of under 1 ms on the bench corpus). A newsroom writes a few articles an hour and searches all day,
-- so entries now go straight into the index.
ALTER INDEX articles_search_idx SET (fastupdate = off);
--> statement-breakpoint
SELECT pg_catalog.gin_clean_pending_list('articles_search_idx'::regclass);
