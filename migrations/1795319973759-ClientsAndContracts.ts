import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientsAndContracts1795319973759 implements MigrationInterface {
  name = 'ClientsAndContracts1795319973759';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "plans" ("code" character varying NOT NULL, "name_ja" character varying NOT NULL, "name_en" character varying NOT NULL, "description" character varying NOT NULL DEFAULT \'\', "faq_limit" integer, "extra_fields_allowed" boolean NOT NULL, "dispatch_included" boolean NOT NULL, "email_handling" boolean NOT NULL, "sort_order" integer NOT NULL, CONSTRAINT "PK_95f7ef3fc4c31a3545b4d825dd4" PRIMARY KEY ("code"))',
    );
    await q.query(
      'CREATE TABLE "plan_prices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_code" character varying NOT NULL, "effective_from" date NOT NULL, "monthly_fee" integer NOT NULL, "included_calls" integer NOT NULL, "overage_per_call" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_69b05dce9891d42a3d0fc77eec1" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "plan_prices_plan_code_effective_from_key" ON "plan_prices"  ("plan_code", "effective_from") ',
    );
    await q.query(
      "CREATE TYPE \"public\".\"holiday_rule\" AS ENUM('AS_USUAL', 'CLOSED', 'SUNDAY_HOURS')",
    );
    await q.query(
      'CREATE TABLE "contracts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_company_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date, "holiday_rule" "public"."holiday_rule" NOT NULL, "coverage_windows" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "contracts_dates" CHECK (end_date IS NULL OR end_date >= start_date), CONSTRAINT "PK_2c7b8f3a7b1acdd49497d83d0fb" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "contracts_client_company_id_idx" ON "contracts"  ("client_company_id") ',
    );
    await q.query(
      'CREATE TABLE "contract_plan_terms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contract_id" uuid NOT NULL, "client_company_id" uuid NOT NULL, "plan_code" character varying NOT NULL, "effective_from" date NOT NULL, "monthly_fee_override" integer, "included_calls_override" integer, "overage_per_call_override" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_26c4786e838572038b5a541d845" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "contract_plan_terms_contract_id_effective_from_key" ON "contract_plan_terms"  ("contract_id", "effective_from") ',
    );
    await q.query(
      "CREATE TYPE \"public\".\"option_kind\" AS ENUM('TOLL_FREE_NUMBER', 'EXTRA_FIELDS', 'EQUIPMENT', 'ONE_OFF')",
    );
    await q.query('CREATE TYPE "public"."equipment_acquisition" AS ENUM(\'PURCHASE\', \'RENTAL\')');
    await q.query(
      'CREATE TABLE "contract_options" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contract_id" uuid NOT NULL, "client_company_id" uuid NOT NULL, "kind" "public"."option_kind" NOT NULL, "description" character varying NOT NULL, "equipment_model" character varying, "acquisition" "public"."equipment_acquisition", "quantity" integer NOT NULL DEFAULT \'1\', "monthly_fee" integer NOT NULL DEFAULT \'0\', "one_off_fee" integer NOT NULL DEFAULT \'0\', "phone_number_id" uuid, "start_date" date NOT NULL, "end_date" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "contract_options_dates" CHECK (end_date IS NULL OR end_date >= start_date), CONSTRAINT "PK_4ccbaccf305c56c470d154103a4" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "contract_options_contract_id_idx" ON "contract_options"  ("contract_id") ',
    );
    await q.query(
      'CREATE TABLE "faq_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_company_id" uuid NOT NULL, "question" character varying NOT NULL, "answer" character varying NOT NULL, "tags" text array NOT NULL DEFAULT \'{}\', "sort_order" integer NOT NULL DEFAULT \'0\', "enabled" boolean NOT NULL DEFAULT true, "search_text" text NOT NULL, "search_bigrams" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_72fbce3e53149fa821abbf674ea" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "faq_items_client_company_id_sort_order_idx" ON "faq_items"  ("client_company_id", "sort_order") ',
    );
    await q.query(
      'CREATE TABLE "phone_numbers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "e164" character varying NOT NULL, "kind" character varying NOT NULL, "status" character varying NOT NULL, "client_company_id" uuid, "forward_to_e164" character varying, "label" character varying NOT NULL DEFAULT \'\', "expected_open_date" date, "moving_until" date, "approval_note" character varying, "activated_at" TIMESTAMP WITH TIME ZONE, "released_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_a72cf9a1834a1417e195fdd2c02" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "phone_numbers_client_company_id_idx" ON "phone_numbers"  ("client_company_id") ',
    );
    await q.query('CREATE TYPE "public"."change_target" AS ENUM(\'SCRIPT\', \'FAQ\')');
    await q.query(
      "CREATE TYPE \"public\".\"change_request_status\" AS ENUM('PENDING', 'APPROVED', 'REJECTED')",
    );
    await q.query(
      'CREATE TABLE "change_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_company_id" uuid NOT NULL, "target" "public"."change_target" NOT NULL, "faq_item_id" uuid, "message" character varying NOT NULL, "status" "public"."change_request_status" NOT NULL DEFAULT \'PENDING\', "review_comment" character varying, "requested_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "PK_e3f28255a6e818820f18f6d5956" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "change_requests_client_company_id_status_idx" ON "change_requests"  ("client_company_id", "status") ',
    );
    await q.query(
      'CREATE TABLE "scripts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_company_id" uuid NOT NULL, "draft" jsonb NOT NULL, "published_version_no" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_399d1c469ffd6bac4e061e5fd8c" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "scripts_client_company_id_key" ON "scripts"  ("client_company_id") ',
    );
    await q.query(
      'CREATE TABLE "script_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_company_id" uuid NOT NULL, "version_no" integer NOT NULL, "greeting" character varying NOT NULL, "fields" jsonb NOT NULL, "special_instructions" character varying NOT NULL, "urgent_keywords" text array NOT NULL, "closing_phrase" character varying NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by" uuid, CONSTRAINT "PK_05494fb2a8bc305d461b06dcb63" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "script_versions_client_company_id_version_no_key" ON "script_versions"  ("client_company_id", "version_no") ',
    );
    await q.query(
      "CREATE TYPE \"public\".\"client_status\" AS ENUM('TRIAL', 'ACTIVE', 'SUSPENDED', 'TERMINATED')",
    );
    await q.query(
      'ALTER TABLE "client_companies" ADD "status" "public"."client_status" NOT NULL DEFAULT \'TRIAL\'',
    );
    await q.query('ALTER TABLE "client_companies" ADD "postal_code" character varying(8)');
    await q.query('ALTER TABLE "client_companies" ADD "address" character varying');
    await q.query('ALTER TABLE "client_companies" ADD "invoice_recipient_name" character varying');
    await q.query('ALTER TABLE "client_companies" ADD "billing_email" character varying');
    await q.query(
      "CREATE TYPE \"public\".\"report_method\" AS ENUM('EMAIL', 'FAX', 'DAILY_DIGEST')",
    );
    await q.query(
      'ALTER TABLE "client_companies" ADD "report_method" "public"."report_method" NOT NULL DEFAULT \'EMAIL\'',
    );
    await q.query('ALTER TABLE "client_companies" ADD "report_email" character varying');
    await q.query('ALTER TABLE "client_companies" ADD "report_fax" character varying');
    await q.query('ALTER TABLE "client_companies" ADD "digest_time" character varying(5)');
    await q.query(
      'ALTER TABLE "client_companies" ADD "escalation_contacts" jsonb NOT NULL DEFAULT \'[]\'',
    );
    await q.query(
      'ALTER TABLE "client_companies" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()',
    );
    await q.query('ALTER TABLE "client_companies" ADD "version" integer NOT NULL DEFAULT 1');
    await q.query('ALTER TABLE "client_companies" ALTER COLUMN "version" DROP DEFAULT');
    await q.query(
      'ALTER TABLE "plan_prices" ADD CONSTRAINT "FK_e62287db75d855da6503797f4fe" FOREIGN KEY ("plan_code") REFERENCES "plans"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "contracts" ADD CONSTRAINT "FK_d81b66a14abb869f641a1f667a7" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "contract_plan_terms" ADD CONSTRAINT "FK_cb4eb4d4d73b83298d1d88070fe" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "contract_plan_terms" ADD CONSTRAINT "FK_61f4bd8eace18c0c5528ec752a6" FOREIGN KEY ("plan_code") REFERENCES "plans"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "contract_options" ADD CONSTRAINT "FK_2b92bb370f138d53040d5a572c6" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "faq_items" ADD CONSTRAINT "FK_21319bbab001675be55dd385469" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "phone_numbers" ADD CONSTRAINT "FK_1fc95c73dec7bb57ac0fc05f730" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "change_requests" ADD CONSTRAINT "FK_a6b5c7389df95256564d0d4737f" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "scripts" ADD CONSTRAINT "FK_83245c86bc17eb128e9688f318d" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "script_versions" ADD CONSTRAINT "FK_f77d0fb573fdc068d471fafe1fb" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // --- Written by hand below: what entities cannot say. ---

    // 2-character Japanese terms: a GIN index over character bigrams (see libs/domain faq/search.ts).
    await q.query(
      `CREATE INDEX "faq_items_search_bigrams_idx" ON "faq_items" USING gin ("search_bigrams")`,
    );
    // One holder per number at a time; the call path's lookup index.
    await q.query(
      `CREATE UNIQUE INDEX "phone_numbers_held_e164_key" ON "phone_numbers" ("e164") WHERE status <> 'RELEASED'`,
    );

    // Published script versions and price versions are never edited.
    await q.query(`
      CREATE FUNCTION dengon_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME;
      END $$`);
    for (const table of ['script_versions', 'plan_prices']) {
      await q.query(`
        CREATE TRIGGER "${table}_immutable" BEFORE UPDATE OR DELETE ON "${table}"
          FOR EACH ROW EXECUTE FUNCTION dengon_immutable()`);
    }

    await q.query(`GRANT SELECT, INSERT, UPDATE ON "plans" TO dengon_app`);
    await q.query(`GRANT SELECT, INSERT ON "plan_prices", "script_versions" TO dengon_app`);
    const tenantTables = [
      'contracts',
      'contract_plan_terms',
      'contract_options',
      'scripts',
      'script_versions',
      'faq_items',
      'phone_numbers',
      'change_requests',
    ];
    for (const table of tenantTables) {
      if (table !== 'script_versions')
        await q.query(`GRANT SELECT, INSERT, UPDATE ON "${table}" TO dengon_app`);
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY "${table}_tenant" ON "${table}" TO dengon_app
          USING (dengon_visible("client_company_id")) WITH CHECK (dengon_visible("client_company_id"))`);
    }

    // The plan catalogue (seed 002), tax-excluded. Included calls and overage prices are
    // Dengon's starting assumptions, to be confirmed by back office (docs/plans.md).
    const plans: [
      string,
      string,
      string,
      number | null,
      boolean,
      boolean,
      boolean,
      number,
      number,
      number,
    ][] = [
      ['START', 'スタートプラン', 'Start (365 days)', 0, false, false, false, 7_500, 30, 200],
      [
        'START_24H',
        'スタートプラン 24時間365日',
        'Start (24 hours, 365 days)',
        0,
        false,
        false,
        false,
        19_500,
        30,
        200,
      ],
      ['STANDARD', 'スタンダードプラン', 'Standard', 10, false, false, false, 15_000, 50, 200],
      ['NEXT', 'ネクストプラン', 'Next', null, true, false, false, 40_000, 100, 180],
      [
        'MAINTENANCE',
        '保守連動プラン',
        'Maintenance-linked',
        null,
        true,
        true,
        false,
        60_000,
        100,
        300,
      ],
      ['COMPLAINT', 'クレーム電話代行プラン', 'Complaint', 0, false, false, false, 12_000, 30, 300],
      ['MAIL', 'メール受信・送信代行', 'Mail', 0, false, false, true, 10_000, 50, 150],
      ['SPOT', '短期スポットプラン', 'Short-term spot', 0, false, false, false, 20_000, 0, 300],
    ];
    for (const [
      i,
      [code, ja, en, faq, extra, dispatch, mail, fee, included, overage],
    ] of plans.entries()) {
      await q.query(
        `INSERT INTO plans (code, name_ja, name_en, faq_limit, extra_fields_allowed, dispatch_included, email_handling, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [code, ja, en, faq, extra, dispatch, mail, i + 1],
      );
      await q.query(
        `INSERT INTO plan_prices (plan_code, effective_from, monthly_fee, included_calls, overage_per_call)
         VALUES ($1, '2023-10-01', $2, $3, $4)`,
        [code, fee, included, overage],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "script_versions" DROP CONSTRAINT "FK_f77d0fb573fdc068d471fafe1fb"');
    await q.query('ALTER TABLE "scripts" DROP CONSTRAINT "FK_83245c86bc17eb128e9688f318d"');
    await q.query('ALTER TABLE "change_requests" DROP CONSTRAINT "FK_a6b5c7389df95256564d0d4737f"');
    await q.query('ALTER TABLE "phone_numbers" DROP CONSTRAINT "FK_1fc95c73dec7bb57ac0fc05f730"');
    await q.query('ALTER TABLE "faq_items" DROP CONSTRAINT "FK_21319bbab001675be55dd385469"');
    await q.query(
      'ALTER TABLE "contract_options" DROP CONSTRAINT "FK_2b92bb370f138d53040d5a572c6"',
    );
    await q.query(
      'ALTER TABLE "contract_plan_terms" DROP CONSTRAINT "FK_61f4bd8eace18c0c5528ec752a6"',
    );
    await q.query(
      'ALTER TABLE "contract_plan_terms" DROP CONSTRAINT "FK_cb4eb4d4d73b83298d1d88070fe"',
    );
    await q.query('ALTER TABLE "contracts" DROP CONSTRAINT "FK_d81b66a14abb869f641a1f667a7"');
    await q.query('ALTER TABLE "plan_prices" DROP CONSTRAINT "FK_e62287db75d855da6503797f4fe"');
    await q.query('ALTER TABLE "client_companies" DROP COLUMN "version"');
    await q.query('ALTER TABLE "client_companies" DROP COLUMN "updated_at"');
    await q.query('ALTER TABLE "client_companies" DROP COLUMN "escalation_contacts"');
    await q.query('ALTER TABLE "client_companies" DROP COLUMN "digest_time"');
    await q.query('ALTER TABLE "client_companies" DROP COLUMN "report_fax"');
    await q.query('ALTER TABLE "client_companies" DROP COLUMN "report_email"');
    await q.query('ALTER TABLE "client_companies" DROP COLUMN "report_method"');
    await q.query('DROP TYPE "public"."report_method"');
    await q.query('ALTER TABLE "client_companies" DROP COLUMN "billing_email"');
    await q.query('ALTER TABLE "client_companies" DROP COLUMN "invoice_recipient_name"');
    await q.query('ALTER TABLE "client_companies" DROP COLUMN "address"');
    await q.query('ALTER TABLE "client_companies" DROP COLUMN "postal_code"');
    await q.query('ALTER TABLE "client_companies" DROP COLUMN "status"');
    await q.query('DROP TYPE "public"."client_status"');
    await q.query('DROP INDEX "public"."script_versions_client_company_id_version_no_key"');
    await q.query('DROP TABLE "script_versions"');
    await q.query('DROP INDEX "public"."scripts_client_company_id_key"');
    await q.query('DROP TABLE "scripts"');
    await q.query('DROP INDEX "public"."change_requests_client_company_id_status_idx"');
    await q.query('DROP TABLE "change_requests"');
    await q.query('DROP TYPE "public"."change_request_status"');
    await q.query('DROP TYPE "public"."change_target"');
    await q.query('DROP INDEX "public"."phone_numbers_client_company_id_idx"');
    await q.query('DROP TABLE "phone_numbers"');
    await q.query('DROP INDEX "public"."faq_items_client_company_id_sort_order_idx"');
    await q.query('DROP TABLE "faq_items"');
    await q.query('DROP INDEX "public"."contract_options_contract_id_idx"');
    await q.query('DROP TABLE "contract_options"');
    await q.query('DROP TYPE "public"."equipment_acquisition"');
    await q.query('DROP TYPE "public"."option_kind"');
    await q.query('DROP INDEX "public"."contract_plan_terms_contract_id_effective_from_key"');
    await q.query('DROP TABLE "contract_plan_terms"');
    await q.query('DROP INDEX "public"."contracts_client_company_id_idx"');
    await q.query('DROP TABLE "contracts"');
    await q.query('DROP TYPE "public"."holiday_rule"');
    await q.query('DROP INDEX "public"."plan_prices_plan_code_effective_from_key"');
    await q.query('DROP TABLE "plan_prices"');
    await q.query('DROP TABLE "plans"');
    await q.query(`DROP FUNCTION dengon_immutable()`);
  }
}
