CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"actor_key_id" uuid,
	"role" text NOT NULL,
	"operation" text NOT NULL,
	"target" text,
	"outcome" text NOT NULL,
	"message" text
);
--> statement-breakpoint
CREATE INDEX "audit_log_at" ON "audit_log" USING btree ("at");