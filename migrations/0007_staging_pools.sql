CREATE TABLE "staging_pools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"network" text,
	"zone" text,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "pool_id" uuid;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "staged_spec" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "staged" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "assign_command" jsonb;--> statement-breakpoint
ALTER TABLE "staging_pools" ADD CONSTRAINT "staging_pools_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_pool_id_staging_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."staging_pools"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_pool" ON "sessions" USING btree ("pool_id") WHERE pool_id is not null;