import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VoicemailGreetings1796603324212 implements MigrationInterface {
  name = 'VoicemailGreetings1796603324212';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "voicemail_greetings" ("client_company_id" uuid NOT NULL, "file_key" character varying NOT NULL, "sha256" character varying NOT NULL, "duration_seconds" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7f1c8fa2439c6f4cd62565c80c8" PRIMARY KEY ("client_company_id"))',
    );
    await q.query(
      'ALTER TABLE "voicemail_greetings" ADD CONSTRAINT "FK_7f1c8fa2439c6f4cd62565c80c8" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // --- Written by hand below. ---
    // The back office sets and removes a client's greeting; a client reads only its own.
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "voicemail_greetings" TO dengon_app`);
    await q.query(`ALTER TABLE "voicemail_greetings" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "voicemail_greetings_tenant" ON "voicemail_greetings" TO dengon_app
        USING (dengon_visible("client_company_id")) WITH CHECK (dengon_visible("client_company_id"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE "voicemail_greetings" DROP CONSTRAINT "FK_7f1c8fa2439c6f4cd62565c80c8"',
    );
    await q.query('DROP TABLE "voicemail_greetings"');
  }
}
