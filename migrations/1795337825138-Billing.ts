import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Monthly invoicing: invoices and credit notes, runs, gapless numbers, payments and bank imports. */
export class Billing1795337825138 implements MigrationInterface {
  name = 'Billing1795337825138';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "invoices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_company_id" uuid NOT NULL, "kind" character varying NOT NULL, "state" character varying NOT NULL, "month" character varying(7) NOT NULL, "number" character varying, "issue_date" date, "due_date" date, "recipient_name" character varying NOT NULL, "lines" jsonb NOT NULL, "totals" jsonb NOT NULL, "total" integer NOT NULL, "paid_amount" integer NOT NULL DEFAULT \'0\', "original_invoice_id" uuid, "reason" text, "replaced_by_id" uuid, "pdf_key" character varying, "pdf_sha256" character varying, "run_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_668cef7c22a427fd822cc1be3ce" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "invoices_number_key" ON "invoices"  ("number") ');
    await q.query('CREATE INDEX "invoices_state_due_idx" ON "invoices"  ("state", "due_date") ');
    await q.query(
      'CREATE INDEX "invoices_client_month_idx" ON "invoices"  ("client_company_id", "month") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "invoices_one_per_client_month" ON "invoices"  ("client_company_id", "month") WHERE kind = \'INVOICE\' AND state <> \'VOID\'',
    );
    await q.query(
      'CREATE TABLE "invoice_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "month" character varying(7) NOT NULL, "state" character varying NOT NULL, "total" integer NOT NULL DEFAULT \'0\', "done" integer NOT NULL DEFAULT \'0\', "error" text, "started_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_48c53db1f621c24affe68d52eab" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "invoice_runs_month_key" ON "invoice_runs"  ("month") ');
    await q.query(
      'CREATE TABLE "invoice_sequences" ("year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_18c1dc96dfddbc72f731a01e0fd" PRIMARY KEY ("year"))',
    );
    await q.query(
      'CREATE TABLE "payments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_company_id" uuid, "received_on" date NOT NULL, "amount" integer NOT NULL, "unallocated" integer NOT NULL, "payer_name" character varying NOT NULL, "method" character varying NOT NULL, "source" character varying NOT NULL, "dedupe_key" character varying, "bank_import_id" uuid, "note" text, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_197ab7af18c93fbb0c9b28b4a59" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "payments_dedupe_key" ON "payments"  ("dedupe_key") ');
    await q.query(
      'CREATE INDEX "payments_client_received_idx" ON "payments"  ("client_company_id", "received_on") ',
    );
    await q.query(
      'CREATE TABLE "payment_allocations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "payment_id" uuid, "invoice_id" uuid NOT NULL, "client_company_id" uuid NOT NULL, "kind" character varying NOT NULL, "amount" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a5c6ff22065ac772620c85f4efb" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "payment_allocations_payment_idx" ON "payment_allocations"  ("payment_id") ',
    );
    await q.query(
      'CREATE INDEX "payment_allocations_invoice_idx" ON "payment_allocations"  ("invoice_id") ',
    );
    await q.query(
      'CREATE TABLE "bank_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_name" character varying NOT NULL, "sha256" character varying NOT NULL, "deposits" integer NOT NULL, "matched" integer NOT NULL, "imported_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f216dc7fa4e4fdd928b6416a9ff" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "bank_imports_sha256_key" ON "bank_imports"  ("sha256") ');
    await q.query(
      'ALTER TABLE "contracts" ADD "billing_terms" jsonb NOT NULL DEFAULT \'{"advanceBilling":true,"prorate":"DAILY","due":{"kind":"END_OF_ISSUE_MONTH"}}\'',
    );
    // Existing contracts get the default terms; new ones are given theirs by the code.
    await q.query('ALTER TABLE "contracts" ALTER COLUMN "billing_terms" DROP DEFAULT');
    await q.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "FK_8241813904f06e3fc964fb8eb72" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "payments" ADD CONSTRAINT "FK_6ffaf6ab18e30cff89ab6677e9a" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "payment_allocations" ADD CONSTRAINT "FK_4348f49c6822420b9503ba880b8" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "payment_allocations" ADD CONSTRAINT "FK_72095d7b95a6168756ea7d4fbc5" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // --- Written by hand below. ---
    // Back office bills; clients read their own issued invoices, payments and allocations.
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "invoices", "payments" TO dengon_app`);
    await q.query(`GRANT SELECT, INSERT ON "payment_allocations" TO dengon_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "bank_imports" TO dengon_app`);
    await q.query(
      `GRANT SELECT, INSERT, UPDATE ON "invoice_runs", "invoice_sequences" TO dengon_app`,
    );
    for (const table of [
      'invoices',
      'payments',
      'payment_allocations',
      'bank_imports',
      'invoice_runs',
      'invoice_sequences',
    ])
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    // A client never sees a draft, in the database as in code.
    await q.query(`
      CREATE POLICY "invoices_tenant" ON "invoices" TO dengon_app
        USING (dengon_visible("client_company_id")
               AND ("state" <> 'DRAFT' OR current_setting('dengon.scope', true) = 'staff'))
        WITH CHECK (current_setting('dengon.scope', true) = 'staff')`);
    for (const table of ['payments', 'payment_allocations'])
      await q.query(`
        CREATE POLICY "${table}_tenant" ON "${table}" TO dengon_app
          USING (dengon_visible("client_company_id"))
          WITH CHECK (current_setting('dengon.scope', true) = 'staff')`);
    for (const table of ['bank_imports', 'invoice_runs', 'invoice_sequences'])
      await q.query(`
        CREATE POLICY "${table}_staff" ON "${table}" TO dengon_app
          USING (current_setting('dengon.scope', true) = 'staff')`);
    // Nothing billed is deleted, and an issued invoice never changes: only its
    // payments, a void (with its reason and replacement) move on.
    await q.query(`
      CREATE FUNCTION invoices_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'invoices are never deleted';
        END IF;
        IF OLD.state <> 'DRAFT' AND (
             NEW.number IS DISTINCT FROM OLD.number OR NEW.lines IS DISTINCT FROM OLD.lines
          OR NEW.totals IS DISTINCT FROM OLD.totals OR NEW.total IS DISTINCT FROM OLD.total
          OR NEW.issue_date IS DISTINCT FROM OLD.issue_date OR NEW.due_date IS DISTINCT FROM OLD.due_date
          OR NEW.recipient_name IS DISTINCT FROM OLD.recipient_name
          OR NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256 OR NEW.client_company_id IS DISTINCT FROM OLD.client_company_id
          OR (OLD.state = 'VOID' AND NEW.state <> 'VOID')) THEN
          RAISE EXCEPTION 'invoice % is issued and cannot change', OLD.number;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER invoices_keep BEFORE UPDATE OR DELETE ON "invoices"
        FOR EACH ROW EXECUTE FUNCTION invoices_keep()`);
    await q.query(`
      CREATE FUNCTION billing_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME;
      END $$`);
    for (const table of ['payments', 'payment_allocations', 'bank_imports'])
      await q.query(`
        CREATE TRIGGER ${table}_keep BEFORE DELETE ON "${table}"
          FOR EACH STATEMENT EXECUTE FUNCTION billing_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['payments', 'payment_allocations', 'bank_imports'])
      await q.query(`DROP TRIGGER ${table}_keep ON "${table}"`);
    await q.query(`DROP FUNCTION billing_append_only()`);
    await q.query(`DROP TRIGGER invoices_keep ON "invoices"`);
    await q.query(`DROP FUNCTION invoices_keep()`);
    await q.query(
      'ALTER TABLE "payment_allocations" DROP CONSTRAINT "FK_72095d7b95a6168756ea7d4fbc5"',
    );
    await q.query(
      'ALTER TABLE "payment_allocations" DROP CONSTRAINT "FK_4348f49c6822420b9503ba880b8"',
    );
    await q.query('ALTER TABLE "payments" DROP CONSTRAINT "FK_6ffaf6ab18e30cff89ab6677e9a"');
    await q.query('ALTER TABLE "invoices" DROP CONSTRAINT "FK_8241813904f06e3fc964fb8eb72"');
    await q.query('ALTER TABLE "contracts" DROP COLUMN "billing_terms"');
    await q.query('DROP INDEX "public"."bank_imports_sha256_key"');
    await q.query('DROP TABLE "bank_imports"');
    await q.query('DROP INDEX "public"."payment_allocations_invoice_idx"');
    await q.query('DROP INDEX "public"."payment_allocations_payment_idx"');
    await q.query('DROP TABLE "payment_allocations"');
    await q.query('DROP INDEX "public"."payments_client_received_idx"');
    await q.query('DROP INDEX "public"."payments_dedupe_key"');
    await q.query('DROP TABLE "payments"');
    await q.query('DROP TABLE "invoice_sequences"');
    await q.query('DROP INDEX "public"."invoice_runs_month_key"');
    await q.query('DROP TABLE "invoice_runs"');
    await q.query('DROP INDEX "public"."invoices_one_per_client_month"');
    await q.query('DROP INDEX "public"."invoices_client_month_idx"');
    await q.query('DROP INDEX "public"."invoices_state_due_idx"');
    await q.query('DROP INDEX "public"."invoices_number_key"');
    await q.query('DROP TABLE "invoices"');
  }
}
