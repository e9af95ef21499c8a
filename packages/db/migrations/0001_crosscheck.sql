CREATE TABLE "hits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operation_id" uuid,
	"set_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"selector_type" text NOT NULL,
	"selector_value" text NOT NULL,
	"matched_value" text DEFAULT '' NOT NULL,
	"match_kind" text NOT NULL,
	"score" real NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"lead_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operation_id" uuid,
	"name" text NOT NULL,
	"owner_country" text NOT NULL,
	"handling" text DEFAULT 'owner' NOT NULL,
	"kind" text NOT NULL,
	"source_format" text NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_until" timestamp with time zone,
	"value_count" bigint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"filter_file" "bytea",
	"filter_header" jsonb,
	"filter_key_id" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_values" (
	"set_id" uuid NOT NULL,
	"type" text NOT NULL,
	"value" text NOT NULL,
	"label" text,
	"country" text,
	"fuzzy_key" text,
	CONSTRAINT "reference_values_type_value_set_id_pk" PRIMARY KEY("type","value","set_id")
);
--> statement-breakpoint
ALTER TABLE "hits" ADD CONSTRAINT "hits_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hits" ADD CONSTRAINT "hits_set_id_reference_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "reference_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hits" ADD CONSTRAINT "hits_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_sets" ADD CONSTRAINT "reference_sets_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_sets" ADD CONSTRAINT "reference_sets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_values" ADD CONSTRAINT "reference_values_set_id_reference_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "reference_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hits_uq" ON "hits" USING btree ("set_id","source_type","source_id","selector_type","selector_value","matched_value");--> statement-breakpoint
CREATE INDEX "hits_operation_idx" ON "hits" USING btree ("operation_id","created_at");--> statement-breakpoint
CREATE INDEX "hits_selector_idx" ON "hits" USING btree ("selector_type","selector_value");--> statement-breakpoint
CREATE INDEX "reference_sets_operation_idx" ON "reference_sets" USING btree ("operation_id");--> statement-breakpoint
CREATE INDEX "reference_values_set_idx" ON "reference_values" USING btree ("set_id");