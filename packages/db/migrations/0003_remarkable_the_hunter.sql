CREATE TABLE "sharing_group_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sharing_group" text NOT NULL,
	"key_id" text NOT NULL,
	"key_material" "bytea" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"exported_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "sharing_group_keys_key_id_unique" UNIQUE("key_id")
);
--> statement-breakpoint
ALTER TABLE "hits" ADD COLUMN "set_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sharing_group_keys" ADD CONSTRAINT "sharing_group_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sharing_group_keys_group_idx" ON "sharing_group_keys" USING btree ("sharing_group","created_at");