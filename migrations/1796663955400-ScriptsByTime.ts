import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scripts by time (issue 16 item 4): a client may keep, besides its usual
 * script, one for nights, one for days off and one for 年末年始, each with its
 * own drafts and published versions; the client's night hours and closed
 * days (臨時休業) decide with the calendar which one a call gets.
 */
export class ScriptsByTime1796663955400 implements MigrationInterface {
  name = 'ScriptsByTime1796663955400';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['scripts', 'script_versions']) {
      await q.query(`
        ALTER TABLE "${table}" ADD "variant" character varying NOT NULL DEFAULT 'DEFAULT',
          ADD CONSTRAINT "${table}_variant_check"
            CHECK (variant IN ('DEFAULT', 'NIGHT', 'HOLIDAY', 'YEAR_END'))`);
    }
    await q.query(`DROP INDEX "scripts_client_company_id_key"`);
    await q.query(
      `CREATE UNIQUE INDEX "scripts_client_company_id_variant_key" ON "scripts" ("client_company_id", "variant")`,
    );
    await q.query(`DROP INDEX "script_versions_client_company_id_version_no_key"`);
    await q.query(
      `CREATE UNIQUE INDEX "script_versions_client_variant_version_no_key" ON "script_versions" ("client_company_id", "variant", "version_no")`,
    );
    await q.query(`
      ALTER TABLE "client_companies"
        ADD "night_from" character varying(5),
        ADD "night_until" character varying(5),
        ADD "closed_days" jsonb NOT NULL DEFAULT '[]',
        ADD CONSTRAINT "client_companies_night_hours_check"
          CHECK ((night_from IS NULL) = (night_until IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "client_companies" DROP CONSTRAINT "client_companies_night_hours_check",
        DROP "closed_days", DROP "night_until", DROP "night_from"`);
    await q.query(`DELETE FROM "script_versions" WHERE variant <> 'DEFAULT'`);
    await q.query(`DELETE FROM "scripts" WHERE variant <> 'DEFAULT'`);
    await q.query(`DROP INDEX "script_versions_client_variant_version_no_key"`);
    await q.query(
      `CREATE UNIQUE INDEX "script_versions_client_company_id_version_no_key" ON "script_versions" ("client_company_id", "version_no")`,
    );
    await q.query(`DROP INDEX "scripts_client_company_id_variant_key"`);
    await q.query(
      `CREATE UNIQUE INDEX "scripts_client_company_id_key" ON "scripts" ("client_company_id")`,
    );
    for (const table of ['scripts', 'script_versions'])
      await q.query(
        `ALTER TABLE "${table}" DROP CONSTRAINT "${table}_variant_check", DROP "variant"`,
      );
  }
}
