-- Tags get a name per language, like sections: an existing name becomes the French one ({"fr": "Emploi"}), which
-- every language falls back to until someone translates it in the dashboard (copying it into "en" and "ar" would
-- look translated and hide the work left to do). Bios become per language too; an existing bio is kept as the
-- French one, an empty one becomes null. drizzle-kit writes a bare SET DATA TYPE, which PostgreSQL refuses for
-- text → jsonb: the USING clauses below say how each value converts.
DROP INDEX "articles_author_published_idx";--> statement-breakpoint
ALTER TABLE "tags" ALTER COLUMN "name" SET DATA TYPE jsonb USING jsonb_build_object('fr', "name");--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "bio" SET DATA TYPE jsonb USING CASE WHEN coalesce(btrim("bio"), '') = '' THEN NULL ELSE jsonb_build_object('fr', "bio") END;--> statement-breakpoint
CREATE INDEX "articles_author_published_idx" ON "articles" USING btree ("author_id","status","language","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);
