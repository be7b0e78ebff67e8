import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Recordings1796581308043 implements MigrationInterface {
  name = 'Recordings1796581308043';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "call_recordings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_session_id" uuid NOT NULL, "client_company_id" uuid NOT NULL, "intake_id" uuid, "file_key" character varying NOT NULL, "sha256" character varying NOT NULL, "bytes" integer NOT NULL, "duration_seconds" integer NOT NULL, "delete_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4825dd582adb1f8c2f29cf74106" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "call_recordings_call_session_id_key" ON "call_recordings"  ("call_session_id") ',
    );
    await q.query(
      'CREATE INDEX "call_recordings_client_company_id_idx" ON "call_recordings"  ("client_company_id") ',
    );
    await q.query(
      'CREATE INDEX "call_recordings_delete_on_idx" ON "call_recordings"  ("delete_on") ',
    );
    await q.query('ALTER TABLE "call_sessions" ADD "recorded" boolean NOT NULL DEFAULT false');
    await q.query('ALTER TABLE "contracts" ADD "record_calls" boolean NOT NULL DEFAULT false');
    await q.query(
      'ALTER TABLE "contracts" ADD "recording_retention_days" integer NOT NULL DEFAULT \'90\'',
    );
    await q.query(
      'ALTER TABLE "contracts" ADD "recordings_in_portal" boolean NOT NULL DEFAULT false',
    );
    await q.query(
      'ALTER TABLE "contracts" ADD CONSTRAINT "contracts_recording_retention" CHECK (recording_retention_days BETWEEN 1 AND 3650)',
    );
    await q.query(
      'ALTER TABLE "call_recordings" ADD CONSTRAINT "FK_cf98367115bafd3d106dbd6e404" FOREIGN KEY ("call_session_id") REFERENCES "call_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "call_recordings" ADD CONSTRAINT "FK_8398a96ad549d049e1677fb397d" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // --- Written by hand below. ---
    // Recordings are made and deleted by Dengon's jobs; people read them, a client only its own.
    await q.query(`GRANT SELECT, UPDATE ("intake_id") ON "call_recordings" TO dengon_app`);
    await q.query(`ALTER TABLE "call_recordings" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "call_recordings_tenant" ON "call_recordings" TO dengon_app
        USING (dengon_visible("client_company_id")) WITH CHECK (dengon_visible("client_company_id"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "call_recordings" DROP CONSTRAINT "FK_8398a96ad549d049e1677fb397d"');
    await q.query('ALTER TABLE "call_recordings" DROP CONSTRAINT "FK_cf98367115bafd3d106dbd6e404"');
    await q.query('ALTER TABLE "contracts" DROP CONSTRAINT "contracts_recording_retention"');
    await q.query('ALTER TABLE "contracts" DROP COLUMN "recordings_in_portal"');
    await q.query('ALTER TABLE "contracts" DROP COLUMN "recording_retention_days"');
    await q.query('ALTER TABLE "contracts" DROP COLUMN "record_calls"');
    await q.query('ALTER TABLE "call_sessions" DROP COLUMN "recorded"');
    await q.query('DROP INDEX "public"."call_recordings_delete_on_idx"');
    await q.query('DROP INDEX "public"."call_recordings_client_company_id_idx"');
    await q.query('DROP INDEX "public"."call_recordings_call_session_id_key"');
    await q.query('DROP TABLE "call_recordings"');
  }
}
