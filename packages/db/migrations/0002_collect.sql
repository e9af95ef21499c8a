CREATE TABLE "crawl_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"crawl_id" text NOT NULL,
	"url" text NOT NULL,
	"kind" text NOT NULL,
	"depth" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"evidence_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crawl_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"operation_id" uuid,
	"platform_id" uuid,
	"adapter" jsonb NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"pages" integer DEFAULT 0 NOT NULL,
	"bytes" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "custody_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"evidence_sha256" text NOT NULL,
	"action" text NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"kind" text NOT NULL,
	"size" bigint NOT NULL,
	"media_type" text NOT NULL,
	"target_uri" text,
	"captured_at" timestamp with time zone NOT NULL,
	"captured_by" text NOT NULL,
	"operation_id" uuid,
	"platform_id" uuid,
	"crawl_id" text,
	"warc_record_id" text,
	"payload_sha256" text,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_items" (
	"platform_key" text NOT NULL,
	"url" text NOT NULL,
	"content_hash" text NOT NULL,
	"item_id" uuid,
	"first_seen" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "monitor_items_platform_key_url_pk" PRIMARY KEY("platform_key","url")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "crawl_requests_url_uq" ON "crawl_requests" USING btree ("crawl_id","url");--> statement-breakpoint
CREATE INDEX "crawl_requests_lease_idx" ON "crawl_requests" USING btree ("crawl_id","status","not_before");--> statement-breakpoint
CREATE INDEX "custody_log_evidence_idx" ON "custody_log" USING btree ("evidence_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "custody_log_hash_uq" ON "custody_log" USING btree ("hash");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_records_sha256_uq" ON "evidence_records" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "evidence_records_crawl_idx" ON "evidence_records" USING btree ("crawl_id");