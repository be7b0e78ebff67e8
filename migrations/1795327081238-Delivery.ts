import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbound message log, and pg-boss's own schema for durable jobs (created
 * here so every database, the tests' template included, starts with it; pg-boss
 * migrates it itself on later upgrades).
 */

export class Delivery1795327081238 implements MigrationInterface {
  name = 'Delivery1795327081238';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "outbound_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupe_key" character varying NOT NULL, "client_company_id" uuid, "purpose" character varying NOT NULL, "related_id" uuid, "channel" character varying NOT NULL, "recipient" character varying NOT NULL, "subject" character varying NOT NULL, "body" text NOT NULL, "status" character varying NOT NULL, "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "provider_message_id" character varying, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0a03db3e2f04f9f33e6daa597ff" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "outbound_messages_dedupe_key" ON "outbound_messages"  ("dedupe_key") ',
    );
    await q.query(
      'CREATE INDEX "outbound_messages_client_created_idx" ON "outbound_messages"  ("client_company_id", "created_at") ',
    );
    await q.query(
      'ALTER TABLE "outbound_messages" ADD CONSTRAINT "FK_7b8bf73a89ba5c20e16432cf894" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // --- Written by hand below. ---
    await q.query(PgBoss.getConstructionPlans('pgboss'));
    // Requests send jobs inside their own transaction (e.g. the report of an intake just saved).
    await q.query(`GRANT USAGE ON SCHEMA pgboss TO dengon_app`);
    await q.query(`GRANT SELECT ON pgboss.queue TO dengon_app`);
    await q.query(`GRANT INSERT, SELECT ("id") ON pgboss.job TO dengon_app`);
    // Client users read what was sent to their company; messages are written by jobs only.
    await q.query(`GRANT SELECT ON "outbound_messages" TO dengon_app`);
    await q.query(`ALTER TABLE "outbound_messages" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "outbound_messages_tenant" ON "outbound_messages" TO dengon_app
        USING (dengon_visible("client_company_id"))`);
    // An operator's intake names the call it was taken on; calls are staff-only.
    await q.query(
      `GRANT SELECT, UPDATE ("intake_id", "updated_at", "version") ON "call_sessions" TO dengon_app`,
    );
    await q.query(`ALTER TABLE "call_sessions" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "call_sessions_staff" ON "call_sessions" TO dengon_app
        USING (current_setting('dengon.scope', true) = 'staff')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY "call_sessions_staff" ON "call_sessions"`);
    await q.query(`ALTER TABLE "call_sessions" DISABLE ROW LEVEL SECURITY`);
    await q.query(`REVOKE ALL ON "call_sessions" FROM dengon_app`);
    await q.query(`DROP SCHEMA pgboss CASCADE`);
    await q.query(
      'ALTER TABLE "outbound_messages" DROP CONSTRAINT "FK_7b8bf73a89ba5c20e16432cf894"',
    );
    await q.query('DROP INDEX "public"."outbound_messages_client_created_idx"');
    await q.query('DROP INDEX "public"."outbound_messages_dedupe_key"');
    await q.query('DROP TABLE "outbound_messages"');
  }
}
