CREATE TABLE "agent_volumes" (
	"agent_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_volumes_agent_id_name_pk" PRIMARY KEY("agent_id","name")
);
--> statement-breakpoint
CREATE TABLE "registry_credentials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registry" text NOT NULL,
	"username" text NOT NULL,
	"password" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_credentials_registry_unique" UNIQUE("registry")
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "max_lifetime_seconds" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "idle_timeout_seconds" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "expiration_action" text DEFAULT 'DESTROY' NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "lifetime_ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "idle_ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "expires_at" timestamp with time zone GENERATED ALWAYS AS (least(lifetime_ends_at, idle_ends_at)) STORED;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "max_lifetime_seconds" integer;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "idle_timeout_seconds" integer;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "expiration_action" text DEFAULT 'DESTROY' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "volumes" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "shm_size_mb" integer;--> statement-breakpoint
ALTER TABLE "agent_volumes" ADD CONSTRAINT "agent_volumes_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agent_volumes_name" ON "agent_volumes" USING btree ("name");--> statement-breakpoint
CREATE INDEX "sessions_expires_at" ON "sessions" USING btree ("expires_at") WHERE expires_at is not null;