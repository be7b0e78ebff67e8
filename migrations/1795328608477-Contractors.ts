import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Contractors (手配先) of each client, kept by staff and the client's admins. */
export class Contractors1795328608477 implements MigrationInterface {
  name = 'Contractors1795328608477';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "contractors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_company_id" uuid NOT NULL, "name" character varying NOT NULL, "areas" jsonb NOT NULL, "categories" text array NOT NULL, "channels" jsonb NOT NULL, "priority" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "note" text NOT NULL DEFAULT \'\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_6dbfde8813cdc4c4689f1e1e503" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "contractors_client_priority_idx" ON "contractors"  ("client_company_id", "priority") ',
    );
    await q.query(
      'ALTER TABLE "contractors" ADD CONSTRAINT "FK_ebeffb33e83c4e8759e1849b302" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // --- Written by hand below. ---
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "contractors" TO dengon_app`);
    await q.query(`ALTER TABLE "contractors" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "contractors_tenant" ON "contractors" TO dengon_app
        USING (dengon_visible("client_company_id")) WITH CHECK (dengon_visible("client_company_id"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "contractors" DROP CONSTRAINT "FK_ebeffb33e83c4e8759e1849b302"');
    await q.query('DROP INDEX "public"."contractors_client_priority_idx"');
    await q.query('DROP TABLE "contractors"');
  }
}
