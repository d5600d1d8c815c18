-- Full-text search over published articles, identical on PostgreSQL and PGlite (both ship unaccent and pg_trgm).
-- One text search configuration per article language: unaccent first, then the language's stemmer, so "ecole"
-- finds "école" and ts_headline still highlights the accented words of the original text.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION public.kiosque_fr (COPY = french);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.kiosque_fr ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION public.kiosque_en (COPY = english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.kiosque_en ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION public.kiosque_ar (COPY = arabic);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.kiosque_ar ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, arabic_stem;
--> statement-breakpoint
-- unaccent() itself is only STABLE (it reads its dictionary by name); this wrapper names the dictionary and is
-- IMMUTABLE, so it can sit in index expressions (trigram indexes for fuzzy matching use it).
CREATE FUNCTION public.kiosque_unaccent(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, input) $$;
--> statement-breakpoint
CREATE FUNCTION public.kiosque_search_config(lang public.language) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT CASE lang WHEN 'en' THEN 'public.kiosque_en'::regconfig WHEN 'ar' THEN 'public.kiosque_ar'::regconfig ELSE 'public.kiosque_fr'::regconfig END $$;
--> statement-breakpoint
-- Function bodies name their schema: CREATE INDEX and autovacuum evaluate them with a restricted search_path.
-- Plain text of the stored (sanitised) HTML: tags become spaces.
CREATE FUNCTION public.kiosque_html_text(html text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT pg_catalog.regexp_replace(html, '<[^>]*>', ' ', 'g') $$;
--> statement-breakpoint
-- Title weighs most, then the excerpt, then the body (ts_rank_cd uses the weights). The SET clause keeps the
-- planner from inlining the function, so a query's kiosque_search_document(...) matches the index expression.
CREATE FUNCTION public.kiosque_search_document(lang public.language, title text, excerpt text, body_html text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, public
  AS $$ SELECT
    setweight(pg_catalog.to_tsvector(public.kiosque_search_config(lang), coalesce(title, '')), 'A') ||
    setweight(pg_catalog.to_tsvector(public.kiosque_search_config(lang), coalesce(excerpt, '')), 'B') ||
    setweight(pg_catalog.to_tsvector(public.kiosque_search_config(lang), public.kiosque_html_text(coalesce(body_html, ''))), 'C') $$;
--> statement-breakpoint
-- searchPublished: readers only ever search published articles, so only they are indexed.
CREATE INDEX articles_search_idx ON articles USING gin (kiosque_search_document(language, title, excerpt, body_html)) WHERE status = 'published';
