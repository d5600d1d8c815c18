-- isDuplicateComment compared every comment of the article, normalised with a regular expression, to the new one:
-- a busy article's thousandth comment read the 999 before it. The digest of the same normalisation, beside the
-- article, finds a repeat in one index probe (md5: a B-tree entry holds about 2.7 KB, a comment up to 20,000 characters).
CREATE INDEX "comments_article_body_digest_idx" ON "comments" USING btree ("article_id",md5(trim(regexp_replace(lower("body"), '\s+', ' ', 'g'))));