import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections of intake records after they were saved (訂正, issue 16 item 1):
 * each keeps who changed what (every item before and after), when and why,
 * never edited afterwards; a record whose report had already gone to the
 * client is marked corrected after report.
 */
export class IntakeCorrections1796653811234 implements MigrationInterface {
  name = 'IntakeCorrections1796653811234';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "intake_corrections" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "intake_id" uuid NOT NULL,
        "client_company_id" uuid NOT NULL,
        "corrected_by" uuid,
        "reason" character varying(500) NOT NULL,
        "changes" jsonb NOT NULL,
        "after_report" boolean NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "intake_corrections_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "intake_corrections_intake_fkey" FOREIGN KEY ("intake_id")
          REFERENCES "intake_records"("id") ON DELETE RESTRICT)`);
    await q.query(
      `CREATE INDEX "intake_corrections_intake_id_idx" ON "intake_corrections" ("intake_id", "created_at")`,
    );
    await q.query(`
      CREATE TRIGGER "intake_corrections_immutable" BEFORE UPDATE OR DELETE ON "intake_corrections"
        FOR EACH ROW EXECUTE FUNCTION dengon_immutable()`);
    await q.query(`GRANT SELECT, INSERT ON "intake_corrections" TO dengon_app`);
    await q.query(`ALTER TABLE "intake_corrections" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "intake_corrections_tenant" ON "intake_corrections" TO dengon_app
        USING (dengon_visible("client_company_id")) WITH CHECK (dengon_visible("client_company_id"))`);
    await q.query(
      `ALTER TABLE "intake_records" ADD "corrected_after_report" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "intake_records" DROP "corrected_after_report"`);
    await q.query(`DROP TABLE "intake_corrections"`);
  }
}
