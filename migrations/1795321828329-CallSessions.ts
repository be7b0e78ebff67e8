import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calls as the telephony provider reports them, and the ids of provider-neutral
 * events already taken. Only Dengon itself (webhooks) touches them, so requests get no grant.
 */
export class CallSessions1795321828329 implements MigrationInterface {
  name = 'CallSessions1795321828329';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "call_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider" character varying NOT NULL, "provider_call_id" character varying NOT NULL, "dialed_e164" character varying, "calling_e164" character varying, "client_company_id" uuid, "script_version_id" uuid, "state" character varying NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "duration_seconds" integer, "recording_url" character varying, "intake_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_43019a4ddb87c365c3d13fbe9e0" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "call_sessions_client_company_id_idx" ON "call_sessions"  ("client_company_id") ',
    );
    await q.query(
      'CREATE INDEX "call_sessions_state_idx" ON "call_sessions"  ("state", "started_at") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "call_sessions_provider_call_key" ON "call_sessions"  ("provider", "provider_call_id") ',
    );
    await q.query(
      'CREATE TABLE "telephony_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" character varying NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1b4dad0c5d987bc0dcec1b44a5" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "telephony_events_event_id_key" ON "telephony_events"  ("event_id") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."telephony_events_event_id_key"');
    await q.query('DROP TABLE "telephony_events"');
    await q.query('DROP INDEX "public"."call_sessions_provider_call_key"');
    await q.query('DROP INDEX "public"."call_sessions_state_idx"');
    await q.query('DROP INDEX "public"."call_sessions_client_company_id_idx"');
    await q.query('DROP TABLE "call_sessions"');
  }
}
