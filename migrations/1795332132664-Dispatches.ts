import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Dispatches (手配): an intake's job sent to a contractor, until acknowledged. */
export class Dispatches1795332132664 implements MigrationInterface {
  name = 'Dispatches1795332132664';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "dispatches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dispatch_no" SERIAL NOT NULL, "client_company_id" uuid NOT NULL, "intake_id" uuid NOT NULL, "contractor_id" uuid NOT NULL, "next_contractor_ids" uuid array NOT NULL, "channel_index" integer NOT NULL, "category" character varying NOT NULL, "site_address" character varying NOT NULL, "urgent" boolean NOT NULL, "instructions" text NOT NULL, "override_reason" text, "status" character varying NOT NULL, "alert" text, "sheet_key" character varying, "sheet_sha256" character varying, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_via" character varying, "reply_note" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_e4f5defc12b20b66acf58f5c8b9" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "dispatches_dispatch_no_key" ON "dispatches"  ("dispatch_no") ',
    );
    await q.query('CREATE INDEX "dispatches_intake_id_idx" ON "dispatches"  ("intake_id") ');
    await q.query(
      'CREATE INDEX "dispatches_status_idx" ON "dispatches"  ("status", "created_at") ',
    );
    await q.query(
      'CREATE INDEX "dispatches_client_created_idx" ON "dispatches"  ("client_company_id", "created_at") ',
    );
    await q.query(
      'ALTER TABLE "dispatches" ADD CONSTRAINT "FK_5919878117e2c6d1c1d72bd5d8e" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "dispatches" ADD CONSTRAINT "FK_e0a31c6e0ea3189a5c2f671369a" FOREIGN KEY ("intake_id") REFERENCES "intake_records"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "dispatches" ADD CONSTRAINT "FK_129ce6544a4875e111da17cd240" FOREIGN KEY ("contractor_id") REFERENCES "contractors"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // --- Written by hand below. ---
    // Operators create and update dispatches; clients read their own. The delivery jobs run as Dengon.
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "dispatches" TO dengon_app`);
    await q.query(`GRANT USAGE ON SEQUENCE "dispatches_dispatch_no_seq" TO dengon_app`);
    await q.query(`ALTER TABLE "dispatches" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "dispatches_tenant" ON "dispatches" TO dengon_app
        USING (dengon_visible("client_company_id")) WITH CHECK (dengon_visible("client_company_id"))`);
    // Creating a dispatch queues its sheet in the operator's own transaction.
    await q.query(`GRANT INSERT ON "outbound_messages" TO dengon_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "dispatches" DROP CONSTRAINT "FK_129ce6544a4875e111da17cd240"');
    await q.query('ALTER TABLE "dispatches" DROP CONSTRAINT "FK_e0a31c6e0ea3189a5c2f671369a"');
    await q.query('ALTER TABLE "dispatches" DROP CONSTRAINT "FK_5919878117e2c6d1c1d72bd5d8e"');
    await q.query('DROP INDEX "public"."dispatches_client_created_idx"');
    await q.query('DROP INDEX "public"."dispatches_status_idx"');
    await q.query('DROP INDEX "public"."dispatches_intake_id_idx"');
    await q.query('DROP INDEX "public"."dispatches_dispatch_no_key"');
    await q.query('DROP TABLE "dispatches"');
  }
}
