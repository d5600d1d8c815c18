DROP INDEX "comments_status_created_idx";--> statement-breakpoint
CREATE INDEX "comments_reported_idx" ON "comments" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "comments"."report_count" > 0;--> statement-breakpoint
CREATE INDEX "comments_status_created_idx" ON "comments" USING btree ("status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);