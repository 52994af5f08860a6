CREATE TABLE "agents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"endpoint" text NOT NULL,
	"zone" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'OFFLINE' NOT NULL,
	"last_seen_at" timestamp with time zone,
	"docker_version" text,
	"daemon_cores" real DEFAULT 0 NOT NULL,
	"daemon_memory_mb" integer DEFAULT 0 NOT NULL,
	"cores_override" real,
	"memory_mb_override" integer,
	"max_sessions" integer,
	"tls_ca" text,
	"tls_cert" text,
	"tls_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agents_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"owner" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "networks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agent_id" uuid NOT NULL,
	"docker_id" text NOT NULL,
	"name" text NOT NULL,
	"driver" text NOT NULL,
	"internal" boolean DEFAULT false NOT NULL,
	"subnets" text[] DEFAULT '{}'::text[] NOT NULL,
	"discovered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "session_transitions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"owner" text NOT NULL,
	"agent_id" uuid,
	"network" text,
	"container_id" text,
	"status" text DEFAULT 'REQUESTED' NOT NULL,
	"status_reason" text,
	"cores" real NOT NULL,
	"memory_mb" integer NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"image" text NOT NULL,
	"command" jsonb,
	"env" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cores" real DEFAULT 1 NOT NULL,
	"memory_mb" integer DEFAULT 512 NOT NULL,
	"zone" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"networks" text[] DEFAULT '{}'::text[] NOT NULL,
	"allow_network_selection" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspaces_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_transitions" ADD CONSTRAINT "session_transitions_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "networks_agent_docker_id" ON "networks" USING btree ("agent_id","docker_id");--> statement-breakpoint
CREATE INDEX "networks_name" ON "networks" USING btree ("name");--> statement-breakpoint
CREATE INDEX "session_transitions_session" ON "session_transitions" USING btree ("session_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_owner_idempotency_key" ON "sessions" USING btree ("owner","idempotency_key");--> statement-breakpoint
CREATE INDEX "sessions_agent_status" ON "sessions" USING btree ("agent_id","status");