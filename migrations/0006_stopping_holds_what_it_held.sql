ALTER TABLE "sessions" ADD COLUMN "previous_status" text;--> statement-breakpoint
-- Sessions STOPPING before this column count as before: stopped from a status that held cores and memory.
UPDATE "sessions" SET "previous_status" = 'RUNNING' WHERE "status" = 'STOPPING';
