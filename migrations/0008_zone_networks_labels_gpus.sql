CREATE TABLE "network_layouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"zone" text,
	"driver" text NOT NULL,
	"internal" boolean DEFAULT false NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"subnet" text,
	"gateway" text,
	"ip_range" text,
	"aux_addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"parent" text,
	"per_agent" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "daemon_gpus" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "gpus_override" integer;--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "labels" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "gateway" text;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "ip_range" text;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "parent" text;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "options" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "gpus" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "agent_selector" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "gpus" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "network_layouts_name_zone" ON "network_layouts" USING btree ("name",coalesce("zone", ''));